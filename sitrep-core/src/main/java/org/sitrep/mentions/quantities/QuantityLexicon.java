package org.sitrep.mentions.quantities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.mentions.actors.NormTokens;
import org.sitrep.resources.ResourceFile;

/**
 * The word lists of the quantity recogniser: number words ({@code sitrep/quantities/numbers.tsv}), vague quantities
 * with their ACLED/UCDP values ({@code vague.tsv}) and the classes of counted nouns, role verbs and modifiers
 * ({@code lexicon.tsv}). Immutable.
 */
public final class QuantityLexicon {
    /** Word classes of lexicon.tsv. */
    public enum Cls { PERSON, DEATH, INJURY, INCIDENT, UNIT, MONEY, KILL_VERB, INJURE_VERB, OTHER_VERB, MOD_LOWER, MOD_UPPER,
        MOD_APPROX, ZERO_HEAD }

    /** A number word: value and kind (unit, teen, tens, scale, group, pair). */
    public record NumberWord(long value, String kind) {
    }

    /** A modifier match: its class and the token after it. */
    public record Mod(Cls cls, int end) {
    }

    /** A vague quantity: best, low and high (high null = open). */
    public record Vague(int best, int low, Integer high) {
    }

    private final Map<String, NumberWord> numbers = new HashMap<>();
    private final Map<String, Vague> vague = new HashMap<>();
    private final Map<String, Set<Cls>> words = new HashMap<>();
    private final List<String[]> mods = new ArrayList<>();
    private final List<Cls> modClasses = new ArrayList<>();
    private final String version;

    private QuantityLexicon(ResourceFile numbersFile, ResourceFile vagueFile, ResourceFile lexiconFile) {
        for (ResourceFile.Row r : numbersFile.rows()) {
            try {
                numbers.put(r.get(0).trim().toLowerCase(Locale.ROOT), new NumberWord(Long.parseLong(r.get(1).trim()),
                        r.get(2).trim()));
            } catch (NumberFormatException e) {
                throw numbersFile.error(r, "value '" + r.get(1) + "' must be a whole number");
            }
        }
        for (ResourceFile.Row r : vagueFile.rows()) {
            try {
                String high = r.get(3).trim();
                vague.put(key(r.get(0)), new Vague(Integer.parseInt(r.get(1).trim()), Integer.parseInt(r.get(2).trim()),
                        high.isEmpty() ? null : Integer.valueOf(high)));
            } catch (NumberFormatException e) {
                throw vagueFile.error(r, "best, low and high must be whole numbers (high may be empty)");
            }
        }
        for (ResourceFile.Row r : lexiconFile.rows()) {
            String phrase = r.get(0).trim().toLowerCase(Locale.ROOT);
            Cls c;
            try {
                c = Cls.valueOf(r.get(1).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw lexiconFile.error(r, "unknown class '" + r.get(1) + "'; use one of " + java.util.Arrays.toString(Cls.values())
                        .toLowerCase(Locale.ROOT));
            }
            if (c == Cls.MOD_LOWER || c == Cls.MOD_UPPER || c == Cls.MOD_APPROX) {
                NormTokens t = NormTokens.ofPhrase(phrase);
                String[] toks = new String[t.size()];
                for (int i = 0; i < t.size(); i++) {
                    toks[i] = t.lower(i);
                }
                mods.add(toks);
                modClasses.add(c);
            } else {
                words.computeIfAbsent(key(phrase), k -> EnumSet.noneOf(Cls.class)).add(c);
            }
        }
        version = Integer.toHexString((numbersFile.sha256() + vagueFile.sha256() + lexiconFile.sha256()).hashCode());
    }

    private static String key(String phrase) {
        NormTokens t = NormTokens.ofPhrase(phrase.trim());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(t.lower(i));
        }
        return sb.toString();
    }

    private static volatile QuantityLexicon standard;

    public static QuantityLexicon standard() {
        QuantityLexicon l = standard;
        if (l == null) {
            synchronized (QuantityLexicon.class) {
                l = standard;
                if (l == null) {
                    l = new QuantityLexicon(ResourceFile.load("quantities/numbers.tsv"), ResourceFile.load("quantities/vague.tsv"),
                            ResourceFile.load("quantities/lexicon.tsv"));
                    standard = l;
                }
            }
        }
        return l;
    }

    public String version() {
        return version;
    }

    public NumberWord number(String lower) {
        return numbers.get(lower);
    }

    public Vague vague(String phrase) {
        return vague.get(phrase);
    }

    public Set<Cls> classes(String lower) {
        Set<Cls> s = words.get(lower);
        return s == null ? Collections.emptySet() : s;
    }

    public boolean is(String lower, Cls c) {
        Set<Cls> s = words.get(lower);
        return s != null && s.contains(c);
    }

    /** The modifier ("more than", "up to", "about") starting at token {@code i}: class and end, or null. */
    public Mod modifier(NormTokens t, int i) {
        Mod best = null;
        for (int m = 0; m < mods.size(); m++) {
            String[] toks = mods.get(m);
            if (i + toks.length > t.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < toks.length && ok; k++) {
                ok = toks[k].equals(t.lower(i + k));
            }
            if (ok && (best == null || i + toks.length > best.end())) {
                best = new Mod(modClasses.get(m), i + toks.length);
            }
        }
        return best;
    }
}
