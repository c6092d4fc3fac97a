package org.sitrep.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides a document's language. English function words settle most news texts at once; otherwise OpenNLP's
 * language detector (the Apache OpenNLP langdetect model, loaded on first use) decides. Texts too short to
 * judge are taken as English. Thread-safe.
 */
public final class LanguageGate {
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "was", "were", "is", "on",
            "by", "for", "with", "that", "at", "from", "as", "has", "have", "had", "been", "after", "said", "killed");
    private static volatile LanguageDetectorModel model;
    /** OpenNLP's ME classes are not documented as thread-safe: one detector per thread over the shared model. */
    private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private LanguageGate() {
    }

    /** ISO 639-3 code, e.g. "eng", "fra", "ara". */
    public static String detect(String text) {
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        int words = 0;
        int english = 0;
        int latin = 0;
        int letters = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (ENGLISH.contains(w)) {
                english++;
            }
        }
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        if (words >= 6 && english * 100 >= words * 12) {
            return "eng";
        }
        if (words < 6 || letters < 40) {
            return letters > 0 && latin * 2 < letters ? detectWithModel(sample) : "eng";
        }
        return detectWithModel(sample);
    }

    private static String detectWithModel(String sample) {
        Language best = DETECTOR.get().predictLanguage(sample);
        if (best.getConfidence() < 0.2 && sample.length() < 100) {
            return "eng";
        }
        return best.getLang();
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel d = model;
        if (d == null) {
            synchronized (LanguageGate.class) {
                d = model;
                if (d == null) {
                    try (InputStream in = LanguageGate.class.getResourceAsStream("/langdetect-183.bin")) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP langdetect model missing from the class path");
                        }
                        d = new LanguageDetectorModel(in);
                        model = d;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return d;
    }

    /** A readable name for common ISO 639-3 codes. */
    public static String displayName(String iso3) {
        for (Locale l : Locale.getAvailableLocales()) {
            try {
                if (l.getISO3Language().equals(iso3) && !l.getDisplayLanguage(Locale.ENGLISH).isEmpty()) {
                    return l.getDisplayLanguage(Locale.ENGLISH) + " (" + iso3 + ")";
                }
            } catch (java.util.MissingResourceException e) {
                // no ISO3 code for this locale
            }
        }
        return iso3;
    }
}
