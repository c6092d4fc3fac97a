package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gazetteer build` on a tiny hand-written GeoNames dump, then `--gazetteer DIR` on annotate. */
class GazetteerCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildsAnIndexThatAnnotateThenUses() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        // geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 pop elev dem tz moddate
        Files.writeString(dump.resolve("cities1000.txt"), String.join("\n",
                "9990001\tZarqat al-Wadi\tZarqat al-Wadi\tZarqa Wadi,Zarqat Wadi\t33.1\t40.2\tP\tPPL\tIQ\t\t02\t\t\t\t1500\t\t200\tAsia/Baghdad\t2020-01-01",
                "9990002\tQasr Nuri\tQasr Nuri\t\t33.3\t40.4\tP\tPPL\tIQ\t\t02\t\t\t\t1200\t\t210\tAsia/Baghdad\t2020-01-01") + "\n");
        Files.writeString(dump.resolve("admin1CodesASCII.txt"), "IQ.02\tAl Anbar\tAl Anbar\t99592\n");
        Files.writeString(dump.resolve("admin2Codes.txt"), "");
        Cli.Run build = Cli.run("gazetteer", "build", "--from", dump.toString(), "--to", dir.resolve("idx").toString());
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.err()).contains("indexed");
        Path doc = dir.resolve("d.txt");
        Files.writeString(doc, "Militants attacked a checkpoint in Zarqat al-Wadi on Monday.");
        Cli.Run r = Cli.run("annotate", "--lang", "en", "--gazetteer", dir.resolve("idx").toString(), "--published", "2016-05-04", doc.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"geonames_id\":9990001").contains("\"admin1\":\"Al Anbar\"");
    }

    @Test
    void aMissingDumpFolderIsAClearError() {
        Cli.Run r = Cli.run("gazetteer", "build", "--from", dir.resolve("nope").toString(), "--to", dir.resolve("idx").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no such directory");
    }
}
