package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.mentions.actors.ActorCatalogue;
import org.sitrep.mentions.actors.ActorEntry;
import org.sitrep.resources.ResourceFile;

/**
 * The generic perpetrator category that a stated motive or target implies when no group is named
 * ({@code events/motives.tsv}: "an abortion clinic" → Anti-Abortion extremists, as the GTD codes unaffiliated
 * perpetrators). Immutable and thread-safe.
 */
public final class Motives {
    private record Rule(ActorEntry actor, Set<String> countries, List<String> cues) {
    }

    /** A cue of rule {@code rule} at position {@code order} of its list. */
    private record Cue(int rule, int order, String text) {
    }

    private static final class Holder {
        static final Motives BUNDLED = new Motives(ResourceFile.load("events/motives.tsv"), ActorCatalogue.standard());
    }

    private final List<Rule> rules = new ArrayList<>();
    /** Cues by their first word (cues start with a letter or digit), in rule and list order. */
    private final java.util.Map<String, List<Cue>> byFirstWord = new java.util.HashMap<>();

    Motives(ResourceFile f, ActorCatalogue catalogue) {
        for (ResourceFile.Row r : f.rows()) {
            ActorEntry a = catalogue.entry(r.get(0));
            if (a == null) {
                throw f.error(r, "actor id '" + r.get(0) + "' is not in actors.tsv; use an id of that file");
            }
            Set<String> countries = r.get(1).isBlank() ? Set.of() : Set.of(r.get(1).split("\\|"));
            List<String> cues = new ArrayList<>();
            for (String cue : r.get(2).split("\\|")) {
                if (cue.isBlank()) {
                    continue;
                }
                if (!cue.equals(cue.toLowerCase(Locale.ROOT))) {
                    throw f.error(r, "cue '" + cue + "' must be lower case (cues are matched on lower-cased text)");
                }
                if (!Character.isLetterOrDigit(cue.charAt(0))) {
                    throw f.error(r, "cue '" + cue + "' must start with a letter or digit");
                }
                byFirstWord.computeIfAbsent(firstWord(cue, 0), k -> new ArrayList<>()).add(new Cue(rules.size(), cues.size(), cue));
                cues.add(cue);
            }
            rules.add(new Rule(a, countries, List.copyOf(cues)));
        }
    }

    /** The bundled rules. */
    public static Motives bundled() {
        return Holder.BUNDLED;
    }

    /**
     * The category for an event in country {@code iso} whose paragraph is {@code lowerText} (lower case), or null.
     */
    public ActorEntry category(String lowerText, String iso) {
        // every whole-word occurrence of a cue, counted per rule without overlaps (leftmost first, then the cue listed
        // first), in one pass over the text's word starts
        int[] count = new int[rules.size()];
        int[] nextFree = new int[rules.size()];
        int[] bestOrder = new int[rules.size()];
        int[] bestEnd = new int[rules.size()];
        int n = lowerText.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetterOrDigit(lowerText.charAt(i)) || i > 0 && Character.isLetterOrDigit(lowerText.charAt(i - 1))) {
                continue;
            }
            List<Cue> cs = byFirstWord.get(firstWord(lowerText, i));
            if (cs == null) {
                continue;
            }
            java.util.Arrays.fill(bestOrder, Integer.MAX_VALUE);
            for (Cue c : cs) {
                if (i < nextFree[c.rule()] || c.order() > bestOrder[c.rule()]) {
                    continue;
                }
                int end = i + c.text().length();
                if (lowerText.startsWith(c.text(), i) && (end >= n || !Character.isLetterOrDigit(lowerText.charAt(end)))) {
                    bestOrder[c.rule()] = c.order();
                    bestEnd[c.rule()] = end;
                }
            }
            for (Cue c : cs) {
                int r = c.rule();
                if (bestOrder[r] != Integer.MAX_VALUE) {
                    count[r]++;
                    nextFree[r] = bestEnd[r];
                    bestOrder[r] = Integer.MAX_VALUE;
                }
            }
        }
        ActorEntry best = null;
        int bestN = 0;
        for (int ri = 0; ri < rules.size(); ri++) {
            Rule r = rules.get(ri);
            if (!r.countries().isEmpty() && (iso == null || !r.countries().contains(iso))) {
                continue;
            }
            if (count[ri] > bestN) {
                best = r.actor();
                bestN = count[ri];
            }
        }
        return best;
    }

    /** The run of letters and digits from {@code i}. */
    private static String firstWord(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j);
    }
}
