package org.sitrep.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.InputItem;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.store.IngestReader;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import org.sitrep.store.UrlFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Adds documents to the store: idempotent (content hash), near-duplicates kept as extra sources, merged events updated."
                + " Reads text, HTML, JSON Lines, WARC archives and RSS/Atom feeds, from files or http(s) URLs."
                + " With --follow it polls its inputs (feed URLs, files) every --interval until interrupted (Ctrl-C).")
public final class IngestCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--follow", description = "Poll the inputs (feed URLs or files) every --interval and ingest new or changed entries,"
            + " until interrupted (Ctrl-C finishes the current document and closes the store).")
    boolean follow;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time between polls with --follow: a number of seconds, or with a unit: 90s, 15m, 1h (default: 15m; at least 1s).")
    String interval;

    @Option(names = "--polls", paramLabel = "N", defaultValue = "0",
            description = "With --follow: stop after N polls (default: 0, poll until interrupted).")
    int polls;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*",
            description = "Files, directories (recursive), WARC or feed files, http(s) URLs of feeds or pages, or - for stdin.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    /** Set while a follow loop runs: {@link #stop()} ends it after the current document (the interrupt handler calls it). */
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        Duration every = parseInterval();
        if (polls < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--polls must be 0 (until interrupted) or more, not " + polls);
        }
        if (follow && paths.contains("-")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--follow cannot poll stdin (-); give feed URLs or files");
        }
        var pipeline = Runs.pipeline(input);
        UrlFetcher fetcher = new UrlFetcher(input.maxBytes, Duration.ofSeconds(30));
        try (Store store = storeOptions.open()) {
            DocumentRunner runner = new DocumentRunner(pipeline, input.threads, input.detectLanguage());
            Ingestor ingestor = new Ingestor(store, runner);
            if (!follow) {
                Ingestor.Summary s = ingestor.ingest(new IngestReader(paths, input.readOptions(), System.in, fetcher), System.err);
                System.err.println("sitrep: ingested into " + store.url() + ": " + s);
                System.err.println("sitrep: store now holds " + store.counts());
                return s.failed() > 0 ? Main.SKIPPED : Main.OK;
            }
            return follow(store, ingestor, fetcher, every);
        }
    }

    private int follow(Store store, Ingestor ingestor, UrlFetcher fetcher, Duration every) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop();
            try {
                done.await(30, TimeUnit.SECONDS); // let the loop finish its document and close the store
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-ingest-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Map<String, String> seen = new HashMap<>();
        int n = 0;
        try {
            System.err.println("sitrep: following " + paths.size() + " input(s) every " + every.toSeconds() + " s into " + store.url()
                    + (polls > 0 ? " for " + polls + " polls" : " until interrupted (Ctrl-C)"));
            while (!stopped()) {
                n++;
                Iterable<InputItem> fresh = unseen(new IngestReader(paths, input.readOptions(), System.in, fetcher), seen);
                Ingestor.Summary s = ingestor.ingest(fresh, System.err);
                System.err.println("sitrep: poll " + n + " at " + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + ": " + s);
                if (polls > 0 && n >= polls || stop.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            System.err.println("sitrep: stopped following after " + n + " poll(s); store now holds " + store.counts());
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running
            }
        }
    }

    /** Ends a follow loop after the document being processed (and before the next poll). */
    void stop() {
        stop.countDown();
    }

    boolean stopped() {
        return stop.getCount() == 0;
    }

    /**
     * The items not yet seen with the same text in an earlier poll (the store would find them unchanged anyway; this
     * spares the pipeline); stops yielding once the loop is stopped. Failures are always passed on.
     */
    Iterable<InputItem> unseen(Iterable<InputItem> items, Map<String, String> seen) {
        return () -> new Iterator<>() {
            final Iterator<InputItem> it = items.iterator();
            InputItem next;

            @Override
            public boolean hasNext() {
                while (next == null && !stopped() && it.hasNext()) {
                    InputItem x = it.next();
                    if (x instanceof InputItem.Doc d) {
                        String hash = Store.sha256(d.document().text());
                        if (hash.equals(seen.put(d.document().id(), hash))) {
                            continue;
                        }
                    }
                    next = x;
                }
                return next != null;
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputItem x = next;
                next = null;
                return x;
            }
        };
    }

    private Duration parseInterval() {
        Matcher m = DURATION.matcher(interval.trim());
        if (!m.matches()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--interval '" + interval + "' is no duration; give seconds (60) or a number with s, m or h (90s, 15m, 1h)");
        }
        long v = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(v);
            case "m" -> Duration.ofMinutes(v);
            case "h" -> Duration.ofHours(v);
            default -> Duration.ofSeconds(v);
        };
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--interval " + interval + " is too short; poll at most once a second (feeds change in minutes; 15m is polite)");
        }
        return d;
    }
}
