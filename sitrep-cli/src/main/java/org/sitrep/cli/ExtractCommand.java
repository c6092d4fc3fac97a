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

    @Option(names = "--merge", description = "Merge reports of the same event across the inputs (arrives with the store).")
    boolean merge;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories (recursive) or - for stdin.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (merge) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--merge needs the cross-article merger, which is not in this build yet; run without --merge");
        }
        var pipeline = Runs.pipeline(input);
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

    static String json(Object node) {
        try {
            return EventJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
