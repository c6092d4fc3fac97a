package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.sitrep.model.Event;

/**
 * Streams events in one of the output formats of cli.md: JSON Lines (one event per line), a JSON array, CSV
 * (header, then one row per event) or a GeoJSON FeatureCollection. The same bytes whether the events come from
 * {@code extract}, {@code extract --merge}, {@code export} or the API. Not thread-safe; call {@link #finish()} once.
 */
public final class EventWriter {
    public enum Format {
        JSONL, JSON, CSV, GEOJSON;

        /** Parses a lower-case format name as the command line and the API spell it. */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final Writer w;
    private final Format format;
    private boolean first = true;

    public EventWriter(Writer w, Format format) throws IOException {
        this.w = w;
        this.format = format;
        switch (format) {
            case JSON -> w.write("[");
            case CSV -> w.write(EventCsv.header() + "\n");
            case GEOJSON -> w.write("{\"type\":\"FeatureCollection\",\"features\":[");
            default -> { }
        }
    }

    public void write(Event e) throws IOException {
        switch (format) {
            case JSONL -> w.write(EventJson.line(e) + "\n");
            case CSV -> w.write(EventCsv.row(e) + "\n");
            case JSON -> {
                w.write(first ? "\n" : ",\n");
                w.write(EventJson.line(e));
            }
            case GEOJSON -> {
                w.write(first ? "\n" : ",\n");
                try {
                    w.write(EventJson.MAPPER.writeValueAsString(GeoJson.feature(e)));
                } catch (JsonProcessingException x) {
                    throw new IllegalStateException(x);
                }
            }
            default -> throw new IllegalStateException(format.name());
        }
        first = false;
    }

    /** Closes the array or collection; the writer itself is left open. */
    public void finish() throws IOException {
        switch (format) {
            case JSON -> w.write(first ? "]\n" : "\n]\n");
            case GEOJSON -> w.write(first ? "]}\n" : "\n]}\n");
            default -> { }
        }
    }
}
