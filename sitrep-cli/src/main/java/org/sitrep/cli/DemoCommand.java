package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.export.EventJson;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts events from the bundled example reports, prints a readable summary and where the JSON went.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--no-serve", description = "Stop after extracting and storing (do not serve the page).")
    boolean noServe;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data", description = "Data directory (default: ./sitrep-data).")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port for the page (default: 8080 or the next free one).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path reports = data.resolve("demo").resolve("reports.jsonl");
        Files.createDirectories(reports.getParent());
        try (InputStream in = DemoCommand.class.getResourceAsStream("/sitrep/demo/reports.jsonl")) {
            if (in == null) {
                throw new SitrepException(ErrorCode.E_RESOURCE, "/sitrep/demo/reports.jsonl", "missing from the sitrep jar");
            }
            Files.write(reports, in.readAllBytes());
        }
        Pipeline pipeline = Pipelines.standard(Resources.bundled());
        DocumentRunner runner = new DocumentRunner(pipeline, 1, true);
        Path out = data.resolve("demo").resolve("events.jsonl");
        java.util.List<DocumentRunner.Result> processed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int docs = 0;
        int failed = 0;
        System.out.println("sitrep demo: extracting events from " + reports);
        System.out.println();
        for (InputItem item : new InputReader(List.of(reports.toString()), ReadOptions.defaults(), System.in)) {
            DocumentRunner.Result r = runner.processOne(item);
            docs++;
            if (!r.ok()) {
                failed++;
                System.err.println("sitrep: skipped " + r.failure());
                continue;
            }
            processed.add(r);
            String title = r.document().meta().title();
            System.out.println("■ " + r.document().id() + (title == null ? "" : " — " + title)
                    + " (published " + r.document().meta().published() + ")");
            List<Event> events = r.document().has(Layers.EVENTS) ? r.document().get(Layers.EVENTS) : List.of();
            if (events.isEmpty()) {
                System.out.println("    no events");
            }
            for (Event e : events) {
                lines.add(EventJson.line(e));
                System.out.println("    " + summary(e));
            }
        }
        Files.write(out, lines);
        System.out.println();
        System.out.printf(Locale.ROOT, "%d events from %d reports; JSON Lines (event.schema.json) written to %s%n",
                lines.size(), docs - failed, out.toAbsolutePath());
        org.sitrep.store.Store store = org.sitrep.store.Store.open(data, null);
        try {
            for (DocumentRunner.Result r : processed) {
                store.ingest(r.document(), r.document().has(Layers.EVENTS) ? r.document().get(Layers.EVENTS) : List.of());
            }
            store.rebuildDirty();
            var counts = store.counts();
            System.out.printf(Locale.ROOT, "Stored in %s: %d documents, %d events after merging reports of the same event%n",
                    data.toAbsolutePath(), counts.get("documents"), counts.get("events"));
            if (noServe) {
                return failed > 0 ? Main.SKIPPED : Main.OK;
            }
            org.sitrep.api.ApiToken token = org.sitrep.api.ApiToken.loadOrCreate(data);
            org.sitrep.api.ApiServer server = null;
            for (int p = port; server == null && p < port + 50; p++) {
                try {
                    server = new org.sitrep.api.ApiServer(store, runner, token).start("127.0.0.1", p);
                } catch (RuntimeException e) {
                    if (!(e instanceof io.javalin.util.JavalinBindException) && !(e.getCause() instanceof java.net.BindException)) {
                        throw e;
                    }
                }
            }
            if (server == null) {
                System.err.println("sitrep: ports " + port + "-" + (port + 49) + " are all in use; give --port N");
                return Main.FATAL;
            }
            ServeCommand.serveUntilInterrupted(server, store, "127.0.0.1", token);
            return failed > 0 ? Main.SKIPPED : Main.OK;
        } finally {
            if (noServe) {
                store.close();
            }
        }
    }

    static String summary(Event e) {
        String date = e.date().start() == null ? "date unknown"
                : e.date().start().equals(e.date().end()) ? e.date().start().toString() : e.date().start() + "…" + e.date().end();
        EventActor a1 = e.actor(EventActor.Role.ACTOR1);
        EventActor a2 = e.actor(EventActor.Role.ACTOR2);
        String place = e.location().name() != null ? (e.location().precision().json().equals("near") ? "near " : "") + e.location().name()
                + (e.location().country() == null ? "" : ", " + e.location().country())
                : e.location().country() != null ? e.location().country() : "place unknown";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-23s %-22s %-34s", date, e.type().json(), e.subtype().json()));
        sb.append(a1 == null ? "?" : a1.name());
        if (a2 != null) {
            sb.append(" → ").append(a2.name());
        }
        sb.append(" @ ").append(place);
        if (e.fatalities() != null && e.fatalities().best() != null) {
            sb.append(" · killed ").append(e.fatalities().best());
        }
        if (e.injured() != null && e.injured().best() != null) {
            sb.append(" · injured ").append(e.injured().best());
        }
        if (e.incidents() != null && e.incidents() > 1) {
            sb.append(" · ").append(e.incidents()).append(" incidents");
        }
        return sb.toString();
    }
}
