package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when it is a terminal, and the summary line at the end in any case. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream err;
    private final long t0 = System.nanoTime();
    private long docs;
    private long failed;
    private long items;

    Progress(String task, PrintStream err) {
        this.err = err;
        this.bar = System.console() != null
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build()
                : null;
    }

    void step(boolean ok, int produced) {
        docs++;
        items += produced;
        if (!ok) {
            failed++;
        }
        if (bar != null) {
            bar.step();
        }
    }

    long failed() {
        return failed;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    void summary(String what) {
        double s = (System.nanoTime() - t0) / 1e9;
        err.println(String.format(Locale.ROOT, "sitrep: %d documents, %d processed, %d skipped, %d %s in %.1f s",
                docs, docs - failed, failed, items, what, s));
    }
}
