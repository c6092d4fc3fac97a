package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.errors.SitrepException;

class MissWriterTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneLinePerMissIntoACreatedDirectory() throws IOException {
        Path dir = tmp.resolve("new/misses");
        try (MissWriter w = new MissWriter(dir, "set")) {
            w.write(w.newMiss("r1", "type"));
            w.write(w.newMiss("r2", "place"));
        }
        assertThat(Files.readAllLines(dir.resolve("set.misses.jsonl")))
                .containsExactly("{\"id\":\"r1\",\"field\":\"type\"}", "{\"id\":\"r2\",\"field\":\"place\"}");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamedWithTheFix() throws IOException {
        Path file = Files.writeString(tmp.resolve("misses"), "old");
        assertThatThrownBy(() -> new MissWriter(file, "set"))
                .isInstanceOf(SitrepException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("pass --misses a directory");
    }
}
