package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.events.EventDetector;
import org.sitrep.mentions.actors.ActorRecognizer;
import org.sitrep.mentions.dates.DateRecognizer;
import org.sitrep.mentions.places.PlaceRecognitionStage;
import org.sitrep.mentions.quantities.QuantityRecognizer;
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
        return standard(Gazetteers.load(resources));
    }

    /** The full pipeline over a given gazetteer (tests use a tiny one; the CLI the bundled or an on-disk index). */
    public static Pipeline standard(Gazetteer gazetteer) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new TextStage());
        // actors first: their countries ("Al Shabaab", "Kenyan troops") are context for resolving places
        stages.add(new ActorRecognizer());
        stages.add(new PlaceRecognitionStage(gazetteer));
        stages.add(new PlaceResolutionStage());
        stages.add(new DateRecognizer());
        stages.add(new DateResolver());
        stages.add(new QuantityRecognizer());
        stages.add(new EventDetector(null, gazetteer));
        return Pipeline.of(stages);
    }
}
