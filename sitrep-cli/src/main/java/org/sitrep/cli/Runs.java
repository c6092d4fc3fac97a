package org.sitrep.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/** Shared plumbing of the document commands: build the pipeline, read, run, report skipped inputs. */
final class Runs {
    private Runs() {
    }

    static Pipeline pipeline(InputOptions in) {
        return Pipelines.standard(new Resources(in.gazetteer));
    }

    /**
     * Runs {@code pipeline} over {@code paths}; each processed document goes to {@code sink}; each skipped one is
     * named on stderr. Returns the exit code (0 or 1).
     */
    static int run(Pipeline pipeline, InputOptions in, List<String> paths, String what, PrintStream err,
                   Consumer<DocumentRunner.Result> sink, java.util.function.ToIntFunction<DocumentRunner.Result> count) {
        InputReader reader = new InputReader(paths, in.readOptions(), System.in);
        DocumentRunner runner = new DocumentRunner(pipeline, in.threads, in.detectLanguage());
        try (Progress progress = new Progress(what, err)) {
            runner.run(reader, r -> {
                if (r.ok()) {
                    if (r.document().meta().published() == null) {
                        err.println("sitrep: warning: " + r.input() + ": no publication date (give --published YYYY-MM-DD);"
                                + " relative dates stay unknown");
                    }
                    sink.accept(r);
                    progress.step(true, count.applyAsInt(r));
                } else {
                    err.println("sitrep: skipped " + r.failure());
                    progress.step(false, 0);
                }
            });
            progress.close();
            progress.summary(what);
            return progress.failed() > 0 ? Main.SKIPPED : Main.OK;
        }
    }
}
