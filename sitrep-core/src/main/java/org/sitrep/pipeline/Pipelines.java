package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.mentions.actors.ActorRecognizer;
import org.sitrep.mentions.quantities.QuantityRecognizer;
import org.sitrep.text.TextStage;

/**
 * The standard pipeline that the CLI, the server and the Spark job all run. Stages are constructed once with
 * their resources and shared by all threads.
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** The full extraction pipeline, in order. */
    public static Pipeline standard(Resources resources) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new TextStage());
        stages.add(new ActorRecognizer());
        stages.add(new QuantityRecognizer());
        return Pipeline.of(stages);
    }
}
