package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.model.SourceRef;
import org.sitrep.text.LanguageGate;

/**
 * Runs a pipeline over input items on N threads and hands results back in input order, so output is
 * byte-identical across runs and thread counts. A document that fails (bad input, another language, a stage
 * error) is reported and skipped; every other document is processed.
 */
public final class DocumentRunner {
    /** The outcome for one input item: a processed document, or a failure. */
    public record Result(String input, Document document, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final Pipeline pipeline;
    private final int threads;
    private final boolean checkLanguage;

    public DocumentRunner(Pipeline pipeline, int threads, boolean checkLanguage) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.checkLanguage = checkLanguage;
    }

    /** The version string every event carries: release, stage names and versions (which include resource hashes). */
    public static String pipelineVersion(Pipeline p) {
        return "sitrep-0.1.0+" + p.version();
    }

    public Result processOne(InputItem item) {
        if (item instanceof InputItem.Failure f) {
            return new Result(f.input(), null, f.message());
        }
        InputItem.Doc d = (InputItem.Doc) item;
        Document doc = d.document();
        try {
            if (checkLanguage) {
                String lang = LanguageGate.detect(doc.text());
                doc = doc.withMeta(doc.meta().withLanguage(lang));
                if (!lang.equals("eng")) {
                    return new Result(d.input(), null, ErrorCode.E_LANGUAGE.format(d.input(), LanguageGate.displayName(lang)));
                }
            } else {
                doc = doc.withMeta(doc.meta().withLanguage("eng"));
            }
            return new Result(d.input(), finish(pipeline.process(doc)), null);
        } catch (SitrepException e) {
            return new Result(d.input(), null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(d.input(), null, ErrorCode.E_INTERNAL.format(d.input(), "pipeline", e));
        }
    }

    /** Fills the fields that belong to the run rather than to a stage: sources, evidence quotes, version. */
    private Document finish(Document doc) {
        if (!doc.has(Layers.EVENTS)) {
            return doc;
        }
        String version = pipelineVersion(pipeline);
        // events are already in the layer; rebuild the document with the finished list
        List<Event> events = doc.get(Layers.EVENTS);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<SourceRef> sources = e.sources().isEmpty()
                    ? List.of(new SourceRef(doc.id(), doc.meta().url(), doc.meta().title(),
                    doc.meta().published() == null ? null : doc.meta().published().toString(), e.attributedTo(), e.status()))
                    : e.sources();
            out.add(new Event(e.start(), e.end(), e.triggerStart(), e.triggerEnd(), e.id(), e.type(), e.subtype(), e.date(),
                    e.location(), e.actors(), e.fatalities(), e.injured(), e.incidents(), e.claimedBy(), e.status(),
                    e.attributedTo(), e.confidence(), e.evidence(), sources, version));
        }
        return FinishedEvents.replace(doc, out);
    }

    /**
     * Processes every item; {@code sink} receives results in input order. Returns the number of failures.
     */
    public int run(Iterable<InputItem> items, Consumer<Result> sink) {
        int failures = 0;
        if (threads == 1) {
            for (InputItem item : items) {
                Result r = processOne(item);
                if (!r.ok()) {
                    failures++;
                }
                sink.accept(r);
            }
            return failures;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int max = threads * 16;
            for (InputItem item : items) {
                window.add(pool.submit(() -> processOne(item)));
                while (window.size() >= max) {
                    Result r = get(window.poll());
                    failures += r.ok() ? 0 : 1;
                    sink.accept(r);
                }
            }
            while (!window.isEmpty()) {
                Result r = get(window.poll());
                failures += r.ok() ? 0 : 1;
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    private static Result get(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
