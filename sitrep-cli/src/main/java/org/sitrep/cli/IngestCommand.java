package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.store.IngestReader;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Adds documents to the store: idempotent (content hash), near-duplicates kept as extra sources, merged events updated."
                + " Reads text, HTML, JSON Lines, WARC archives and RSS/Atom feed files.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--follow", description = "Poll feed URLs for new entries (not implemented yet: give feed files).")
    boolean follow;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories (recursive), WARC or feed files, or - for stdin.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (follow) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--follow (polling feed URLs) is not implemented yet; save the feed to a file and ingest that, or run ingest periodically");
        }
        for (String p : paths) {
            if (p.startsWith("http://") || p.startsWith("https://")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        p + ": URLs are not fetched yet; download the feed or page and give the file");
            }
        }
        var pipeline = Runs.pipeline(input);
        try (Store store = storeOptions.open()) {
            DocumentRunner runner = new DocumentRunner(pipeline, input.threads, input.detectLanguage());
            Ingestor.Summary s = new Ingestor(store, runner).ingest(new IngestReader(paths, input.readOptions(), System.in), System.err);
            System.err.println("sitrep: ingested into " + store.url() + ": " + s);
            System.err.println("sitrep: store now holds " + store.counts());
            return s.failed() > 0 ? Main.SKIPPED : Main.OK;
        }
    }
}
