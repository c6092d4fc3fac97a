/** The immutable document, its typed annotation layers and the value types they hold. */
package org.sitrep.model;
