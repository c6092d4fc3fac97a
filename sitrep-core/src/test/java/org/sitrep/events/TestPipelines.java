package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.mentions.actors.ActorRecognizer;
import org.sitrep.mentions.dates.DateRecognizer;
import org.sitrep.resolve.dates.DateResolver;
import org.sitrep.text.TextStage;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.Stage;

/** Pipelines for tests in other packages. */
public final class TestPipelines {
    private TestPipelines() {
    }

    /** Text stage, empty argument layers, event detector: for use before the argument stages exist. */
    public static Pipeline bare() {
        return Docs.bare();
    }

    /**
     * The standard pipeline when it already ends in event detection; otherwise its stages, the actor recogniser
     * where the standard pipeline lacks one, empty layers for whatever argument layer is still missing, and the
     * event detector.
     */
    public static Pipeline full() {
        try {
            return complete(Pipelines.standard(Resources.bundled()).stages());
        } catch (org.sitrep.errors.SitrepException e) {
            // core's unit tier has no bundled gazetteer (it ships in sitrep-geodata): use the tiny one
            return complete(Pipelines.standard(org.sitrep.testing.TinyGazetteer.get()).stages());
        }
    }

    /** Where the bundled gazetteer is not on the class path: text, dates and actors, no places. */
    public static Pipeline withoutGazetteer() {
        return complete(List.of(new TextStage(), new DateRecognizer(), new DateResolver()));
    }

    /** Whether the bundled gazetteer can be loaded. */
    public static boolean gazetteerPresent() {
        return TestPipelines.class.getResource("/sitrep/gazetteer/bundled.bin") != null;
    }

    private static Pipeline complete(List<Stage> given) {
        Pipeline std = Pipeline.of(given);
        List<Stage> stages = new ArrayList<>();
        Set<Layer<?>> produced = new HashSet<>();
        for (Stage s : std.stages()) {
            if (s.name().equals(EventDetector.NAME)) {
                return std;
            }
            stages.add(s);
            produced.addAll(s.produces());
        }
        if (!produced.contains(Layers.ACTORS)) {
            ActorRecognizer a = new ActorRecognizer();
            stages.add(a);
            produced.addAll(a.produces());
        }
        Set<Layer<?>> missing = new HashSet<>(new EventDetector().requires());
        missing.removeAll(produced);
        if (!missing.isEmpty()) {
            stages.add(new Docs.EmptyLayers(missing));
        }
        stages.add(new EventDetector());
        return Pipeline.of(stages);
    }
}
