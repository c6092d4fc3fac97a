package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.MentionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Every resolved mention (place, date, actor, quantity) per mention.schema.json, as JSON Lines.")
public final class AnnotateCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the only format)")
    String format;

    @Option(names = "--output", paramLabel = "F", description = "Write data to F instead of stdout.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories (recursive) or - for stdin.")
    List<String> paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl, not '" + format + "'");
        }
        var pipeline = Runs.pipeline(input);
        try (Output out = new Output(output)) {
            return Runs.run(pipeline, input, paths, "mentions", System.err, r -> {
                MentionJson.mentions(r.document()).forEach(n -> out.line(ExtractCommand.json(n)));
            }, r -> MentionJson.mentions(r.document()).size());
        }
    }
}
