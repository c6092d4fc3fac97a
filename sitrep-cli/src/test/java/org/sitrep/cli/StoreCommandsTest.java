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
        Path pq = dir.resolve("events.parquet");
        Cli.Run parquet = Cli.run("export", "--data", data.toString(), "--format", "parquet", "--output", pq.toString());
        assertThat(parquet.code()).as(parquet.err()).isZero();
        assertThat(parquet.err()).containsPattern("exported \\d+ events as Parquet");
        byte[] bytes = Files.readAllBytes(pq);
        // Parquet's magic at both ends (the file is read back value by value in sitrep-server's ParquetEventWriterTest)
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(bytes, bytes.length - 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    static String rss(String... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>https://example.org</link><description>d</description>");
        for (int i = 0; i < items.length; i++) {
            b.append("<item><title>Report ").append(i).append("</title><link>https://example.org/r").append(i).append("</link>")
                    .append("<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;").append(items[i])
                    .append("&lt;/p&gt;</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    /** --follow polls a feed URL: a feed that gains an entry between polls adds one document; an unchanged one adds none. */
    @Test
    void followPollsAFeedUrlAndIngestsOnlyWhatIsNew() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger notModified = new java.util.concurrent.atomic.AtomicInteger();
        String first = rss("Rebels shelled the town of Varno on Monday, residents said.");
        String second = rss("Rebels shelled the town of Varno on Monday, residents said.",
                "Teachers marched through Oldport on Tuesday to demand their pay.");
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", x -> {
            int n = requests.incrementAndGet();
            String body = n == 1 ? first : second;
            String etag = "\"v" + (n == 1 ? 1 : 2) + "\"";
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            x.getResponseHeaders().add("ETag", etag);
            x.sendResponseHeaders(200, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            Path data = dir.resolve("data");
            long t0 = System.nanoTime();
            Cli.Run r = Cli.run("ingest", "--follow", "--interval", "1s", "--polls", "3", "--lang", "en", "--data", data.toString(), url);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("poll 1 at").contains("poll 3 at");
            // poll 1: one entry; poll 2: the feed gained one; poll 3: 304 Not Modified, nothing to do
            assertThat(r.err()).containsPattern("poll 1 at [^\\n]*: 1 new or changed documents")
                    .containsPattern("poll 2 at [^\\n]*: 1 new or changed documents")
                    .containsPattern("poll 3 at [^\\n]*: 0 new or changed documents")
                    .contains("documents=2");
            assertThat(requests.get()).isEqualTo(3);
            assertThat(notModified.get()).isEqualTo(1);
            assertThat(seconds).isGreaterThanOrEqualTo(2.0); // two waits of the interval
            // a plain ingest of the same URL later finds both documents unchanged
            Cli.Run again = Cli.run("ingest", "--lang", "en", "--data", data.toString(), url);
            assertThat(again.err()).contains("0 new or changed documents").contains("2 unchanged");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void followStopsWhenAskedBetweenPolls() throws Exception {
        IngestCommand c = new IngestCommand();
        java.util.List<org.sitrep.ingest.InputItem> items = java.util.List.of(
                new org.sitrep.ingest.InputItem.Doc("a", org.sitrep.model.Document.of("a", "Text one.", org.sitrep.model.DocumentMeta.empty())),
                new org.sitrep.ingest.InputItem.Doc("b", org.sitrep.model.Document.of("b", "Text two.", org.sitrep.model.DocumentMeta.empty())));
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        assertThat(c.unseen(items, seen)).hasSize(2);
        assertThat(c.unseen(items, seen)).isEmpty(); // the same texts in the next poll are not run again
        c.stop();
        assertThat(c.stopped()).isTrue();
        assertThat(c.unseen(java.util.List.of(new org.sitrep.ingest.InputItem.Doc("c", org.sitrep.model.Document.of("c", "Text three.",
                org.sitrep.model.DocumentMeta.empty()))), seen)).isEmpty(); // stopped: no further document is started
    }

    @Test
    void badIntervalsAreUsageErrors() {
        Cli.Run r = Cli.run("ingest", "--follow", "--interval", "soon", "--data", dir.toString(), "x.rss");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--interval 'soon' is no duration");
        Cli.Run fast = Cli.run("ingest", "--follow", "--interval", "10ms", "--data", dir.toString(), "x.rss");
        assertThat(fast.code()).isEqualTo(2);
        assertThat(fast.err()).contains("too short");
    }

    @Test
    void anUnreachableUrlIsSkippedWithAMessage() {
        Cli.Run r = Cli.run("ingest", "--lang", "en", "--data", dir.resolve("d").toString(), "http://127.0.0.1:9/feed.xml");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("http://127.0.0.1:9/feed.xml: cannot be fetched");
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
