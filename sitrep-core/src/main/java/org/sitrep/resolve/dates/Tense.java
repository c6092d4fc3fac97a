package org.sitrep.resolve.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense of the clause around a date mention, from the verb cue nearest to it in its sentence: a future
 * cue ("will", "is expected to", "scheduled") or a past cue ("was", "said", a regular "-ed" form, an irregular past).
 * Stateless.
 */
public enum Tense {
    PAST, FUTURE, NONE;

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['\u2019][\\p{L}]+)?");
    private static final Set<String> FUTURE_CUES = Set.of("will", "shall", "won't", "wont", "'ll", "going", "expected",
            "expects", "scheduled", "plans", "plan", "planning", "due", "upcoming", "would", "intends", "aims",
            "hopes", "next", "tomorrow", "coming", "planned", "payable", "effective", "expire", "expires", "soon",
            "deadline", "until", "later");
    private static final Set<String> PAST_CUES = Set.of("was", "were", "had", "did", "said", "told", "came", "went",
            "took", "fell", "rose", "began", "left", "fled", "fought", "shot", "struck", "met", "held", "led", "made",
            "gave", "got", "saw", "found", "broke", "blew", "sent", "spent", "won", "lost", "stood", "thought",
            "brought", "caught", "kept", "ran", "wrote", "spoke", "chose", "drove", "flew", "grew", "knew", "threw",
            "became", "hid", "sought", "taught", "bought", "built", "meant", "heard", "paid", "laid", "sold", "ago",
            "last", "yesterday", "earlier", "wasn't", "weren't", "didn't", "hadn't", "overran", "slew", "bore", "swore");
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "armed", "united", "hundred", "based",
            "red", "bed", "shed", "speed", "feed", "seed", "weed", "indeed", "proceed", "succeed", "exceed", "breed",
            "creed", "greed", "deed", "reed", "wed", "fled", "alleged", "suspected", "limited", "advanced", "detailed",
            "dedicated", "sophisticated", "unprecedented", "related", "expected", "scheduled", "planned", "concerned",
            "interested", "experienced", "supposed", "used", "so-called", "called", "named", "hundreds", "islamic");

    /** The tense of {@code text} around {@code [start,end)} within the sentence {@code [sStart,sEnd)}. */
    public static Tense around(String text, int sStart, int sEnd, int start, int end) {
        Matcher m = WORD.matcher(text).region(Math.max(0, sStart), Math.min(text.length(), sEnd));
        Tense best = NONE;
        int bestDist = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) {
                continue;
            }
            String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            Tense t = classify(w);
            if (t == NONE) {
                continue;
            }
            int dist = m.end() <= start ? start - m.end() : m.start() - end;
            // a cue after the mention counts a little less than one before it ("On Friday, police said")
            if (m.start() >= end) {
                dist += 4;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = t;
            }
        }
        return best;
    }

    static Tense classify(String w) {
        if (FUTURE_CUES.contains(w) || w.endsWith("'ll")) {
            return FUTURE;
        }
        if (PAST_CUES.contains(w)) {
            return PAST;
        }
        if (w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
            return PAST;
        }
        return NONE;
    }
}
