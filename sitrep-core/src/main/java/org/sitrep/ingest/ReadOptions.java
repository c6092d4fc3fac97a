package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param format input format, AUTO to decide by extension and content
 * @param published publication date that wins over every other source, or null
 * @param maxBytes largest accepted document (and JSON Lines line) in bytes
 */
public record ReadOptions(InputFormat format, LocalDate published, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 10L << 20;

    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, null, DEFAULT_MAX_BYTES);
    }
}
