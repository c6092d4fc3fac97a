/** Cross-article merging: reports of the same real event become one event listing every source and evidence span. */
package org.sitrep.merge;
