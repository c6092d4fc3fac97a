/** Recognition of place expressions (toponyms, demonyms, relative expressions) against the gazetteer. */
package org.sitrep.mentions.places;
