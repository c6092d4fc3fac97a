package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract of cli.md: help, usage errors, exit codes, stdout for data and stderr for the rest. */
class CliContractTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "extract", "annotate", "text", "eval"})
    void everyCommandHasHelp(String command) {
        Cli.Run r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out() + r.err()).contains("Usage: sitrep " + command);
    }

    @Test
    void unknownFlagsAreUsageErrorsThatListTheValidOnes() {
        Cli.Run r = Cli.run("extract", "--frobnicate", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'").contains("--format").contains("--published");
    }

    @Test
    void aBadFormatValueIsAUsageError() {
        Cli.Run r = Cli.run("extract", "--format", "xml", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("jsonl, json, csv, geojson");
    }

    @Test
    void textPrintsCleanTextAndSkipsBadInputsWithExitOne() throws Exception {
        Path good = dir.resolve("good.html");
        Files.writeString(good, "<html><body><nav>Menu</nav><p>Rebels shelled the town of Marib on Monday.</p></body></html>");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {0, 1, 2, 3});
        Cli.Run r = Cli.run("text", good.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("{\"id\":\"" + good + "\",\"text\":\"Rebels shelled the town of Marib on Monday.\"}\n");
        assertThat(r.err()).contains("skipped " + bad).contains("binary").contains("1 skipped");
    }

    @Test
    void otherLanguagesAreSkippedNamingTheLanguage() throws Exception {
        Path fr = dir.resolve("fr.txt");
        Files.writeString(fr, "Trois soldats ont été tués lorsque leur convoi a été attaqué par des hommes armés sur la route "
                + "de l'aéroport, selon les autorités locales qui ont confirmé l'attaque dans un communiqué.", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("text", fr.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("French").contains("not English");
    }

    @Test
    void evalSkipsUnknownFilesWithAMessage() throws Exception {
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, "{\"foo\": 1}\n");
        Cli.Run r = Cli.run("eval", "--misses", dir.resolve("m").toString(), f.toString(), dir.resolve("missing.jsonl").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a known gold format").contains("no such file");
    }

    @Test
    void evalFitsAConfidenceTableThatLoads() throws Exception {
        Path f = dir.resolve("own-acled.jsonl");
        StringBuilder gold = new StringBuilder();
        String[][] rows = {
            {"Rebels shelled the town of Marib on Monday, killing two soldiers.", "Explosions/Remote violence"},
            {"Police fired tear gas at protesters in Nairobi on Tuesday.", "Protests"},
            {"Gunmen killed a village chief in Kidal on Sunday.", "Violence against civilians"},
            {"Troops clashed with militants near Bama on Friday; five militants died.", "Battles"},
        };
        for (int i = 0; i < rows.length; i++) {
            gold.append("{\"id\":\"t").append(i).append("\",\"text\":\"").append(rows[i][0])
                    .append("\",\"gold\":{\"event_id_cnty\":\"X").append(i).append("\",\"event_date\":\"2020-05-0")
                    .append(i + 1).append("\",\"event_type\":\"").append(rows[i][1]).append("\"}}\n");
        }
        Files.writeString(f, gold);
        Path table = dir.resolve("confidence.tsv");
        Cli.Run r = Cli.run("eval", "--misses", dir.resolve("m").toString(), "--fit-confidence", table.toString(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("confidence.ece");
        assertThat(r.err()).contains("confidence table fitted on [own-acled.jsonl]");
        org.sitrep.events.Calibration fitted = org.sitrep.events.Calibration.parse(table.toString(), Files.readString(table));
        assertThat(fitted.of(0.9)).isGreaterThan(fitted.of(0.1));
        Cli.Run none = Cli.run("eval", "--misses", dir.resolve("m").toString(), "--fit-confidence", table.toString(),
                dir.resolve("x.jsonl").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("nothing to fit");
    }
}
