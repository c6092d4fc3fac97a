package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Pipeline;

/**
 * Seeded random-input checks every stage must pass (after Lucene's test framework): no exception, every
 * annotation inside the text, and each layer ordered by start offset.
 */
public final class StageInvariants {
    private static final String[] WORDS = {
        "the", "of", "in", "and", "killed", "wounded", "attack", "airstrike", "Sirte", "Libya", "Islamic", "State",
        "ISIS", "Taliban", "Kabul", "on", "Monday", "Aug.", "1", "Dec.", "19,", "2016", "between", "more", "than",
        "700", "dozens", "fighters", "south", "north-east", "km", "from", "said", "according", "to", "police", "army",
        "U.S.", "al", "Qaeda", "Boko", "Haram", "Maiduguri", "Borno", "2017-07-25", "7/25/2017", "last", "week",
        "yesterday", "three", "soldiers", "were", "by", "militants", "bomb", "exploded", "protest", "arrested",
        "“", "”", "\"", "(", ")", ",", ".", ";", ":", "-", "—", "'s", "’s", "\n", "\n\n", "é", "ß", "Δαμασκός", "دمشق",
        "😀", "\u0000", "\t", "  ", "Mr.", "Gen.", "St.", "No.", "e.g.", "?", "!", "%", "$", "18,000", "1.5",
    };

    private StageInvariants() {
    }

    /** A random document of up to {@code maxWords} words from a conflict-news vocabulary plus noise. */
    public static String randomText(Random rnd, int maxWords) {
        int n = rnd.nextInt(maxWords + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(20) == 0) {
                // arbitrary code points, including surrogates and controls
                int len = 1 + rnd.nextInt(4);
                for (int k = 0; k < len; k++) {
                    sb.append((char) rnd.nextInt(0x3000));
                }
            } else {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]);
            }
            if (rnd.nextInt(4) != 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** Runs {@code pipeline} on {@code docs} random documents from {@code seed} and checks every layer it produced. */
    public static void check(Pipeline pipeline, long seed, int docs) {
        Random rnd = new Random(seed);
        for (int i = 0; i < docs; i++) {
            String text = randomText(rnd, 200);
            Document in = Document.of("random-" + seed + "-" + i, text,
                    DocumentMeta.empty().withPublished(java.time.LocalDate.of(2017, 7, 25), "test"));
            Document out;
            try {
                out = pipeline.process(in);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " doc " + i + " failed on text: " + escape(text), e);
            }
            for (Layer<?> layer : out.layers()) {
                checkLayer(out, layer, seed, i);
            }
        }
    }

    private static <T extends Span> void checkLayer(Document doc, Layer<T> layer, long seed, int i) {
        List<T> list = doc.get(layer);
        int prev = -1;
        for (T a : list) {
            assertThat(a.start()).as("%s start (seed %d doc %d)", layer, seed, i).isBetween(0, doc.text().length());
            assertThat(a.end()).as("%s end (seed %d doc %d)", layer, seed, i).isBetween(a.start(), doc.text().length());
            assertThat(a.start()).as("%s ordered by start (seed %d doc %d)", layer, seed, i).isGreaterThanOrEqualTo(prev);
            prev = a.start();
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
