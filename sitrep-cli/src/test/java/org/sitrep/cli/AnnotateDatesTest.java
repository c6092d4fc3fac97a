package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotate} gives every date mention its TIMEX3 value, type and mod and its resolved interval; without a
 * publication date only absolute dates are anchored, the rest stay unknown and the CLI warns.
 */
class AnnotateDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "Rebels shelled the port early Monday. The siege began in early March 2016 and "
            + "lasted three days; patrols now pass every week.\n";

    @TempDir
    Path dir;

    private List<JsonNode> dates(String out) throws IOException {
        List<JsonNode> ds = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            if ("date".equals(n.path("kind").asText())) {
                ds.add(n);
            }
        }
        return ds;
    }

    private static JsonNode byText(List<JsonNode> ds, String text) {
        return ds.stream().filter(n -> n.path("text").asText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no date mention '" + text + "' in " + ds));
    }

    @Test
    void everyDateMentionHasValueTypeModAndInterval() throws IOException {
        Path f = dir.resolve("report.txt");
        Files.writeString(f, REPORT, StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("annotate", "--published", "2016-03-10", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("no publication date");
        List<JsonNode> ds = dates(r.out());
        assertThat(ds).hasSizeGreaterThanOrEqualTo(4);
        for (JsonNode n : ds) {
            JsonNode d = n.path("date");
            assertThat(d.has("value") && d.has("type") && d.has("mod") && d.has("start") && d.has("end"))
                    .as("value, type, mod, start, end of %s", n).isTrue();
        }
        JsonNode monday = byText(ds, "early Monday").path("date");
        assertThat(monday.path("value").asText()).isEqualTo("2016-03-07");
        assertThat(monday.path("type").asText()).isEqualTo("DATE");
        assertThat(monday.path("start").asText()).isEqualTo("2016-03-07");
        JsonNode march = byText(ds, "early March 2016").path("date");
        assertThat(march.path("value").asText()).isEqualTo("2016-03");
        assertThat(march.path("mod").asText()).isEqualTo("START");
        assertThat(march.path("start").asText()).isEqualTo("2016-03-01");
        assertThat(march.path("end").asText()).isEqualTo("2016-03-10");
        JsonNode days = byText(ds, "three days").path("date");
        assertThat(days.path("value").asText()).isEqualTo("P3D");
        assertThat(days.path("type").asText()).isEqualTo("DURATION");
        JsonNode weekly = byText(ds, "every week").path("date");
        assertThat(weekly.path("type").asText()).isEqualTo("SET");
        assertThat(weekly.path("value").asText()).isEqualTo("P1W");
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteDatesAreAnchoredAndTheCliWarns() throws IOException {
        Path f = dir.resolve("undated.txt");
        Files.writeString(f, "Rebels shelled the port on Monday, a year after the raid of August 2015.\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("annotate", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("no publication date").contains("--published");
        List<JsonNode> ds = dates(r.out());
        JsonNode monday = byText(ds, "Monday").path("date");
        assertThat(monday.path("value").asText()).isEqualTo("XXXX-WXX-1");
        assertThat(monday.path("start").isNull()).isTrue();
        JsonNode raid = byText(ds, "August 2015").path("date");
        assertThat(raid.path("start").asText()).isEqualTo("2015-08-01");
        assertThat(raid.path("end").asText()).isEqualTo("2015-08-31");
    }
}
