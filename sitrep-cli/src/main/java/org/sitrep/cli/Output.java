package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.export.EventWriter;

/** Where data goes: stdout, or {@code --output F}. Always UTF-8 with '\n' line ends. */
final class Output implements AutoCloseable {
    private final Writer w;
    private final boolean stdout;

    Output(Path file) {
        try {
            if (file == null) {
                w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                stdout = true;
            } else {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                stdout = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void line(String s) {
        try {
            w.write(s);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void raw(String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The underlying writer, for code that streams to a {@link Writer} itself; {@link #close()} still ends it. */
    Writer writer() {
        return w;
    }

    /** Starts an event stream in the named format (jsonl, json, csv, geojson) on this output. */
    EventWriter events(String format) {
        try {
            return new EventWriter(w, EventWriter.Format.of(format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(EventWriter events, org.sitrep.model.Event e) {
        try {
            events.write(e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    void finish(EventWriter events) {
        try {
            events.finish();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    @Override
    public void close() {
        try {
            if (stdout) {
                w.flush();
            } else {
                w.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
