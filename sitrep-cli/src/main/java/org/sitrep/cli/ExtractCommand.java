package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.EventCsv;
import org.sitrep.export.EventJson;
import org.sitrep.export.GeoJson;
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
            boolean[] first = {true};
            switch (format) {
                case json -> out.raw("[");
                case csv -> out.line(EventCsv.header());
                case geojson -> out.raw("{\"type\":\"FeatureCollection\",\"features\":[");
                default -> { }
            }
            int code = Runs.run(pipeline, input, paths, "events", System.err, r -> {
                for (Event e : r.document().get(Layers.EVENTS)) {
                    switch (format) {
                        case jsonl -> out.line(EventJson.line(e));
                        case csv -> out.line(EventCsv.row(e));
                        case json -> {
                            out.raw(first[0] ? "\n" : ",\n");
                            out.raw(EventJson.line(e));
                        }
                        case geojson -> {
                            out.raw(first[0] ? "\n" : ",\n");
                            out.raw(json(GeoJson.feature(e)));
                        }
                        default -> throw new IllegalStateException();
                    }
                    first[0] = false;
                }
            }, r -> r.document().get(Layers.EVENTS).size());
            switch (format) {
                case json -> out.line(first[0] ? "]" : "\n]");
                case geojson -> out.line(first[0] ? "]}" : "\n]}");
                default -> { }
            }
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
            switch (format) {
                case jsonl -> merged.forEach(e -> out.line(EventJson.line(e)));
                case csv -> {
                    out.line(EventCsv.header());
                    merged.forEach(e -> out.line(EventCsv.row(e)));
                }
                case json -> {
                    out.raw("[");
                    for (int i = 0; i < merged.size(); i++) {
                        out.raw(i == 0 ? "\n" : ",\n");
                        out.raw(EventJson.line(merged.get(i)));
                    }
                    out.line(merged.isEmpty() ? "]" : "\n]");
                }
                case geojson -> out.line(json(GeoJson.collection(merged)));
                default -> throw new IllegalStateException();
            }
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
