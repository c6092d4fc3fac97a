package org.sitrep.spark;

/** The standard cross-article merge as a {@link MergeSpec}; null until org.sitrep.merge is in this build. */
public final class StandardMerge {
    private StandardMerge() {
    }

    public static MergeSpec spec() {
        return null;
    }
}
