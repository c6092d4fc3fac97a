package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Count;
import org.sitrep.model.QuantityMention;

/**
 * Adds up the killed or injured counts attributed to one event.
 *
 * <p>Conventions (ACLED and GTD practice: every death the report ties to the event counts, attackers included):
 * <ul>
 * <li>counts listed together are summed: "two soldiers and three civilians were killed" = 5, "killing two soldiers, a
 * police officer and ten children" = 13; a part introduced by "including" or "among them" is not added again;</li>
 * <li>separate statements of the same toll are not summed: the largest list wins ("12 were killed ... the 12 victims");</li>
 * <li>a further group stated apart with "also" ("7 militants were also killed") is added to the list told before;</li>
 * <li>an attacker's own death stated apart ("the assailant was shot and killed", "then killed himself", "both gunmen
 * were killed") is added to the victims, unless it is already part of the list ("the assailant and one civilian were
 * killed") or of an "including" clause;</li>
 * <li>a coder's statement overrides the narrative: "Fatalities coded as 0 (X reported 1)", "unknown fatalities coded
 * as 10", "fatalities split between 2 events" (the toll divided, rounded down, unless the share is given: "(8)").</li>
 * </ul>
 * Stateless.
 */
final class Casualties {
    private Casualties() {
    }

    /** The tokens of a document as the casualty rules read them (lower-cased forms, offsets, auxiliaries). */
    interface Words {
        String text();

        /** Lower-cased form of token i. */
        String low(int i);

        /** Whether token i is a form of "be" or "get" used as an auxiliary. */
        boolean aux(int i);

        /** Start offset of token i. */
        int charStart(int i);

        /** End offset of the token before {@code tokExclusive}. */
        int charEnd(int tokExclusive);
    }

    /** Heads of counts that name the attackers' own dead (made by the quantity recogniser's perpetrator rule). */
    private static final Set<String> PERPETRATOR_HEADS = Set.of("assailant", "attacker", "gunman", "shooter", "perpetrator",
            "hijacker", "assailants", "attackers", "gunmen", "shooters", "perpetrators", "hijackers", "himself", "herself");

    private static final Pattern PART = Pattern.compile("(?i)\\S+(?:\\s+\\S+)?\\s+of\\s+(?:them|whom|those|the\\s+(?:dead|victims|killed|injured|wounded))\\b");
    private static final Pattern ALONG_WITH = Pattern.compile("(?:was|were|had been|has been)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:killed|shot dead|murdered|executed|beheaded|wounded|injured|hurt)\\s*,?\\s*(?:along|together)\\s+with");
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})*|\\d+)";
    /** "Fatalities coded as 0", "unknown fatalities coded as 10", "(coded as 7 fatalities total)". */
    private static final Pattern CODED = Pattern.compile("(?i)\\bfatali?t(?:y|i?es)\\b[^.;\\[\\]()]{0,40}?\\bcoded\\s+as\\s+" + NUM
            + "\\b|\\bcoded\\s+as\\s+" + NUM + "\\s+(?:total\\s+)?fatali?t(?:y|i?es)\\b"
            + "|(?:^|[.\\]]\\s+)" + NUM + "\\s+(?:fatalit(?:y|ies)|killed|deaths?|dead)(?:\\s+(?:in\\s+total|total|reported))?"
            + "(?:\\s*,?\\s*(?:and\\s+)?\\d+\\s+(?:injured|wounded|hurt))?\\s*(?:[.,;\\[]|$)");
    /** "split between 3 locations", "split across 2 events (8)", "[1 fatality split among 12 events]". */
    private static final Pattern SPLIT = Pattern.compile("(?i)\\b(?:split|spread|divided)\\s+(?:between|across|among|over)\\s+"
            + "(?:the\\s+)?(\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:events?|locations?)\\b(?:\\s*\\((\\d+)\\))?");
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    /** Sums counts listed together ("two soldiers and three civilians"); of separate statements the largest; plus attackers. */
    static Count total(String text, List<QuantityMention> qs) {
        if (qs.isEmpty()) {
            return null;
        }
        List<QuantityMention> sorted = new ArrayList<>(qs);
        sorted.sort(Comparator.comparingInt(QuantityMention::start));
        int best = -1;
        int low = 0;
        int high = 0;
        String text0 = null;
        int runBest = 0;
        int runLow = 0;
        int runHigh = 0;
        int runStart = -1;
        int bestRunStart = -1;
        int bestRunEnd = -1;
        QuantityMention prev = null;
        for (QuantityMention q : sorted) {
            int b = q.best() == null ? 0 : q.best();
            int l = q.low() == null ? b : q.low();
            int h = q.high() == null ? b : q.high();
            boolean joined = prev != null && joinedByAnd(text, prev, q);
            if (joined) {
                runBest += b;
                runLow += l;
                runHigh += h;
            } else {
                runBest = b;
                runLow = l;
                runHigh = h;
                runStart = q.start();
            }
            if (runBest > best && !((perpetrator(text, q) || alsoCounted(text, q) && prev != null) && !joined)) {
                best = runBest;
                low = runLow;
                high = runHigh;
                text0 = text.substring(runStart, q.end());
                bestRunStart = runStart;
                bestRunEnd = q.end();
            }
            prev = q;
        }
        // the attackers' own dead, stated apart from the victims' list
        int perps = 0;
        String perpText = null;
        for (QuantityMention q : sorted) {
            if ((perpetrator(text, q) || alsoCounted(text, q)) && !(q.start() >= bestRunStart && q.end() <= bestRunEnd)
                    && !partOf(text, q)) {
                perps += q.best() == null ? 0 : q.best();
                perpText = perpText == null ? text.substring(q.start(), q.end()) : perpText;
            }
        }
        if (best < 0) {
            best = 0;
            text0 = perpText;
        } else if (perps > 0) {
            text0 = text0 + " + " + perpText;
        }
        if (perps > 0) {
            best += perps;
            low += perps;
            high += perps;
        }
        return new Count(best, Math.min(low, best), Math.max(high, best), text0);
    }

    static boolean perpetrator(String text, QuantityMention q) {
        if (q.head() == null || !PERPETRATOR_HEADS.contains(q.head())) {
            return false;
        }
        String w = text.substring(q.numberStart(), Math.min(text.length(), q.numberStart() + 7)).toLowerCase(Locale.ROOT);
        return w.startsWith("the ") || w.startsWith("both ") || w.startsWith("himself") || w.startsWith("herself");
    }

    private static final Pattern ALSO = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:were|was)\\s+also\\s+(?!among\\b)");

    private static final String KILLED_PHRASE = "(?:killed|murdered|slain|beheaded|executed|assassinated|lynched|slew|shot\\s+dead"
            + "|gunned\\s+down|(?:hacked|beaten|beat|stabbed|shot|burnt|burned|bludgeoned|chopped|clubbed|stoned)\\s+to\\s+death"
            + "|beaten\\s+dead|burnt\\s+alive|burned\\s+alive|(?:attacked|shot|stabbed)\\s+and\\s+killed)";
    /** "X was shot dead", "he was hacked to death": one person killed (singular "was"), where no count was found. */
    private static final Pattern ONE_PASSIVE = Pattern.compile("(?i)\\b(?:was|has\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?"
            + KILLED_PHRASE + "\\b");
    /** "was kidnapped and killed", "is shot dead", "was found murdered", "he died the next day": one death, no count. */
    private static final Pattern ONE_MORE = Pattern.compile("(?i)\\b(?:(?:was|is|has\\s+been|had\\s+been)\\s+(?:also\\s+|later\\s+)?"
            + "(?:(?:kidnapped|abducted|captured|seized|tortured|beaten|attacked|robbed|raped|stabbed|shot|ambushed)\\s+and\\s+"
            + "(?:then\\s+|later\\s+)?(?:killed|murdered|executed|beheaded|shot\\s+dead)|found\\s+(?:dead|murdered|beheaded|"
            + "hanged|shot\\s+dead)|(?:\\w+ly\\s+)?" + KILLED_PHRASE + ")|(?:^\\s*|[.;]\\s*)(?:he|she|the\\s+(?:victim|man|woman|boy|girl))"
            + "\\s+(?:later\\s+|subsequently\\s+)?(?:died|succumbed)\\b|\\b(?:pronounced|declared)\\s+dead\\b)");
    private static final Pattern CAUSE_BEFORE = Pattern.compile("(?i)\\b(?:after|following|since|because|over|protest\\w*)\\b");
    /** "shot him dead", "killing her", "killed him on the spot". */
    private static final Pattern ONE_OBJECT = Pattern.compile("(?i)\\b(?:killed|killing|kills|murdered|murdering|shot|shooting"
            + "|stabbed|hacked|beat|beaten|beating|lynched|lynching)\\s+(?:him|her)\\s*(?:dead|to\\s+death|on\\s+the\\s+spot"
            + "|\\.|,|$)|\\b(?:killing|killed)\\s+(?:him|her)\\b");
    private static final Pattern BOTH = Pattern.compile("(?i)\\b(?:killing|killed)\\s+both(?:\\s+of\\s+them)?\\b");
    /** "He died in hospital on Sunday", "the victim later succumbed to his injuries". */
    private static final Pattern DIED_LATER = Pattern.compile("(?i)(?:^\\s*|[.;]\\s*|\\band\\s+)(?:he|she|the\\s+(?:victim|man|woman|boy|girl"
            + "|injured\\s+\\w+(?:\\s+\\w+)?|\\w+))\\s+(?:later\\s+|subsequently\\s+|also\\s+)?(?:died|succumbed)\\b");

    /** One person killed, told without a count ("X was shot dead", "shot him dead", "killing both" = 2), or null. */
    static Count oneKilled(String text, int from, int to) {
        String s = text.substring(from, to);
        Matcher b = BOTH.matcher(s);
        if (b.find()) {
            return Count.exact(2, b.group());
        }
        Matcher m = ONE_PASSIVE.matcher(s);
        if (m.find()) {
            return Count.exact(1, m.group());
        }
        m = ONE_OBJECT.matcher(s);
        if (m.find()) {
            return Count.exact(1, m.group().trim());
        }
        return null;
    }

    /**
     * One death told without a count in text[from, to) by a passive or intransitive phrase ("was shot dead", "was
     * kidnapped and killed", "was found murdered", "later pronounced dead", "He died the next day"), or null.
     */
    static Count onePassive(String text, int from, int to) {
        String s = text.substring(from, to);
        Matcher m = ONE_PASSIVE.matcher(s);
        if (!m.find()) {
            m = ONE_MORE.matcher(s);
            if (!m.find()) {
                return null;
            }
        }
        if (CAUSE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 50), m.start())).find()) {
            return null; // "inmates rioted after a prisoner was found dead": the cause of another event
        }
        return Count.exact(1, m.group().replaceFirst("^[.;]\\s*", "").trim());
    }

    /** The one injured victim of the event's sentence died later: "... He died in hospital on Sunday." */
    static Count injuredThenDied(String text, int from, int to) {
        if (to <= from) {
            return null;
        }
        Matcher m = DIED_LATER.matcher(text.substring(from, to));
        return m.find() ? Count.exact(1, m.group().replaceFirst("^[.;]\\s*", "").trim()) : null;
    }

    /** "Local officials said 7 militants were also killed": a further group, added to the list told before. */
    private static boolean alsoCounted(String text, QuantityMention q) {
        return ALSO.matcher(text).region(q.end(), text.length()).lookingAt();
    }

    /** "Four people, including three officers and the assailant, were killed": the attacker is already counted. */
    private static boolean partOf(String text, QuantityMention q) {
        int k = Math.max(0, q.start() - 60);
        String before = text.substring(k, q.start()).toLowerCase(Locale.ROOT);
        int stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
        before = before.substring(stop + 1);
        return before.contains("including") || before.contains("among") || before.contains("in addition to");
    }

    static boolean joinedByAnd(String text, QuantityMention a, QuantityMention b) {
        if (b.start() < a.end()) {
            return false;
        }
        String between = text.substring(a.end(), b.numberStart()).trim().toLowerCase(Locale.ROOT);
        if (ALONG_WITH.matcher(between).matches()) {
            return true; // "a judge was shot dead along with three other officials" = 4
        }
        if (!(between.equals("and") || between.equals(", and") || between.equals(","))) {
            return false;
        }
        if (PART.matcher(text).region(b.numberStart(), text.length()).lookingAt()) {
            return false; // "41 people, 35 of them children": a part of the first count
        }
        // "including", "among them" introduce a part, not an addition
        int k = Math.max(0, a.numberStart() - 25);
        String before = text.substring(k, a.numberStart()).toLowerCase(Locale.ROOT);
        return !before.contains("including") && !before.contains("among");
    }

    /**
     * A coder's statement of the count in {@code text} ("Fatalities coded as 0 (VoJ reported 1)", "unknown fatalities
     * coded as 10 and split between 3 locations"), or null. {@code narrative} is the toll found in the text, used when
     * only a split is stated ("Fatalities split between two events").
     */
    static Count coded(String text, Count narrative) {
        Matcher m = CODED.matcher(text);
        Integer value = null;
        int after = 0;
        String words = null;
        if (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            value = parse(g);
            after = m.end();
            words = m.group().replaceFirst("^[.\\]]\\s+", "").trim();
        }
        Matcher s = SPLIT.matcher(text);
        if (s.find(value == null ? 0 : Math.max(0, m.start())) && (value != null || aboutFatalities(text, s.start()))) {
            if (s.group(2) != null) {
                Integer share = parse(s.group(2));
                return share == null ? null : Count.exact(share, s.group());
            }
            Integer parts = parse(s.group(1));
            Integer whole = value != null ? value : narrative == null ? null : narrative.best();
            if (parts != null && parts > 0 && whole != null && (value == null || s.start() - after < 40)) {
                return Count.exact(whole / parts, s.group());
            }
        }
        return value == null ? null : Count.exact(value, words);
    }

    /** "Fatalities split ...", "[1 fatality split ...": the split is of the dead, in the same sentence. */
    private static boolean aboutFatalities(String text, int at) {
        String before = text.substring(Math.max(0, at - 60), at).toLowerCase(Locale.ROOT);
        int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('['));
        return before.substring(Math.max(0, stop)).contains("fatalit");
    }

    /** Participles that, after "was", tell one victim's death ("a trader was killed"). */
    static final Set<String> KILL_PARTICIPLES = Set.of("killed", "murdered", "slain", "beheaded", "executed",
            "assassinated", "lynched", "gunned", "shot");


    /** "A policeman was killed", "an activist was shot dead", "gunmen killed a trader": one victim, where no count was found. */
    static Count singleVictim(Words c, int from, int to, Set<String> participles) {
        for (int i = from; i + 1 < to; i++) {
            String v = c.low(i);
            boolean kill = v.equals("killed") || v.equals("murdered") || v.equals("assassinated") || v.equals("beheaded")
                    || v.equals("executed") || v.equals("lynched");
            int next = i + 1;
            if ((v.equals("shot") || v.equals("gunned") || v.equals("stabbed") || v.equals("hacked")) && next < to
                    && (c.low(next).equals("dead") || c.low(next).equals("down"))) {
                kill = true;
                next++;
            }
            if (kill && next < to && (c.low(next).equals("a") || c.low(next).equals("an") || c.low(next).equals("one"))
                    && !(i > from && c.aux(i - 1)) && !(next + 1 < to && Victims.NUMBERISH.contains(c.low(next + 1)))) {
                boolean more = false;
                for (int j = next + 1; j < Math.min(to, next + 6); j++) {
                    if (c.low(j).equals("and") || Character.isDigit(c.low(j).charAt(0)) || c.low(j).equals(",")) {
                        more = c.low(j).equals("and") || Character.isDigit(c.low(j).charAt(0));
                        break;
                    }
                }
                if (!more) {
                    return Count.exact(1, c.text().substring(c.charStart(i), c.charEnd(Math.min(to, next + 2))));
                }
            }
        }
        for (int i = from; i + 2 < to; i++) {
            String w = c.low(i);
            if (!(w.equals("a") || w.equals("an") || w.equals("one"))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(to - 1, i + 8); j++) {
                String v = c.low(j);
                if (v.equals(",") || v.equals("and") || v.equals("were") || v.equals("are")) {
                    break;
                }
                if ((v.equals("was") || v.equals("is") || v.equals("has")) && j + 1 < to) {
                    int k = j + 1;
                    if (c.low(k).equals("been") || c.low(k).equals("reportedly") || c.low(k).equals("allegedly")
                            || c.low(k).equals("fatally") || c.low(k).equals("critically") || c.low(k).equals("seriously")) {
                        k++;
                    }
                    if (k < to && participles.contains(c.low(k))) {
                        boolean shot = c.low(k).equals("shot") || c.low(k).equals("gunned");
                        boolean dead = k + 1 < to && (c.low(k + 1).equals("dead") || c.low(k + 1).equals("down")
                                || c.low(k + 1).equals("and") && k + 2 < to && c.low(k + 2).equals("killed"));
                        if (!shot || dead) {
                            return Count.exact(1, c.text().substring(c.charStart(i), c.charEnd(k + 1)));
                        }
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static final Pattern INJURED_AFTER = Pattern.compile(
            "(?i)\\b(?:injur(?:ing|ed)|wound(?:ing|ed))\\s+(?:another|an additional|at least|more than|over|some|nearly|about)?"
            + "\\s*(\\d{1,3}(?:,\\d{3})*|\\d+)\\b(?!\\s*(?:km|kilomet|mile|year|hour|minute|%))");
    private static final Pattern INJURED_BEFORE = Pattern.compile(
            "(?i)\\b(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+(?:others?\\s+|more\\s+|people\\s+|persons\\s+)?(?:were\\s+|are\\s+)?"
            + "(?:injured|wounded|hurt)\\b");

    /** Where the quantity layer found no injured count: "injuring another 55", "and 3 injured" in text[from, to). */
    static Count injuredInSentence(String text, int from, int to) {
        String t = text.substring(from, to);
        Matcher m = INJURED_AFTER.matcher(t);
        if (!m.find()) {
            m = INJURED_BEFORE.matcher(t);
            if (!m.find()) {
                return null;
            }
        }
        try {
            int n = Integer.parseInt(m.group(1).replace(",", ""));
            return Count.exact(n, m.group());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Integer parse(String g) {
        for (int i = 0; i < SMALL.length; i++) {
            if (SMALL[i].equalsIgnoreCase(g)) {
                return i;
            }
        }
        try {
            return Integer.valueOf(g.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
