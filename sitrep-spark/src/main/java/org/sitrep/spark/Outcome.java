package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one input document on an executor: its events (in {@link EventCodec} form), or why it was
 * skipped.
 *
 * @param input the input's name (file, or file and line)
 * @param failure why it was skipped, or null
 * @param undated true when a processed document had no publication date
 * @param events the document's events, encoded
 */
public record Outcome(String input, String failure, boolean undated, List<byte[]> events) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean ok() {
        return failure == null;
    }
}
