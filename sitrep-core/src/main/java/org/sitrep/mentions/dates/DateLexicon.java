package org.sitrep.mentions.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.resources.ResourceFile;

/**
 * The date word lists of {@code sitrep/dates/words.tsv}: per class (month, weekday, number, unit ...) a map from
 * lower-cased word to normalised value, and a regex alternation of the words for the rule macros. Immutable.
 */
public final class DateLexicon {
    /** Classes whose words must start with an upper-case letter in text ("May", not "may"). */
    private static final java.util.Set<String> CAPITALISED = java.util.Set.of("month", "weekday");

    private final Map<String, Map<String, String>> classes;
    private final Map<String, String> alternations;
    private final ResourceFile file;

    private DateLexicon(ResourceFile file, Map<String, Map<String, String>> classes) {
        this.file = file;
        this.classes = classes;
        Map<String, String> alts = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> e : classes.entrySet()) {
            alts.put(e.getKey(), alternation(e.getKey(), new ArrayList<>(e.getValue().keySet())));
        }
        this.alternations = Map.copyOf(alts);
    }

    public static DateLexicon load() {
        return from(ResourceFile.load("dates/words.tsv"));
    }

    public static DateLexicon from(ResourceFile file) {
        Map<String, Map<String, String>> classes = new LinkedHashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.cells().size() < 3 || row.get(0).isBlank() || row.get(1).isBlank()) {
                throw file.error(row, "needs three tab-separated cells: class, word, value (got " + row.cells() + ")");
            }
            String word = row.get(1).toLowerCase(Locale.ROOT);
            String prev = classes.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>()).put(word, row.get(2));
            if (prev != null && !prev.equals(row.get(2))) {
                throw file.error(row, "word '" + row.get(1) + "' of class " + row.get(0) + " is listed twice with different values");
            }
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        classes.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new DateLexicon(file, Map.copyOf(frozen));
    }

    public ResourceFile file() {
        return file;
    }

    /** The normalised value of {@code word} in {@code cls}, or null. Whitespace and hyphens are normalised. */
    public String value(String cls, String word) {
        Map<String, String> m = classes.get(cls);
        if (m == null || word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0]+", " ").trim();
        String v = m.get(w);
        if (v == null && w.endsWith(".")) {
            v = m.get(w.substring(0, w.length() - 1));
        }
        return v;
    }

    /**
     * Parses a number written in digits ("24", "1,000") or words ("twenty-four", "a couple of", "two thousand").
     * Returns -1 for an unspecified amount ("several", "a few") and -2 when the text is not a number.
     */
    public int number(String text) {
        if (text == null) {
            return -2;
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0\u2010\u2011-]+", " ").trim();
        if (t.isEmpty()) {
            return -2;
        }
        if (Character.isDigit(t.charAt(0))) {
            String d = t.replace(",", "");
            try {
                return Integer.parseInt(d);
            } catch (NumberFormatException e) {
                return -2;
            }
        }
        String whole = value("number", t);
        if (whole != null) {
            return whole.equals("X") ? -1 : Integer.parseInt(whole);
        }
        int total = 0;
        int current = 0;
        String[] words = t.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "and" joins ("one hundred and five"); "a"/"an" before another number word is an article ("a five-year")
            if (w.equals("and") || (i + 1 < words.length && (w.equals("a") || w.equals("an"))
                    && !words[i + 1].equals("hundred") && !words[i + 1].equals("thousand"))) {
                continue;
            }
            String v = value("number", w);
            if (v == null || v.equals("X")) {
                return -2;
            }
            int n = Integer.parseInt(v);
            if (n == 100) {
                current = Math.max(current, 1) * 100;
            } else if (n == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                current += n;
            }
        }
        return total + current;
    }

    /** The words (lower case) of a class; empty for an unknown class. */
    public java.util.Set<String> words(String cls) {
        Map<String, String> m = classes.get(cls);
        return m == null ? java.util.Set.of() : m.keySet();
    }

    public boolean hasClass(String cls) {
        return classes.containsKey(cls);
    }

    /** A non-capturing regex alternation of the words of a class, longest first, with word boundaries. */
    public String alternation(String cls) {
        String a = alternations.get(cls);
        if (a == null) {
            throw new IllegalArgumentException("no word class '" + cls + "' in " + file.path() + "; classes: " + classes.keySet());
        }
        return a;
    }

    /**
     * A regex for a word list built as a trie, so that the engine discriminates on the first character instead of
     * trying every word at every position. Words of capitalised classes match Capitalised or UPPER forms; the rest
     * match case-insensitively. A word ending in a letter or digit must end at a word boundary.
     */
    private static String alternation(String cls, List<String> words) {
        Trie root = new Trie();
        for (String w : words) {
            if (CAPITALISED.contains(cls)) {
                root.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                root.add(w.toUpperCase(Locale.ROOT));
            } else {
                root.add(w);
            }
        }
        String body = root.regex();
        return "(?<![\\p{L}\\p{Nd}])" + (CAPITALISED.contains(cls) ? "(?:" + body + ")" : "(?i:" + body + ")");
    }

    private static final class Trie {
        private final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        private boolean terminal;
        private char last;

        void add(String w) {
            Trie t = this;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                t = t.children.computeIfAbsent(c, k -> new Trie());
                t.last = c;
            }
            t.terminal = true;
        }

        String regex() {
            List<String> alts = new ArrayList<>();
            for (Map.Entry<Character, Trie> e : children.entrySet()) {
                alts.add(charRegex(e.getKey()) + e.getValue().regex());
            }
            if (terminal) {
                alts.add(Character.isLetterOrDigit(last) ? "(?![\\p{L}\\p{Nd}])" : "");
            }
            if (alts.size() == 1) {
                return alts.get(0);
            }
            return "(?:" + String.join("|", alts) + ")";
        }

        private static String charRegex(char c) {
            if (c == ' ') {
                return "\\s+";
            }
            if (c == '-') {
                return "[-\u2010\u2011]?\\s*";
            }
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }

}
