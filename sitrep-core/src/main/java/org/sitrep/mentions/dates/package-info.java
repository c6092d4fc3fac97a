/** Recognition of temporal expressions (TIMEX3 dates, times, durations, sets) from rule and word-list resources. */
package org.sitrep.mentions.dates;
