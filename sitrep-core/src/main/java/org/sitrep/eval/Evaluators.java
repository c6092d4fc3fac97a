package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** The registered evaluators, one per gold dataset kind; the first that accepts a file's first record wins. */
public final class Evaluators {
    private Evaluators() {
    }

    public static List<Evaluator> all() {
        return List.of(new GeoparsingEvaluator(), new TempEvalEvaluator(), new AcledEvaluator(), new GtdEvaluator(),
                new WikipediaTerrorEvaluator(), new UcdpEvaluator(), new PetrarchEvaluator());
    }

    public static Optional<Evaluator> forRecord(JsonNode first) {
        return all().stream().filter(e -> e.accepts(first)).findFirst();
    }
}
