package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one JSON object per miss to {@code <dir>/<file>.misses.jsonl}; a null directory discards them. */
public final class MissWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    public MissWriter(Path dir, String fileName) throws IOException {
        if (dir == null) {
            out = null;
        } else {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new org.sitrep.errors.SitrepException(org.sitrep.errors.ErrorCode.E_EVAL_DATA, dir.toString(),
                        "is a file, not a directory for the misses; pass --misses a directory (it is created if missing)");
            }
            Files.createDirectories(dir);
            out = Files.newBufferedWriter(dir.resolve(fileName + ".misses.jsonl"), StandardCharsets.UTF_8);
        }
    }

    public static MissWriter discard() {
        try {
            return new MissWriter(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode newMiss(String id, String field) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("field", field);
        return n;
    }

    public synchronized void write(ObjectNode miss) {
        if (out == null) {
            return;
        }
        try {
            out.write(JSON.writeValueAsString(miss));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
