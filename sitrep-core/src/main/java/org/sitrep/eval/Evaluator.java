package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.sitrep.pipeline.Pipeline;

/**
 * Scores the pipeline on one kind of gold file of ../shared/eval (protocol: shared/spec/evaluation.md).
 * Implementations are registered in {@link Evaluators}.
 */
public interface Evaluator {
    /** Dataset kind, e.g. "acled", "tempeval3", "geoparsing". */
    String name();

    /** Whether this evaluator handles a file whose first record is {@code first}. */
    boolean accepts(JsonNode first);

    /**
     * Runs the pipeline on every record of {@code file}, writes each miss as one JSON line to
     * {@code misses}, and returns the scores.
     */
    EvalReport evaluate(Path file, Pipeline pipeline, MissWriter misses) throws java.io.IOException;
}
