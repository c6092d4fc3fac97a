package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.mentions.actors.ActorCatalogue;
import org.sitrep.mentions.actors.ActorEntry;
import org.sitrep.resources.ResourceFile;

/**
 * The generic perpetrator category that a stated motive or target implies when no group is named
 * ({@code events/motives.tsv}: "an abortion clinic" → Anti-Abortion extremists, as the GTD codes unaffiliated
 * perpetrators). Immutable and thread-safe.
 */
public final class Motives {
    private record Rule(ActorEntry actor, Set<String> countries, Pattern cues) {
    }

    private static final class Holder {
        static final Motives BUNDLED = new Motives(ResourceFile.load("events/motives.tsv"), ActorCatalogue.standard());
    }

    private final List<Rule> rules = new ArrayList<>();

    Motives(ResourceFile f, ActorCatalogue catalogue) {
        for (ResourceFile.Row r : f.rows()) {
            ActorEntry a = catalogue.entry(r.get(0));
            if (a == null) {
                throw f.error(r, "actor id '" + r.get(0) + "' is not in actors.tsv; use an id of that file");
            }
            Set<String> countries = r.get(1).isBlank() ? Set.of() : Set.of(r.get(1).split("\\|"));
            StringBuilder alt = new StringBuilder();
            for (String cue : r.get(2).split("\\|")) {
                if (cue.isBlank()) {
                    continue;
                }
                if (!cue.equals(cue.toLowerCase(Locale.ROOT))) {
                    throw f.error(r, "cue '" + cue + "' must be lower case (cues are matched on lower-cased text)");
                }
                alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(cue));
            }
            rules.add(new Rule(a, countries, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])")));
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
        ActorEntry best = null;
        int bestN = 0;
        for (Rule r : rules) {
            if (!r.countries().isEmpty() && (iso == null || !r.countries().contains(iso))) {
                continue;
            }
            int n = 0;
            Matcher m = r.cues().matcher(lowerText);
            while (m.find()) {
                n++;
            }
            if (n > bestN) {
                best = r.actor();
                bestN = n;
            }
        }
        return best;
    }
}
