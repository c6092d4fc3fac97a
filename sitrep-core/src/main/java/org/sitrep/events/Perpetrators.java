package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;

/**
 * Who the text says did it, where the event's own clause does not name the agent: a claim ("X claimed
 * responsibility", "the attack was claimed by X"), a suspicion ("Al Shabaab suspected.", "members of X are
 * suspected", "suspicion falls on X", "X is believed responsible", "blamed on X") or a stated responsibility ("X was
 * responsible for", "X indicated it was responsible"). Negated claims ("no group claimed responsibility", "X denied
 * responsibility") give nothing. Patterns are read on the words just before or after an actor mention inside one
 * sentence. Stateless and thread-safe.
 */
final class Perpetrators {
    /** Words right after the actor (an acronym in parentheses may come first). */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:,\\s*)?(?:"
            + "(?:has |have |had )?(?:claimed|claims|claim) (?:full )?(?:responsibility|credit)"
            + "|(?:is|are|was|were|has been|have been)\\s+(?:the\\s+)?(?:suspected|believed|thought|alleged|said|reported|"
            + "presumed|widely believed)?\\s*(?:to\\s+(?:be|have\\s+been)\\s+)?(?:responsible|behind|the (?:suspected |likely )?"
            + "perpetrators?|the (?:suspected |likely )?culprits?|suspected)"
            + "|(?:are |is |was |were )?(?:the )?suspected(?: perpetrators?| culprits?| of (?:carrying out|the|being))?\\s*[.;]"
            + "|(?:indicated|said|stated|admitted|acknowledged) (?:that )?(?:it|they) (?:was|were) responsible"
            + "|(?:is|are|was|were) blamed"
            + ")", Pattern.CASE_INSENSITIVE);
    /** Words right before the actor. */
    private static final Pattern BEFORE = Pattern.compile("(?:"
            + "suspicion (?:falls|fell|fall) on|blamed (?:it )?on|attributed to|(?:was|were|been) claimed by|"
            + "responsibility (?:was claimed by|lies with)|suspected (?:to be|of being) (?:a |an )?(?:members? of|part of|linked to)|"
            + "claimed to be (?:a |an )?(?:members? of|part of)|(?:authorities|police|officials) (?:blamed|suspect|suspected)|"
            + "(?:blamed|suspect|suspects|suspected)"
            + ")\\s+(?:the\\s+)?(?:banned\\s+|outlawed\\s+|group\\s+|militant\\s+group\\s+|islamist\\s+group\\s+|outfit\\s+)*['\"]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile("\\b(?:no|not|never|nobody|denied|denies|deny)\\b[^.;]{0,25}$",
            Pattern.CASE_INSENSITIVE);

    private Perpetrators() {
    }

    /**
     * The actor named as perpetrator in {@code [from, to)} of the text, the last such when several; null when none.
     * Reporters, civilians and crowds are never perpetrators here.
     */
    static ActorMention find(String text, List<ActorMention> actors, int from, int to) {
        ActorMention found = null;
        for (ActorMention a : actors) {
            if (a.start() < from || a.end() > to || a.actor() == null || a.actor().reporter() || !armed(a.actor().kind())) {
                continue;
            }
            String after = text.substring(a.end(), Math.min(to, a.end() + 90));
            int cut = Math.max(from, a.start() - 70);
            String before = text.substring(cut, a.start());
            if (NEGATED.matcher(before).find() && !before.toLowerCase(Locale.ROOT).contains("claimed by")) {
                continue;
            }
            if (AFTER.matcher(after).find() || BEFORE.matcher(before).find()) {
                found = a;
            }
        }
        return found;
    }

    private static boolean armed(ActorKind k) {
        return k == ActorKind.REBEL_GROUP || k == ActorKind.POLITICAL_MILITIA || k == ActorKind.IDENTITY_MILITIA
                || k == ActorKind.STATE_FORCES || k == ActorKind.EXTERNAL_OTHER || k == ActorKind.UNKNOWN || k == null;
    }
}
