package org.sitrep.mentions.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.dates.DateResolver;
import org.sitrep.text.TextStage;

/** Runs text, recognizer and resolver on a sentence with a publication date (null for none). */
public final class DatesFixture {
    public static final Pipeline PIPELINE = Pipeline.of(List.of(new TextStage(), new DateRecognizer(), new DateResolver()));

    private DatesFixture() {
    }

    public static Document run(String text, LocalDate published) {
        DocumentMeta meta = published == null ? DocumentMeta.empty() : DocumentMeta.empty().withPublished(published, "test");
        return PIPELINE.process(Document.of("t", text, meta));
    }

    public static List<ResolvedDate> dates(String text, String published) {
        return run(text, published == null ? null : LocalDate.parse(published)).get(Layers.DATES);
    }

    /** "value ; value" of all dates of the text. */
    public static String values(String text, String published) {
        return dates(text, published).stream().map(ResolvedDate::value).collect(Collectors.joining(" ; "));
    }

    /** The date whose text is exactly {@code words}; fails when there is none. */
    public static ResolvedDate find(String text, String published, String words) {
        Document d = run(text, published == null ? null : LocalDate.parse(published));
        List<String> seen = new ArrayList<>();
        for (ResolvedDate r : d.get(Layers.DATES)) {
            if (d.text(r).equals(words)) {
                return r;
            }
            seen.add(d.text(r));
        }
        throw new AssertionError("no date mention '" + words + "' in: " + text + " (found " + seen + ")");
    }
}
