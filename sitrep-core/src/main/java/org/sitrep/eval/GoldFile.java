package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;

/**
 * The records of a gold JSON Lines file, read lazily: blank lines are skipped and a line that is not JSON stops
 * the evaluation with an error naming the file and the line (gold data is not ours to skip silently).
 */
public final class GoldFile implements Iterable<GoldFile.Record>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final BufferedReader reader;

    /** One record and its 1-based line number. */
    public record Record(int line, JsonNode json) {
    }

    private GoldFile(Path file) throws IOException {
        this.file = file;
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    public static GoldFile open(Path file) throws IOException {
        return new GoldFile(file);
    }

    @Override
    public Iterator<Record> iterator() {
        return new Iterator<>() {
            private int lineNo;
            private Record next;

            @Override
            public boolean hasNext() {
                try {
                    String line;
                    while (next == null && (line = reader.readLine()) != null) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        try {
                            next = new Record(lineNo, JSON.readTree(line));
                        } catch (IOException e) {
                            throw new SitrepException(ErrorCode.E_JSONL_SYNTAX, file, lineNo, e.getMessage());
                        }
                    }
                    return next != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                }
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Record r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
