/** Anchoring of date mentions to intervals: publication date for news, the narrative's last date for stories. */
package org.sitrep.resolve.dates;
