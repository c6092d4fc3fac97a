package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.mentions.dates.DateRecognizer;
import org.sitrep.mentions.places.PlaceRecognitionStage;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Gazetteers;
import org.sitrep.resolve.PlaceResolutionStage;
import org.sitrep.resolve.dates.DateResolver;
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
        Gazetteer gazetteer = Gazetteers.load(resources);
        stages.add(new PlaceRecognitionStage(gazetteer));
        stages.add(new PlaceResolutionStage());
        stages.add(new DateRecognizer());
        stages.add(new DateResolver());
        return Pipeline.of(stages);
    }
}
