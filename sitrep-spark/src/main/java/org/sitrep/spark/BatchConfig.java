package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReadOptions;

/**
 * What every executor needs to read and process documents: plain values, shipped with the tasks.
 *
 * @param inputFormat {@code auto|text|html|jsonl|warc|feed}
 * @param published ISO date that wins over every other publication date, or null
 * @param maxBytes largest accepted document
 * @param detectLanguage false to treat every document as English ({@code --lang en})
 * @param gazetteerDir on-disk gazetteer index present at this path on every executor, or null for the bundled one
 */
public record BatchConfig(String inputFormat, String published, long maxBytes, boolean detectLanguage, String gazetteerDir)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static BatchConfig defaults() {
        return new BatchConfig("auto", null, ReadOptions.DEFAULT_MAX_BYTES, true, null);
    }

    public ReadOptions readOptions() {
        return new ReadOptions(InputFormat.parse(inputFormat, "--input-format"), published == null ? null : LocalDate.parse(published),
                maxBytes);
    }

    /** Whether a file is a WARC archive or a feed, read whole through the ingest reader. */
    boolean archive(String name) {
        String f = inputFormat.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("warc") || f.equals("feed")) {
            return true;
        }
        if (!f.equals("auto")) {
            return false;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".rss") || n.endsWith(".atom");
    }

    /** Whether files are read line by line as JSON Lines (split across tasks) rather than whole. */
    boolean jsonLines(String name) {
        String f = inputFormat.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("jsonl")) {
            return true;
        }
        if (!f.equals("auto")) {
            return false;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")
                || n.endsWith(".jsonl.bz2") || n.endsWith(".ndjson.bz2");
    }
}
