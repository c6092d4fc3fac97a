package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.api.ApiServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "The stored (merged, corrected) events, filtered.")
public final class ExportCommand implements Callable<Integer> {
    enum Format { csv, geojson, jsonl, parquet }

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "jsonl", description = "csv, geojson, jsonl (default) or parquet (the CSV columns, typed; binary: give --output F or redirect stdout)")
    Format format;

    @Option(names = "--output", paramLabel = "F", description = "Write to F instead of stdout.")
    Path output;

    @Option(names = "--actor", description = "Part of an actor name, or an actor id.")
    String actor;
    @Option(names = "--type", description = "Event type, e.g. battles.")
    String type;
    @Option(names = "--subtype", description = "Sub-event type, e.g. armed_clash.")
    String subtype;
    @Option(names = "--country", description = "ISO 3166-1 alpha-2 code.")
    String country;
    @Option(names = "--admin1", description = "First-level region.")
    String admin1;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Start date on or after.")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Start date on or before.")
    String to;
    @Option(names = "--text", description = "Text in the summary, evidence or titles.")
    String text;
    @Option(names = "--include-rejected", description = "Also events an analyst rejected.")
    boolean includeRejected;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format == Format.parquet && output == null && System.console() != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format parquet writes a binary file; give --output F (or redirect stdout to a file)");
        }
        EventQuery q = new EventQuery(actor, type, subtype, country, admin1, date(from, "--from"), date(to, "--to"), null, text,
                includeRejected, "date", Integer.MAX_VALUE, 0);
        if (format == Format.parquet) {
            return parquet(q);
        }
        try (Store store = storeOptions.open(); Output out = new Output(output)) {
            ApiServer.write(store, q, format.name(), out.writer());
        }
        return Main.OK;
    }

    private int parquet(EventQuery q) throws IOException {
        java.io.OutputStream os = output == null ? new java.io.BufferedOutputStream(System.out, 1 << 16)
                : new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(output), 1 << 16);
        long[] n = {0};
        try (Store store = storeOptions.open(); org.sitrep.store.ParquetEventWriter w = new org.sitrep.store.ParquetEventWriter(os)) {
            store.forEach(q, e -> {
                try {
                    w.write(e);
                    n[0]++;
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException x) {
            throw x.getCause();
        } finally {
            if (output != null) {
                os.close();
            } else {
                os.flush();
            }
        }
        System.err.println("sitrep: exported " + n[0] + " events as Parquet" + (output == null ? "" : " to " + output));
        return Main.OK;
    }

    private LocalDate date(String s, String flag) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), flag + " '" + s + "' is not a date; give YYYY-MM-DD");
        }
    }
}
