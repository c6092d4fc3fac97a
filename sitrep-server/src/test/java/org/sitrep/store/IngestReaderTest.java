package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.ReadOptions;

class IngestReaderTest {
    @TempDir
    Path dir;

    static List<InputItem> read(String... paths) {
        List<InputItem> out = new ArrayList<>();
        new IngestReader(List.of(paths), ReadOptions.defaults(), System.in).forEach(out::add);
        return out;
    }

    @Test
    void readsHtmlResponsesFromWarcArchives() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            byte[] html = ("<html><head><title>Clash in Varno</title></head><body><p>Soldiers and rebels fought near Varno on Monday,"
                    + " officials said.</p></body></html>").getBytes(StandardCharsets.UTF_8);
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, html).build();
            w.write(new WarcResponse.Builder(URI.create("https://example.org/varno")).date(Instant.parse("2024-05-07T10:00:00Z"))
                    .body(http).build());
            byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
            HttpResponse image = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), png).build();
            w.write(new WarcResponse.Builder(URI.create("https://example.org/a.png")).body(image).build());
        }
        List<InputItem> items = read(warc.toString());
        assertThat(items).hasSize(1);
        InputItem.Doc d = (InputItem.Doc) items.get(0);
        assertThat(d.document().id()).isEqualTo("https://example.org/varno");
        assertThat(d.document().text()).contains("Soldiers and rebels fought near Varno");
    }

    @Test
    void readsAtomFeedsAndMixedDirectories() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("in"));
        Files.writeString(sub.resolve("feed.atom"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:wire</id><updated>2024-05-08T00:00:00Z</updated>"
                + "<entry><title>Protest in Oldport</title><id>urn:1</id><link href=\"https://example.org/oldport\"/>"
                + "<updated>2024-05-08T09:00:00Z</updated><content type=\"html\">&lt;p&gt;Teachers marched in Oldport on Tuesday.&lt;/p&gt;</content></entry>"
                + "</feed>");
        Files.writeString(sub.resolve("note.txt"), "Rebels shelled the market of Varno on Friday.");
        List<InputItem> items = read(sub.toString());
        assertThat(items).hasSize(2);
        assertThat(items).extracting(InputItem::input).containsExactlyInAnyOrder("https://example.org/oldport", "note.txt");
        InputItem.Doc feed = (InputItem.Doc) items.stream().filter(i -> i.input().startsWith("https")).findFirst().orElseThrow();
        assertThat(feed.document().meta().published()).hasToString("2024-05-08");
        assertThat(feed.document().text()).isEqualTo("Teachers marched in Oldport on Tuesday.");
    }

    @Test
    void aBrokenFeedIsASkippedInputWithAReason() throws Exception {
        Path bad = dir.resolve("bad.rss");
        Files.writeString(bad, "<?xml version=\"1.0\"?><rss><channel><item>");
        List<InputItem> items = read(bad.toString());
        assertThat(items).hasSize(1);
        assertThat(((InputItem.Failure) items.get(0)).message()).contains("RSS/Atom");
    }
}
