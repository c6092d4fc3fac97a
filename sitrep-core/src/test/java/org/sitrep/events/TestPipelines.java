package org.sitrep.events;

import org.sitrep.pipeline.Pipeline;

/** Pipelines for tests in other packages. */
public final class TestPipelines {
    private TestPipelines() {
    }

    /** Text stage, empty argument layers, event detector: for use before the argument stages exist. */
    public static Pipeline bare() {
        return Docs.bare();
    }
}
