package org.sitrep.pipeline;

import java.nio.file.Path;

/**
 * Where the pipeline's big resources come from. {@code gazetteerDir} null means the bundled gazetteer on the
 * class path; otherwise an on-disk index built by {@code sitrep gazetteer build}.
 */
public record Resources(Path gazetteerDir) {
    public static Resources bundled() {
        return new Resources(null);
    }
}
