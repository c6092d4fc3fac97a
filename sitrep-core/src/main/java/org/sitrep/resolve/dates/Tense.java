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
            "expects", "scheduled", "planning", "due", "upcoming", "would", "intends", "aims",
            "hopes", "tomorrow", "payable", "effective", "expire", "expires", "soon",
            "deadline");
    private static final Set<String> PAST_CUES = Set.of("was", "were", "had", "did", "said", "told", "came", "went",
            "took", "fell", "rose", "began", "left", "fled", "fought", "shot", "struck", "met", "held", "led", "made",
            "gave", "got", "saw", "found", "broke", "blew", "sent", "spent", "won", "lost", "stood", "thought",
            "brought", "caught", "kept", "ran", "wrote", "spoke", "chose", "drove", "flew", "grew", "knew", "threw",
            "became", "hid", "sought", "taught", "bought", "built", "meant", "heard", "paid", "laid", "sold", "ago",
            "last", "yesterday", "earlier", "wasn't", "weren't", "didn't", "hadn't", "overran", "slew", "bore", "swore");
    /** Finite past forms that a modal cannot precede. */
    /** Cues further than this many characters from the mention are ignored. */
    private static final int MAX_DISTANCE = 60;
    private static final Set<String> PAST_ONLY = Set.of("was", "were", "did", "ago", "last", "yesterday",
            "earlier", "wasn't", "weren't", "didn't", "hadn't");
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "armed", "united", "hundred", "based",
            "red", "bed", "shed", "speed", "feed", "seed", "weed", "indeed", "proceed", "succeed", "exceed", "breed",
            "creed", "greed", "deed", "reed", "wed", "fled", "alleged", "suspected", "limited", "advanced", "detailed",
            "dedicated", "sophisticated", "unprecedented", "related", "expected", "scheduled", "planned", "concerned",
            "interested", "experienced", "supposed", "used", "so-called", "called", "named", "hundreds", "islamic",
            "unspecified");

    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo", "to");
    private static final Set<String> AUX_FILLER = Set.of("be", "have", "been", "not", "never", "also", "already",
            "then", "soon", "still", "all", "both", "finally", "probably", "likely");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "be", "being");
    private static final Set<String> PLAN_VERBS = Set.of("plan", "plans", "planned", "planning", "intend", "intended",
            "decided", "agreed", "promised", "vowed", "threatened", "set", "slated", "poised", "due", "expected",
            "scheduled");
    private static final Set<String> PAST_AUX = Set.of("had");
    private static final Pattern SOON_AS = Pattern.compile("(?i)\\bas\\s+(?:soon|early)\\s+as\\s+$");
    private static final Set<String> MOVED = Set.of("postponed", "extended", "delayed", "deferred", "adjourned",
            "suspended", "pushed", "moved", "given", "gave", "granted", "closed", "shut", "banned", "imposed");
    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through", "before");

    /**
     * The tense of {@code text} around {@code [start,end)} within the sentence {@code [sStart,sEnd)}: the class of
     * the nearest cue; a past participle after a modal or "to" ("will be paid", "to be completed") is future; a
     * date right after a deadline word ("by Oct. 31", "until March 6") gets NONE.
     */
    public static Tense around(String text, int sStart, int sEnd, int start, int end) {
        return around(text, Words.of(text, sStart, sEnd), start, end);
    }

    /** The lower-cased words of one sentence with their offsets, computed once for all its date mentions. */
    public static final class Words {
        final int sStart;
        final java.util.List<String> words;
        final java.util.List<int[]> spans;

        private Words(int sStart, java.util.List<String> words, java.util.List<int[]> spans) {
            this.sStart = sStart;
            this.words = words;
            this.spans = spans;
        }

        public static Words of(String text, int sStart, int sEnd) {
            Matcher m = WORD.matcher(text).region(Math.max(0, sStart), Math.min(text.length(), sEnd));
            java.util.List<String> words = new java.util.ArrayList<>();
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                spans.add(new int[] {m.start(), m.end()});
            }
            return new Words(Math.max(0, sStart), words, spans);
        }
    }

    /** As {@link #around(String, int, int, int, int)} with the sentence's words computed beforehand. */
    public static Tense around(String text, Words w, int start, int end) {
        java.util.List<String> words = w.words;
        java.util.List<int[]> spans = w.spans;
        int sStart = w.sStart;
        Tense best = NONE;
        String bestWord = null;
        int bestDist = Integer.MAX_VALUE;
        String before = null;
        for (int i = 0; i < words.size(); i++) {
            int[] sp = spans.get(i);
            if (sp[1] <= start) {
                before = words.get(i);
            }
            if (sp[0] >= start && sp[1] <= end) {
                continue;
            }
            Tense t = classify(words.get(i));
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (PLAN_VERBS.contains(words.get(i)) && next.equals("to")) {
                t = FUTURE; // "planned to leave on Thursday", "were planning to drive", "talks set to resume Monday"
            }
            if (t == NONE) {
                continue;
            }
            if (t == PAST && !PAST_ONLY.contains(words.get(i))) {
                // "will be paid", "to be completed", "would not have ended": only auxiliary filler in between
                // ("ambassador to Washington, said" is no future)
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    if (FUTURE_AUX.contains(words.get(k))) {
                        t = FUTURE;
                        break;
                    }
                    if (!AUX_FILLER.contains(words.get(k))) {
                        break;
                    }
                }
                // a present passive ("when the case is heard") says nothing about the past
                if (t == PAST && i > 0 && PRESENT_BE.contains(words.get(i - 1))) {
                    t = NONE;
                }
            }
            if (t == NONE) {
                continue;
            }
            int dist = sp[1] <= start ? start - sp[1] : sp[0] - end;
            // a cue after the mention counts a little less than one before it ("On Friday, police said")
            if (sp[0] >= end) {
                dist += 4;
            }
            if (t == FUTURE && i >= 2 && words.get(i - 1).equals("been") && PAST_AUX.contains(words.get(i - 2))) {
                t = PAST; // "had been scheduled to expire Friday": a future seen from the past
            }
            if (dist < bestDist && dist <= MAX_DISTANCE) {
                bestDist = dist;
                best = t;
                bestWord = words.get(i);
            }
        }
        if (before != null && DEADLINE.contains(before) && best == PAST) {
            // "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday": a deadline set in the past for
            // a day still ahead; "fought until Tuesday" says nothing
            return (before.equals("until") || before.equals("till")) && MOVED.contains(bestWord) ? FUTURE : NONE;
        }
        if (SOON_AS.matcher(text).region(Math.max(sStart, start - 16), start).find()) {
            return FUTURE; // "as soon as Tuesday", "as early as next week"
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
