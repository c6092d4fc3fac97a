package org.sitrep.resolve.dates;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.ResolvedDate;

/**
 * Which date mentions of a sentence can date an event of that sentence, and how an ongoing event's interval runs.
 * Used by the event detector when it picks an event's date (its own clause first, then its sentence, then the
 * paragraph before it, then the reporting window).
 *
 * <ul>
 * <li>A date that names a law ("the Land Acquisition Act, 2013", "Act No. 8 of 2006") or modifies a noun after a
 * determiner ("the 2013 massacre", "the April 7 encounter", "the 2014 general election", "an attack (2014)") belongs
 * to that noun, not to the clause: it dates the event only when the noun is the event's own trigger.</li>
 * <li>A date in a relative clause after the trigger ("protested for the release of two women who were arrested
 * last week") belongs to the relative clause's verb.</li>
 * <li>"since X" and a start date of an ongoing action ("continued the strike that began on January 16") give the
 * interval from X to the publication day.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EventDating {
    private EventDating() {
    }

    private static final Pattern LAW_BEFORE = Pattern.compile(
            "(?:\\b(?:Act|Bill|Ordinance|Code|Rules|Regulations?|Amendment|Law|Constitution)\\s*,?\\s*(?:of\\s+)?"
                    + "|\\b[Nn]o\\.?\\s*\\d+\\s+of\\s+)$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:the|an?|its|their|his|her|this|that|whose|alleged|[\\p{L}]+['\u2019]s)\\s+$");
    /** "in the 2013 elections": a temporal phrase of the clause, not a modifier (when it opens a clause). */
    private static final Pattern TEMPORAL_PP = Pattern.compile("(?i)(?<![\\p{L}])(?:in|during|on|at|throughout)\\s+the\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^[\\s\u2010\u2011-]*([\\p{L}][\\p{L}'\u2019-]*)");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "to", "of", "in", "on", "at", "when", "where",
            "after", "before", "as", "by", "for", "with", "from", "until", "till", "which", "that", "who", "while",
            "during", "is", "was", "were", "has", "had", "have", "will", "would", "the", "a", "an", "this", "but", "since",
            "last", "next", "ago", "earlier", "later", "onwards", "onward", "itself", "alone", "morning", "afternoon",
            "evening", "night", "around", "about", "through", "against", "into", "over", "than", "so", "not", "also");
    /** "the run-up to 2014 general election", "aid to 1984 riot victims", "against March 11 bomb blast". */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:to|of|for|against|over|regarding|about|into)\\s+$");
    /** "the night of 3 March", "the end of 2015": a part of a date, not a modifier. */
    private static final Pattern PART_OF = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:night|morning|evening|afternoon|hours|day|dawn|midnight|week|weekend|month|year|end|beginning"
                    + "|start|middle|eve|part|half|quarter|months|weeks|days|years|summer|winter|spring|autumn|fall|course"
                    + "|anniversary|date|period|session|elections?)\\s+of\\s+$");
    /**
     * A grievance after the trigger: a word of protest and a noun of violence or arrest ("against the killing of",
     * "over the arrest of", "demanding justice for the murder of"). A date after it is the grievance's. ("after the
     * attack" is not one: what follows an attack often happens the same day.)
     */
    private static final Pattern GRIEVANCE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:against|over|condemning|protesting|demanding|denouncing|into|behind|responsible\\s+for|"
                    + "in\\s+connection\\s+with|accused\\s+of|suspected\\s+of|blamed\\s+for|retaliation\\s+for|revenge\\s+for|"
                    + "about|regarding|in\\s+protest\\s+(?:at|of|against))\\s+(?:[\\p{L}'\u2019-]+\\s+){0,5}?"
                    + "(?:killings?|murders?|deaths?|attacks?|arrests?|assaults?|rapes?|blasts?|bombings?|kidnappings?|"
                    + "abductions?|firing|shootings?|lathi[\\s-]?charges?|hanging|clash(?:es)?|violence|suicides?|"
                    + "incidents?|detentions?|encounters?|lynching|beating|torture|demolitions?|evictions?|disappearances?)"
                    + "(?![\\p{L}])");
    private static final Pattern PAREN_YEAR = Pattern.compile("[\\p{L}]\\s*\\($");
    private static final Pattern RELATIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:who|whose|which)(?![\\p{L}])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:()\\[\\]]|\\.\\s");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])since\\s+(?:the\\s+)?$");
    private static final Pattern STARTED_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:started|began|begun|beginning|starting|launched|commenced)(?![\\p{L}])[^.;]{0,40}$");
    private static final Pattern ONGOING = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:continu\\w*|ongoing|still|indefinite\\w*|have\\s+been|has\\s+been|for\\s+the\\s+\\w+\\s+"
                    + "(?:consecutive\\s+|straight\\s+)?day)(?![\\p{L}])");

    /** Whether {@code d} may date an event whose trigger starts at {@code trigChar} in the sentence {@code [sStart, sEnd)}. */
    public static boolean governs(String text, int sStart, int sEnd, ResolvedDate d, int trigChar) {
        int from = Math.max(sStart, d.start() - 40);
        String before = text.substring(Math.max(0, from), d.start());
        boolean yearOnly = d.value().length() == 4 && Character.isDigit(d.value().charAt(0));
        if (yearOnly && LAW_BEFORE.matcher(before).find()) {
            return false; // the name of a law
        }
        if (yearOnly && PAREN_YEAR.matcher(before).find() && d.end() < text.length() && text.charAt(d.end()) == ')') {
            return false; // "the Wagah attack (2014)"
        }
        boolean possessive = d.end() + 2 <= text.length() && (text.charAt(d.end()) == '\'' || text.charAt(d.end()) == '\u2019')
                && text.charAt(d.end() + 1) == 's' && (d.end() + 2 == text.length() || !Character.isLetter(text.charAt(d.end() + 2)));
        if (possessive && (trigChar < d.end() || trigChar >= nounPhraseEnd(text, d.end() + 2, Math.min(sEnd, d.end() + 62)))) {
            return false; // "last year's clashes"
        }
        boolean attributive = DETERMINER_BEFORE.matcher(before).find() && !sceneSetting(text, sStart, d.start())
                || PREPOSITION_BEFORE.matcher(before).find() && !PART_OF.matcher(before).find();
        if (attributive && !d.value().endsWith("_REF")) {
            java.util.regex.Matcher w = WORD_AFTER.matcher(text).region(d.end(), Math.min(text.length(), d.end() + 40));
            if (w.find() && !FUNCTION_WORDS.contains(w.group(1).toLowerCase(java.util.Locale.ROOT))) {
                // "the 2013 Nanga Parbat massacre": the date modifies a noun phrase; it dates the event when that
                // phrase holds the trigger
                int npEnd = nounPhraseEnd(text, d.end(), Math.min(sEnd, d.end() + 60));
                if (trigChar < d.end() || trigChar >= npEnd) {
                    return false;
                }
            }
        }
        if (trigChar < d.start() && trigChar >= sStart) {
            String between = text.substring(trigChar, d.start());
            java.util.regex.Matcher rel = RELATIVE.matcher(between);
            if (rel.find() && !CLAUSE_BREAK.matcher(between.substring(rel.start())).find()) {
                return false; // "... for two women who were arrested last week"
            }
            java.util.regex.Matcher g = GRIEVANCE.matcher(between);
            if (g.find() && !CLAUSE_BREAK.matcher(between.substring(g.start())).find()) {
                return false; // "protested against the killing of a student on Monday": the killing's date
            }
        }
        return true;
    }

    /** "In the 2013 elections, ...": a temporal phrase opening the sentence or a clause after a comma. */
    private static boolean sceneSetting(String text, int sStart, int dStart) {
        java.util.regex.Matcher m = TEMPORAL_PP.matcher(text).region(Math.max(sStart, dStart - 24), dStart);
        if (!m.find()) {
            return false;
        }
        String lead = text.substring(sStart, m.start()).strip();
        return lead.isEmpty() || lead.endsWith(",") || lead.endsWith("\u2014") || lead.endsWith("-");
    }

    /**
     * The end of the noun phrase that starts at {@code from}: capitalised words ("Nanga Parbat") and at most two
     * lower-case ones ("mine collapse"); it stops at a function word, punctuation or {@code limit}.
     */
    private static int nounPhraseEnd(String text, int from, int limit) {
        int i = from;
        int lower = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')') {
                return i;
            }
            if (Character.isLetter(c) && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
                int e = i;
                while (e < limit && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) {
                    e++;
                }
                if (FUNCTION_WORDS.contains(text.substring(i, e).toLowerCase(java.util.Locale.ROOT))) {
                    return i;
                }
                if (Character.isLowerCase(c) && ++lower > 2) {
                    return i;
                }
                i = e;
                continue;
            }
            i++;
        }
        return limit;
    }

    /**
     * The interval an event dated by {@code d} covers: from {@code d} to publication when {@code d} is where an action
     * still going on started ("protesting since Monday", "continued the strike which began on January 16"); else
     * {@code d}'s own interval. Null entries when {@code d} is unanchored.
     */
    public static LocalDate[] interval(String text, int sStart, int sEnd, ResolvedDate d, LocalDate published) {
        LocalDate[] own = {d.first(), d.last()};
        if (published == null || d.first() == null || d.first().isAfter(published) || !d.last().isBefore(published)) {
            return own;
        }
        String before = text.substring(Math.max(sStart, d.start() - 48), d.start());
        if (SINCE_BEFORE.matcher(before).find()) {
            return new LocalDate[] {d.first(), published};
        }
        if (STARTED_BEFORE.matcher(before).find() && ONGOING.matcher(text.substring(sStart, sEnd)).find()) {
            return new LocalDate[] {d.first(), published};
        }
        return own;
    }
}
