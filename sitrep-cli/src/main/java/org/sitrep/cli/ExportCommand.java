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

    @Option(names = "--format", defaultValue = "jsonl", description = "csv, geojson or jsonl (default); parquet arrives with the Spark module")
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
        if (format == Format.parquet) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format parquet arrives with the Spark module (`sitrep batch`); use csv, geojson or jsonl");
        }
        EventQuery q = new EventQuery(actor, type, subtype, country, admin1, date(from, "--from"), date(to, "--to"), null, text,
                includeRejected, "date", Integer.MAX_VALUE, 0);
        try (Store store = storeOptions.open(); Output out = new Output(output)) {
            ApiServer.write(store, q, format.name(), out.writer());
        }
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
