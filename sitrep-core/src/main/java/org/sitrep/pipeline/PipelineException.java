package org.sitrep.pipeline;

/** A pipeline that cannot be built: a stage needs a layer that no earlier stage produces, or two produce one. */
public final class PipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }
}
