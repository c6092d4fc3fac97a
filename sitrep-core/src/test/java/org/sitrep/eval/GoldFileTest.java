package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
    @TempDir
    Path dir;

    @Test
    void readsRecordsWithTheirLineNumbersAndSkipsBlankLines() throws Exception {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, "{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n");
        List<String> seen = new ArrayList<>();
        try (GoldFile g = GoldFile.open(f)) {
            for (GoldFile.Record r : g) {
                seen.add(r.line() + ":" + r.json().get("id").asText());
            }
        }
        assertThat(seen).containsExactly("1:a", "3:b");
    }

    @Test
    void aLineThatIsNotJsonStopsWithTheFileAndLine() throws Exception {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"a\"}\n{oops\n");
        try (GoldFile g = GoldFile.open(f)) {
            assertThatThrownBy(() -> g.forEach(r -> { }))
                    .hasMessageContaining("bad.jsonl").hasMessageContaining("line 2").hasMessageContaining("not valid JSON");
        }
    }
}
