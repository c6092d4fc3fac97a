package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @TempDir
    Path dir;

    private List<InputItem> read(ReadOptions o, String... paths) {
        List<InputItem> out = new ArrayList<>();
        new InputReader(List.of(paths), o, new ByteArrayInputStream(new byte[0])).forEach(out::add);
        return out;
    }

    private List<InputItem> read(String... paths) {
        return read(ReadOptions.defaults(), paths);
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p.toString();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String failure(InputItem i) {
        assertThat(i).isInstanceOf(InputItem.Failure.class);
        return ((InputItem.Failure) i).message();
    }

    @Test
    void badFilesAreEachReportedByNameAndTheGoodOnesStillRead() throws IOException {
        String empty = write("a-empty.txt", "");
        String binary = write("b-binary.txt", new byte[] {1, 2, 0, 4, 5});
        String latin1 = write("c-latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'x'});
        String good = write("d-good.txt", "Rebels attacked a checkpoint in Idlib.");
        List<InputItem> items = read(empty, binary, latin1, "/no/such/file.txt", good);
        assertThat(items).hasSize(5);
        assertThat(failure(items.get(0))).contains(empty).contains("empty");
        assertThat(failure(items.get(1))).contains(binary).contains("binary");
        assertThat(failure(items.get(2))).contains(latin1).contains("not valid UTF-8").contains("offset 3");
        assertThat(failure(items.get(3))).contains("/no/such/file.txt").contains("no such file");
        assertThat(items.get(4)).isInstanceOf(InputItem.Doc.class);
    }

    @Test
    void aHugeFileIsRefusedWithItsSize() throws IOException {
        byte[] big = new byte[2_000_000];
        java.util.Arrays.fill(big, (byte) 'a');
        String p = write("big.txt", big);
        List<InputItem> items = read(new ReadOptions(InputFormat.AUTO, null, 1_000_000), p);
        assertThat(failure(items.get(0))).contains(p).contains("1.9 MB").contains("--max-bytes");
    }

    @Test
    void malformedJsonLinesAreSkippedLineByLine() throws IOException {
        String p = write("docs.jsonl", """
                {"id": "ok1", "text": "Gunmen killed two farmers near Jos.", "published": "2018-04-02"}
                {"id": "broken", "text": 
                {"text": "no id here"}
                {"id": "nohtml"}
                {"id": "ok2", "html": "<html><body><nav>Home | World</nav><article><p>Troops clashed with rebels in Goma on Monday, killing nine, officials said today in a statement issued to reporters. The fighting lasted for hours and spread to nearby villages.</p></article></body></html>"}
                {"id": "baddate", "text": "x", "published": "last Tuesday"}
                """);
        List<InputItem> items = read(p);
        assertThat(items).hasSize(6);
        assertThat(items.get(0)).isInstanceOf(InputItem.Doc.class);
        InputItem.Doc ok1 = (InputItem.Doc) items.get(0);
        assertThat(ok1.document().id()).isEqualTo("ok1");
        assertThat(ok1.document().meta().published()).isEqualTo(LocalDate.of(2018, 4, 2));
        assertThat(failure(items.get(1))).contains("docs.jsonl").contains("line 2").contains("not valid JSON");
        assertThat(failure(items.get(2))).contains("line 3").contains("\"id\"");
        assertThat(failure(items.get(3))).contains("line 4").contains("\"text\" or \"html\"");
        InputItem.Doc ok2 = (InputItem.Doc) items.get(4);
        assertThat(ok2.document().text()).startsWith("Troops clashed").doesNotContain("Home | World");
        assertThat(failure(items.get(5))).contains("line 6").contains("last Tuesday").contains("YYYY-MM-DD");
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrderWithRelativeIds() throws IOException {
        write("corpus/b/two.txt", "Second report about shelling in Donetsk.");
        write("corpus/a.txt", "First report about a raid in Mosul.");
        List<InputItem> items = read(dir.resolve("corpus").toString());
        assertThat(items).extracting(i -> ((InputItem.Doc) i).document().id()).containsExactly("a.txt", "b/two.txt");
    }

    @Test
    void aFileGivenByPathKeepsThePathAsItsId() throws IOException {
        String p = write("x.txt", "Police arrested three suspects in Karachi.");
        assertThat(((InputItem.Doc) read(p).get(0)).document().id()).isEqualTo(p);
    }

    @Test
    void publicationDateFlagWinsThenJsonlThenDateline() throws IOException {
        String p = write("dl.txt", "KABUL, March 3, 2019 — A bomb exploded near the ministry.");
        assertThat(((InputItem.Doc) read(p).get(0)).document().meta().published()).isEqualTo(LocalDate.of(2019, 3, 3));
        ReadOptions flag = new ReadOptions(InputFormat.AUTO, LocalDate.of(2020, 1, 1), ReadOptions.DEFAULT_MAX_BYTES);
        assertThat(((InputItem.Doc) read(flag, p).get(0)).document().meta().published()).isEqualTo(LocalDate.of(2020, 1, 1));
        String nodate = write("nd.txt", "A bomb exploded near the ministry.");
        assertThat(((InputItem.Doc) read(nodate).get(0)).document().meta().published()).isNull();
    }

    @Test
    void brokenHtmlStillYieldsItsText() throws IOException {
        String p = write("broken.html", "<html><head><title>T</title><body><div class='share-buttons'>Share on X</div>"
                + "<p>Militants <b>stormed a police station in Quetta, killing four officers<p>Two more were wounded.");
        InputItem.Doc d = (InputItem.Doc) read(p).get(0);
        assertThat(d.document().text()).contains("Militants stormed a police station in Quetta").contains("Two more were wounded.")
                .doesNotContain("Share on X");
        assertThat(d.document().meta().title()).isEqualTo("T");
    }

    @Test
    void anUnknownFormatIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFormat.parse("pdf", "--input-format"))
                .hasMessageContaining("unknown input format 'pdf'").hasMessageContaining("auto, text, html, jsonl, warc, feed");
    }

    @Test
    void stdinIsReadWhenTheDashIsGiven() {
        List<InputItem> out = new ArrayList<>();
        new InputReader(List.of("-"), ReadOptions.defaults(),
                new ByteArrayInputStream("Soldiers clashed with rebels.".getBytes(StandardCharsets.UTF_8))).forEach(out::add);
        assertThat(((InputItem.Doc) out.get(0)).document().id()).isEqualTo("-");
    }
}
