/** Loading of data resources (catalogues, lexicons, rules): a header, stable ids and executable examples. */
package org.sitrep.resources;
