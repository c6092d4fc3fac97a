/**
 * Resolution of mentions to values: places to gazetteer entries ({@code PlaceResolutionStage} over the
 * {@code Gazetteer} interface, opened by {@code Gazetteers}), dates to intervals.
 */
package org.sitrep.resolve;
