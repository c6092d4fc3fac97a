package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.cli.Cli;
import org.sitrep.export.EventJson;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.store.IngestReader;

/** WARC archives and RSS feeds in batch mode give the events the ingest reader and the pipeline give. */
class BatchArchiveTest {
    @TempDir
    Path tmp;

    private static HttpResponse page(String title, String published, String body) throws Exception {
        String html = "<!doctype html><html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\""
                + published + "T06:00:00Z\"></head><body><article><p>" + body + "</p></article></body></html>";
        return new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Test
    void warcAndFeedEventsEqualTheIngestReadersThroughThePipeline() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (WarcWriter w = new WarcWriter(in.resolve("crawl.warc"))) {
            w.write(new WarcResponse.Builder(URI.create("https://news.example.org/a")).body(page("Market blast",
                    "2023-04-12", "A car bomb exploded near a crowded market in Mogadishu, Somalia, on Tuesday, killing nine people,"
                            + " police said.")).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example.org/b")).body(page("Base attack",
                    "2023-04-20", "Boko Haram fighters attacked an army base in Maiduguri, Nigeria, on Wednesday, killing"
                            + " seven soldiers, a military spokesman said.")).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example.org/robots.txt"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/plain"), "User-agent: *".getBytes(StandardCharsets.UTF_8))
                            .build()).build());
        }
        Files.writeString(in.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link><description>w</description>
                <item><title>Clashes</title><link>https://wire.example.org/1</link><pubDate>Fri, 05 May 2023 09:00:00 GMT</pubDate>
                <description>Security forces clashed with Islamic State militants in Mosul, Iraq, on Thursday, and four militants were killed, officials said.</description></item>
                <item><title>Abduction</title><link>https://wire.example.org/2</link><pubDate>Sat, 06 May 2023 09:00:00 GMT</pubDate>
                <description>Gunmen abducted twelve villagers near Gao, Mali, on Friday, according to local officials.</description></item>
                </channel></rss>
                """);
        Path out = tmp.resolve("out");
        Cli.Run batch = Cli.run("batch", "--master", "local[2]", "--no-merge", "--output", out.toString(), in.toString());
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(batch.err()).contains("4 documents (0 skipped)");

        DocumentRunner runner = new DocumentRunner(Pipelines.standard(Resources.bundled()), 1, true);
        List<String> expected = new ArrayList<>();
        for (InputItem item : new IngestReader(List.of(in.toString()), ReadOptions.defaults(), java.io.InputStream.nullInputStream())) {
            DocumentRunner.Result r = runner.processOne(item);
            assertThat(r.ok()).as(String.valueOf(r.failure())).isTrue();
            for (Event e : r.document().get(Layers.EVENTS)) {
                expected.add(EventJson.line(e));
            }
        }
        expected.sort(null);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        assertThat(CliRun.lines(out.resolve("events/jsonl"))).containsExactlyElementsOf(expected);
        assertThat(String.join("\n", expected)).contains("https://news.example.org/a").contains("https://wire.example.org/1");
    }
}
