/** Resolution of mentions to values: places to gazetteer entries, dates to intervals. The {@code Gazetteer} lives here. */
package org.sitrep.resolve;
