package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ingest, export, reprocess, demo --no-serve and extract --merge through the command line. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "serve", "export", "reprocess"})
    void everyStoreCommandHasHelp(String command) {
        Cli.Run r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out() + r.err()).contains("Usage: sitrep " + command).contains("--data").contains("--db");
    }

    @Test
    void ingestIsIdempotentAndReadsFeeds() throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"Rebels shelled the town of Varno on Monday, residents said.\",\"published\":\"2024-05-07\"}\n"
                + "{\"id\":\"b\",\"text\":\"Teachers marched through Oldport on Tuesday to demand their pay.\",\"published\":\"2024-05-08\"}\n");
        Path feed = dir.resolve("news.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://example.org</link>"
                + "<description>d</description><item><title>Clash near Varno</title><link>https://example.org/1</link>"
                + "<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Soldiers and rebels fought near Varno on Monday.&lt;/p&gt;"
                + "</description></item></channel></rss>");
        Path data = dir.resolve("data");
        Cli.Run r = Cli.run("ingest", "--lang", "en", "--data", data.toString(), jsonl.toString(), feed.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 new or changed documents");
        Cli.Run again = Cli.run("ingest", "--lang", "en", "--data", data.toString(), jsonl.toString(), feed.toString());
        assertThat(again.err()).contains("0 new or changed documents").contains("3 unchanged").contains("documents=3");
        Cli.Run re = Cli.run("reprocess", "--data", data.toString());
        assertThat(re.code()).as(re.err()).isZero();
        assertThat(re.err()).contains("reprocessed 3 documents");
        Cli.Run csv = Cli.run("export", "--data", data.toString(), "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("event_id,event_date");
        Cli.Run parquet = Cli.run("export", "--data", data.toString(), "--format", "parquet");
        assertThat(parquet.code()).isEqualTo(2);
        assertThat(parquet.err()).contains("Spark");
    }

    @Test
    void followIsRefusedWithAMessage() {
        Cli.Run r = Cli.run("ingest", "--follow", "--data", dir.toString(), "x.rss");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not implemented");
    }

    @Test
    void extractMergeRuns() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Rebels shelled the town of Varno on Monday, residents said.");
        Cli.Run r = Cli.run("extract", "--merge", "--lang", "en", "--published", "2024-05-07", a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("merged");
    }

    @Test
    void demoStoresWithoutServing() {
        Cli.Run r = Cli.run("demo", "--no-serve", "--data", dir.resolve("demo-data").toString());
        assertThat(r.out()).contains("Stored in");
        assertThat(Files.exists(dir.resolve("demo-data").resolve("sitrep.mv.db"))).isTrue();
    }
}
