package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.EventJson;
import org.sitrep.export.EventWriter;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Events per event.schema.json, per document (data on stdout or --output; progress and summary on stderr).")
public final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, json, csv, geojson }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), json, csv or geojson")
    Format format;

    @Option(names = "--output", paramLabel = "F", description = "Write data to F instead of stdout.")
    Path output;

    @Option(names = "--merge", description = "Merge reports of the same event across the inputs into one event listing every source (see the README, Merging).")
    boolean merge;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories (recursive) or - for stdin.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var pipeline = Runs.pipeline(input);
        if (merge) {
            return merged(pipeline);
        }
        try (Output out = new Output(output)) {
            EventWriter w = out.events(format.name());
            int code = Runs.run(pipeline, input, paths, "events", System.err, r -> {
                for (Event e : r.document().get(Layers.EVENTS)) {
                    out.write(w, e);
                }
            }, r -> r.document().get(Layers.EVENTS).size());
            out.finish(w);
            return code;
        }
    }

    /** With --merge: every document's events are collected, merged across documents, then written in canonical order. */
    private int merged(org.sitrep.pipeline.Pipeline pipeline) {
        java.util.List<Event> all = new java.util.ArrayList<>();
        int code = Runs.run(pipeline, input, paths, "events", System.err, r -> {
            if (r.document().has(Layers.EVENTS)) {
                all.addAll(r.document().get(Layers.EVENTS));
            }
        }, r -> r.document().has(Layers.EVENTS) ? r.document().get(Layers.EVENTS).size() : 0);
        List<Event> merged = org.sitrep.merge.EventMerger.merge(all);
        System.err.printf(java.util.Locale.ROOT, "sitrep: merged %d events into %d%n", all.size(), merged.size());
        try (Output out = new Output(output)) {
            EventWriter w = out.events(format.name());
            merged.forEach(e -> out.write(w, e));
            out.finish(w);
        }
        return code;
    }

    static String json(Object node) {
        try {
            return EventJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
