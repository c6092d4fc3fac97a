package org.sitrep.mentions.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.mentions.actors.NormTokens;
import org.sitrep.mentions.quantities.QuantityLexicon.Cls;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.QuantityMention;
import org.sitrep.model.QuantityMention.Role;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Stage;

/**
 * Finds counted quantities: digits ("18,000", "1.5 million"), number words ("twenty-one", "a dozen"), vague
 * quantities with ACLED values ("dozens" = 12), modifiers ("more than 700" gives low 700, "up to 30" high 30,
 * "between 10 and 15"), zero statements ("no one was killed"), the counted noun, and the role from the words
 * around it (KILLED, INJURED, INCIDENTS, PEOPLE, OTHER). Years, clock times, dates, ordinals and ages are not
 * quantities; money, percentages and measures are kept with role OTHER. Stateless and thread-safe.
 */
public final class QuantityRecognizer implements Stage {
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december");
    private static final Set<String> CURRENCY = Set.of("$", "€", "£", "¥", "₦", "₹", "us$", "usd", "rs", "eur", "gbp", "ksh",
            "n", "inr", "pkr", "sh", "lyd");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "reportedly",
            "allegedly", "also", "all", "both", "later", "subsequently", "then", "had", "have", "has", "got", "get", "reported",
            "confirmed", "feared", "believed", "found", "left");
    private static final Set<String> STOP = Set.of("in", "on", "at", "from", "to", "by", "with", "and", "or", "but", "were",
            "was", "are", "is", "had", "have", "has", "who", "that", "which", "when", "while", "after", "before", "during",
            "for", "as", "than", "into", "near", "since", "of", "said", "the", "a", "an");
    private static final Set<String> OF_DETERMINERS = Set.of("the", "those", "these", "its", "their");
    private static final Set<String> ZERO_FILLERS = Set.of("immediate", "reported", "reports", "report", "of", "known",
            "confirmed", "human", "other", "further", "serious", "word", "information", "on");
    private static final Set<String> ZERO_STARTS = Set.of("no", "nobody", "none", "without", "zero");
    private static final Set<String> PRONOUNS = Set.of("us", "them", "you", "whom", "which", "it", "these", "those", "we",
            "they", "him", "her");
    private static final Set<String> TIME_AFTER = Set.of("am", "pm", "gmt", "utc", "hrs", "hgmt", "local");
    private static final Set<String> NOT_ONE = Set.of("the", "this", "that", "any", "every", "each", "which", "no",
            "such", "only", "another");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "several",
            "dozens", "many", "at", "more", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "one", "scores", "hundreds", "nearly", "about", "around", "up", "over", "them", "him", "people");

    private final QuantityLexicon lex;

    public QuantityRecognizer(QuantityLexicon lex) {
        this.lex = lex;
    }

    public QuantityRecognizer() {
        this(QuantityLexicon.standard());
    }

    @Override
    public String name() {
        return "mentions.quantities";
    }

    @Override
    public String version() {
        return "1-" + lex.version();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public Document process(Document doc) {
        return doc.with(Layers.QUANTITIES, find(doc), name());
    }

    /** A parsed number: tokens {@code [start, end)}, values, and whether it came from vague words or digits. */
    private record Num(int start, int end, long best, long low, Long high, boolean vague, boolean digits, boolean other) {
    }

    private static final class Work {
        final String text;
        final NormTokens t;
        final int[] sentEnd;

        Work(Document doc) {
            text = doc.text();
            t = NormTokens.of(doc);
            sentEnd = new int[t.size()];
            List<Sentence> ss = doc.get(Layers.SENTENCES);
            int s = 0;
            for (int i = 0; i < t.size(); i++) {
                while (s < ss.size() && ss.get(s).end() <= t.start(i)) {
                    s++;
                }
                int end = s < ss.size() ? ss.get(s).end() : Integer.MAX_VALUE;
                sentEnd[i] = end;
            }
        }

        /** Index past the last token of the sentence of token i. */
        int sentenceLimit(int i) {
            int limit = i;
            while (limit < t.size() && t.start(limit) < sentEnd[i]) {
                limit++;
            }
            return limit;
        }
    }

    List<QuantityMention> find(Document doc) {
        Work w = new Work(doc);
        List<QuantityMention> out = new ArrayList<>();
        int i = 0;
        NormTokens t = w.t;
        while (i < t.size()) {
            int next = at(w, i, out);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /** Tries a quantity at token i; adds it to out and returns the token after it, or returns i. */
    private int at(Work w, int i, List<QuantityMention> out) {
        NormTokens t = w.t;
        String lo = t.lower(i);
        if (ZERO_STARTS.contains(lo)) {
            int z = zero(w, i, out);
            if (z > i) {
                return z;
            }
        }
        if (lo.equals("the") || lo.equals("both") || lo.equals("himself") || lo.equals("herself")) {
            int z = perpetrator(w, i, out);
            if (z > i) {
                return z;
            }
        }
        if (POSSESSIVE.contains(lo) || lo.equals("another")) {
            int z = single(w, i, out);
            if (z > i || !lo.equals("another")) {
                return z;
            }
        }
        QuantityLexicon.Mod m = lex.modifier(t, i);
        if (m == null && !isNumberStart(t, i) && !lo.equals("between") && !lo.equals("from")) {
            return i;
        }
        int j = i;
        Cls mod = null;
        boolean range = false;
        if (m != null) {
            mod = m.cls();
            j = m.end();
        } else if (lo.equals("between") || lo.equals("from")) {
            range = true;
            j = i + 1;
        }
        if (j >= t.size()) {
            return i;
        }
        Num num = parse(w, j);
        if (num == null) {
            return m == null && !range ? single(w, i, out) : i;
        }
        long best = num.best();
        long low = num.low();
        Long high = num.high();
        int end = num.end();
        if (range) {
            if (end + 1 < t.size() && (t.lower(end).equals("and") || t.lower(end).equals("to"))) {
                Num second = parse(w, end + 1);
                if (second == null || second.vague()) {
                    return i;
                }
                high = second.best();
                end = second.end();
                low = num.best();
                best = num.best();
            } else {
                return i; // "from 2014" etc.
            }
        } else if (end + 1 < t.size() && (t.lower(end).equals("-") || t.lower(end).equals("–") || t.lower(end).equals("to")
                || t.lower(end).equals("or")) && !num.vague()) {
            Num second = parse(w, end + 1);
            if (second != null && !second.vague() && second.best() > num.best() && !isDateLike(w, end + 1, second, true)) {
                high = second.best();
                end = second.end();
            }
        }
        // "700 or more", "700-plus", "700+"
        if (end + 1 < t.size() && t.lower(end).equals("or") && (t.lower(end + 1).equals("more")
                || t.lower(end + 1).equals("so"))) {
            if (t.lower(end + 1).equals("more")) {
                low = best;
                high = null;
            }
            end += 2;
        } else if (end < t.size() && (t.lower(end).equals("plus") || t.lower(end).equals("+"))) {
            low = best;
            high = null;
            end++;
        }
        if (mod == Cls.MOD_LOWER) {
            low = best;
            high = null;
        } else if (mod == Cls.MOD_UPPER) {
            high = best;
            low = -1;
        } else if (mod == Cls.MOD_APPROX && !num.vague() && high != null && high == best) {
            low = -1;
            high = null;
        }
        // filters: dates, times, years, ages
        if (!num.vague() && isDateLike(w, num.start(), num, false)) {
            return num.end();
        }
        // head noun
        int h = end;
        int headTok = -1;
        if (h < t.size() && t.lower(h).equals("of")) {
            h++;
            if (h < t.size() && OF_DETERMINERS.contains(t.lower(h))) {
                h++;
            }
        }
        int limit = Math.min(t.size(), h + 4);
        if (h < t.size() && PRONOUNS.contains(t.lower(h)) && !t.isUpperInitial(h)) {
            limit = h; // "one of us", "two of them": nothing counted by name
        }
        for (int k = h; k < limit; k++) {
            if (!t.isWord(k)) {
                break;
            }
            String lk = t.lower(k);
            Set<Cls> cls = lex.classes(lk);
            boolean known = cls.contains(Cls.PERSON) || cls.contains(Cls.DEATH) || cls.contains(Cls.INJURY)
                    || cls.contains(Cls.INCIDENT) || cls.contains(Cls.UNIT) || cls.contains(Cls.MONEY);
            if (known) {
                headTok = k;
                // "police officers", "car bombs": take the last of consecutive heads
                while (headTok + 1 < limit && t.isWord(headTok + 1) && isHead(t.lower(headTok + 1))) {
                    headTok++;
                }
                break;
            }
            if (STOP.contains(lk) && !t.isUpperInitial(k) || lex.is(lk, Cls.KILL_VERB) || lex.is(lk, Cls.INJURE_VERB)
                    || lex.is(lk, Cls.OTHER_VERB)) {
                break; // "IS militants" is not "is"
            }
            if (k == h && t.isUpperInitial(k) && k > 0 && !t.isWord(k - 1)) {
                break;
            }
            if (k > h || !lk.isEmpty()) {
                headTok = -2 - k; // unknown word: remember as a fallback head
            }
        }
        int fallback = headTok <= -2 ? -2 - headTok : -1;
        if (headTok < 0) {
            headTok = -1;
        }
        String head = headTok >= 0 ? t.lower(headTok) : null;
        if (head == null && fallback >= 0 && (!t.isUpperInitial(fallback) && t.lower(fallback).endsWith("s")
                || fallback == end && t.isUpperInitial(fallback) && demonym(t.lower(fallback)))) {
            head = t.lower(fallback);
            headTok = fallback;
        }
        Role role = role(w, i, num, end, headTok, m == null ? i : i);
        // money and percentages
        int before = i - 1;
        if (before >= 0 && CURRENCY.contains(t.lower(before)) || (end < t.size() && (t.lower(end).equals("%")
                || t.lower(end).equals("percent") || t.lower(end).equals("per")))) {
            role = Role.OTHER;
        }
        if (num.other()) {
            role = Role.OTHER;
        }
        // "60 were killed, including 15 soldiers and 20 others": parts of a count share its role
        if ((role == Role.PEOPLE || role == Role.OTHER && headTok >= 0 && lex.is(t.lower(headTok), Cls.PERSON))
                && !out.isEmpty()) {
            QuantityMention prev = out.get(out.size() - 1);
            if ((prev.role() == Role.KILLED || prev.role() == Role.INJURED) && prev.end() <= t.start(i)
                    && w.sentEnd[i] == w.sentEnd[Math.min(t.indexAt(prev.start()), t.size() - 1)]) {
                for (int q = i - 1; q >= Math.max(0, i - 4) && t.start(q) >= prev.end(); q--) {
                    String lq = t.lower(q);
                    if (lq.equals("including") || lq.equals("among") || lq.equals("incl") || lq.equals("whom")
                            || lq.equals("and") && q == i - 1 && sharedRole(w, prev, i)) {
                        role = prev.role();
                        break;
                    }
                }
                if (role == Role.PEOPLE && listedAfter(w, prev, i) && !verbAfter(w, Math.max(end, headTok + 1))) {
                    role = prev.role(); // "killing six soldiers and two civilians": one list, one role
                }
            }
        }
        // bare numbers with nothing counted: years, pronoun "one"
        boolean years = num.digits() && !num.vague() && best >= 1900 && best <= 2100 && isFourDigits(t.exact(num.start()))
                && mod == null && (headTok < 0 || role == Role.OTHER);
        if (years) {
            return num.end();
        }
        if (!num.digits() && role == Role.OTHER) {
            return num.end();
        }
        if (!num.digits() && !num.vague() && best == 1 && num.end() - num.start() == 1
                && (i > 0 && NOT_ONE.contains(t.lower(i - 1)) || headTok < 0 && role != Role.KILLED && role != Role.INJURED)) {
            return num.end();
        }
        if (num.vague() && headTok < 0 && role != Role.KILLED && role != Role.INJURED) {
            return num.end();
        }
        if (best > Integer.MAX_VALUE || (high != null && high > Integer.MAX_VALUE)) {
            return num.end();
        }
        int last = Math.max(end, headTok + 1) - 1;
        out.add(new QuantityMention(t.start(i), t.end(last), t.start(num.start()), (int) best,
                low < 0 ? null : (int) low, high == null ? null : (int) (long) high, head, role));
        return last + 1;
    }

    /** The previous count is directly followed by this one in a list: "six soldiers and two civilians", "two, an officer". */
    private static boolean listedAfter(Work w, QuantityMention prev, int i) {
        NormTokens t = w.t;
        int p = t.indexAt(prev.end());
        if (p < 0 || p >= i || i - p > 2) {
            return false;
        }
        for (int q = p; q < i; q++) {
            String lq = t.lower(q);
            if (!(lq.equals("and") || lq.equals(","))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a kill, injure or other verb follows within the clause (the count has a predicate of its own). */
    private boolean verbAfter(Work w, int from) {
        NormTokens t = w.t;
        if (from >= t.size()) {
            return false;
        }
        int limit = Math.min(w.sentenceLimit(from), from + 9);
        for (int k = from; k < limit; k++) {
            String lk = t.lower(k);
            if (lk.equals(";") || lk.equals(".") || lk.equals(":")) {
                return false;
            }
            if (lex.is(lk, Cls.KILL_VERB) || lex.is(lk, Cls.INJURE_VERB) || lex.is(lk, Cls.OTHER_VERB) || PASSIVE.contains(lk)
                    && !lk.equals("all") && !lk.equals("both") && !lk.equals("also")) {
                return true;
            }
        }
        return false;
    }

    /** "including 15 soldiers and 20 others": the previous count itself was a part ("including" before it). */
    private static boolean sharedRole(Work w, QuantityMention prev, int i) {
        NormTokens t = w.t;
        int p = t.indexAt(prev.start());
        for (int q = p - 1; q >= Math.max(0, p - 4); q--) {
            String lq = t.lower(q);
            if (lq.equals("including") || lq.equals("among") || lq.equals("incl") || lq.equals("whom")) {
                return true;
            }
        }
        return false;
    }

    /** "three Malians", "one French", "two Israelis": a nationality counted as people. */
    private static boolean demonym(String lower) {
        return lower.length() > 4 && (lower.endsWith("ans") || lower.endsWith("ian") || lower.endsWith("ese") || lower.endsWith("ish")
                || lower.endsWith("is") && !lower.endsWith("sis") || lower.endsWith("an") || lower.endsWith("ch") && lower.equals("french")
                || lower.endsWith("men") || lower.endsWith("ians"));
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("'") || s.equals("“") || s.equals("”") || s.equals("‘");
    }

    private static boolean isFourDigits(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean isHead(String lower) {
        Set<Cls> cls = lex.classes(lower);
        return (cls.contains(Cls.PERSON) || cls.contains(Cls.INCIDENT)) && !cls.contains(Cls.DEATH) && !cls.contains(Cls.INJURY)
                && !cls.contains(Cls.KILL_VERB);
    }

    private boolean isNumberStart(NormTokens t, int i) {
        String lo = t.lower(i);
        if (!lo.isEmpty() && Character.isDigit(lo.charAt(0))) {
            return true;
        }
        return lex.number(lo) != null || lex.vague(lo) != null || lo.equals("a") || lo.equals("an") || lo.equals("half")
                || lo.equals("tens") || lo.equals("hundreds");
    }

    /** Dates and clock times: "Dec. 19", "19 December", "10:30", "7/25/2017", "2017-07-25", "25-year-old". */
    private boolean isDateLike(Work w, int i, Num num, boolean secondOfRange) {
        NormTokens t = w.t;
        if (!num.digits()) {
            return false;
        }
        int p = i - 1;
        if (p >= 0 && t.lower(p).equals(".") && p - 1 >= 0) {
            p--;
        }
        if (p >= 0 && MONTHS.contains(t.lower(p))) {
            return true;
        }
        int e = num.end();
        if (e < t.size() && MONTHS.contains(t.lower(e)) && num.best() <= 31) {
            return true;
        }
        if (e + 1 < t.size() && (t.lower(e).equals(":") || t.lower(e).equals("/")) && Character.isDigit(t.lower(e + 1).charAt(0))) {
            return true;
        }
        if (i >= 2 && (t.lower(i - 1).equals(":") || t.lower(i - 1).equals("/")) && Character.isDigit(t.lower(i - 2).charAt(0))) {
            return true;
        }
        if (!secondOfRange && i >= 2 && (t.lower(i - 1).equals("-") || t.lower(i - 1).equals("/")) && !t.lower(i - 2).isEmpty()
                && Character.isDigit(t.lower(i - 2).charAt(0))) {
            return true;
        }
        if (e < t.size() && TIME_AFTER.contains(t.lower(e)) && !(t.lower(e).equals("local")
                && !(e + 1 < t.size() && t.lower(e + 1).equals("time")))) { // "10 local time", not "4 local policemen"
            return true;
        }
        // ages after a name: "Rajesh Kumar, 25, was", "Mary Smith (27)", "John Smith 39, of Leeds"
        if (i >= 2 && e < t.size() && num.best() < 120 && e == i + 1 && t.isUpperInitial(i - 2) && (t.lower(i - 1).equals(",")
                && t.lower(e).equals(",") || t.lower(i - 1).equals("(") && t.lower(e).equals(")"))
                || i >= 1 && e < t.size() && num.best() < 100 && e == i + 1 && t.isUpperInitial(i - 1) && t.isWord(i - 1)
                && t.lower(e).equals(",") && !MONTHS.contains(t.lower(i - 1))) {
            return true;
        }
        // "two girls aged 6 and 4": the second age
        if (i >= 3 && (t.lower(i - 1).equals("and") || t.lower(i - 1).equals(",")) && t.lower(i - 3).equals("aged")) {
            return true;
        }
        // ages: "25-year-old", "aged 25"
        if (e + 1 < t.size() && t.lower(e).equals("-") && (t.lower(e + 1).startsWith("year") || t.lower(e + 1).startsWith("month"))) {
            return true;
        }
        if (i >= 1 && (t.lower(i - 1).equals("aged") || t.lower(i - 1).equals("age") || t.lower(i - 1).equals("no")
                || t.lower(i - 1).equals("number") || t.lower(i - 1).equals("route") || t.lower(i - 1).equals("highway"))) {
            return true;
        }
        return false;
    }

    /** Parses a number at token j. */
    private Num parse(Work w, int j) {
        NormTokens t = w.t;
        if (j >= t.size()) {
            return null;
        }
        String lo = t.lower(j);
        // vague phrases, longest first: "hundreds of thousands", "a few"
        for (int len = 3; len >= 1; len--) {
            if (j + len > t.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(t.lower(j));
            for (int k = 1; k < len; k++) {
                sb.append(' ').append(t.lower(j + k));
            }
            QuantityLexicon.Vague v = lex.vague(sb.toString());
            if (v != null) {
                int end = j + len;
                QuantityLexicon.NumberWord scale = end < t.size() ? lex.number(t.lower(end)) : null;
                if (scale != null && (scale.kind().equals("scale") || scale.kind().equals("group")) && v.best() < 12) {
                    long f = scale.value();
                    return new Num(j, end + 1, v.best() * f, v.low() * f, v.high() == null ? null : v.high() * f, true, false,
                            false);
                }
                return new Num(j, end, v.best(), v.low(), v.high() == null ? null : (long) v.high(), true, false, false);
            }
        }
        if (!lo.isEmpty() && Character.isDigit(lo.charAt(0))) {
            return digits(w, j);
        }
        // "a dozen", "a hundred", "a couple of", "half a dozen"
        if ((lo.equals("a") || lo.equals("an")) && j + 1 < t.size()) {
            QuantityLexicon.NumberWord nw = lex.number(t.lower(j + 1));
            if (nw != null && (nw.kind().equals("scale") || nw.kind().equals("group") || nw.kind().equals("pair"))) {
                if (nw.kind().equals("pair") && !(j + 2 < t.size() && t.lower(j + 2).equals("of"))) {
                    return null;
                }
                if (nw.kind().equals("group") && nw.value() == 20 && !(j + 2 < t.size() && t.lower(j + 2).equals("of"))) {
                    return null;
                }
                Num rest = words(w, j + 2, nw.value());
                return rest;
            }
            return null;
        }
        if (lo.equals("half") && j + 2 < t.size() && t.lower(j + 1).equals("a") && "dozen".equals(t.lower(j + 2))) {
            return new Num(j, j + 3, 6, 6, 6L, false, false, false);
        }
        QuantityLexicon.NumberWord nw = lex.number(lo);
        if (nw == null || nw.kind().equals("scale") || nw.kind().equals("group") || nw.kind().equals("pair")) {
            return null;
        }
        Num n = words(w, j, 0);
        return n == null ? null : new Num(j, n.end(), n.best(), n.low(), n.high(), false, false, false);
    }

    /** Number words from token j; {@code start} is a value already read ("a hundred" gives 100). */
    private Num words(Work w, int j, long start) {
        NormTokens t = w.t;
        long total = 0;
        long cur = start;
        boolean any = start > 0;
        int k = j;
        int begin = start > 0 ? j - 2 : j;
        String lastKind = start > 0 ? "scale" : null;
        while (k < t.size()) {
            String lo = t.lower(k);
            QuantityLexicon.NumberWord nw = lex.number(lo);
            if (nw != null && (nw.kind().equals("unit") || nw.kind().equals("teen") || nw.kind().equals("tens"))) {
                if (any && lastKind != null && !lastKind.equals("scale") && !(lastKind.equals("tens") && nw.kind().equals("unit"))) {
                    break; // "two three" is not a number
                }
                cur += nw.value();
                any = true;
                lastKind = nw.kind();
            } else if (nw != null && nw.kind().equals("scale") && any) {
                if (nw.value() == 100) {
                    cur = (cur == 0 ? 1 : cur) * 100;
                } else {
                    total += (cur == 0 ? 1 : cur) * nw.value();
                    cur = 0;
                }
                lastKind = "scale";
            } else if (nw != null && nw.kind().equals("group") && any) {
                cur = (cur == 0 ? 1 : cur) * nw.value();
                lastKind = "scale";
            } else if (lo.equals("and") && any && "scale".equals(lastKind) && k + 1 < t.size() && lex.number(t.lower(k + 1)) != null
                    && !lex.number(t.lower(k + 1)).kind().equals("scale")) {
                lastKind = "and";
                lastKind = "scale";
            } else if (nw != null && nw.kind().equals("pair") && any) {
                break;
            } else {
                break;
            }
            k++;
        }
        if (!any) {
            return null;
        }
        if (start > 0 && k < t.size() && t.lower(k).equals("of") && k == j) {
            // "a couple of", "a score of": keep "of" for the head
        }
        long v = total + cur;
        return new Num(begin, k, v, v, v, false, false, false);
    }

    private Num digits(Work w, int j) {
        NormTokens t = w.t;
        String x = t.exact(j);
        int p = 0;
        while (p < x.length() && (Character.isDigit(x.charAt(p)) || x.charAt(p) == ',' || x.charAt(p) == '.')) {
            p++;
        }
        String suffix = x.substring(p).toLowerCase(java.util.Locale.ROOT);
        String digits = x.substring(0, p).replace(",", "");
        if (digits.isEmpty() || digits.endsWith(".")) {
            return null;
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.') {
            return null; // "07-24-2017", "0800": dates, times and codes, not counts
        }
        boolean other = false;
        if (!suffix.isEmpty()) {
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th") || suffix.equals("s")) {
                return null; // ordinals and decades
            }
            if (TIME_AFTER.contains(suffix) || suffix.equals("h")) {
                return null;
            }
            other = true; // 5km, 10kg
        }
        double v;
        try {
            v = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        int end = j + 1;
        if (!other && end < t.size()) {
            QuantityLexicon.NumberWord nw = lex.number(t.lower(end));
            if (nw != null && (nw.kind().equals("scale") || nw.kind().equals("group"))) {
                v *= nw.value();
                end++;
            }
        }
        if (v > 9.0e15) {
            return null;
        }
        long n = Math.round(v);
        if (digits.contains(".") && end == j + 1) {
            other = true; // 1.5 without a scale word is a measure, not a count
        }
        return new Num(j, end, n, n, n, false, true, other);
    }

    /**
     * "a civilian was killed", "killing a woman", "a young farmer was beaten to death": one person, kept only when
     * the words around say the person was killed or injured.
     */
    private int single(Work w, int i, List<QuantityMention> out) {
        NormTokens t = w.t;
        String lo = t.lower(i);
        boolean possessive = POSSESSIVE.contains(lo);
        boolean verbBefore = i > 0 && (lex.is(t.lower(i - 1), Cls.INJURE_VERB) || lex.is(t.lower(i - 1), Cls.KILL_VERB))
                && (i + 1 >= t.size() || !t.isWord(i + 1) || STOP.contains(t.lower(i + 1)));
        if (lo.equals("another") && i + 1 < t.size() && (ANOTHER_VERB.contains(t.lower(i + 1)) || verbBefore)) {
            Num one = new Num(i, i + 1, 1, 1, 1L, false, false, false);
            Role r = role(w, i, one, i + 1, -1, i);
            if (r == Role.KILLED || r == Role.INJURED) {
                out.add(new QuantityMention(t.start(i), t.end(i), t.start(i), 1, 1, 1, null, r)); // "another was wounded"
                return i + 1;
            }
            return i;
        }
        if (!lo.equals("a") && !lo.equals("an") && !possessive) {
            return i;
        }
        int k = i + 1;
        int limit = Math.min(w.sentenceLimit(i), i + 4);
        while (k < limit && !lex.is(t.lower(k), Cls.PERSON) && t.isWord(k) && !STOP.contains(t.lower(k))
                && !(isNumberStart(t, k) && !(k + 1 < t.size() && (t.lower(k + 1).equals("-")
                        || t.lower(k + 1).startsWith("year") || t.lower(k + 1).startsWith("month"))))
                && !lex.is(t.lower(k), Cls.KILL_VERB) && !lex.is(t.lower(k), Cls.INJURE_VERB)
                && (k == i + 1 || !t.isUpperInitial(k) || t.isUpperInitial(k - 1))) {
            k++; // adjectives and names: "a young farmer", "an Afghan police officer"
        }
        if (k >= t.size() || !lex.is(t.lower(k), Cls.PERSON)) {
            return i;
        }
        while (k + 1 < t.size() && t.isWord(k + 1) && isHead(t.lower(k + 1))) {
            k++; // "a police officer"
        }
        if (k + 1 < t.size() && t.isWord(k + 1) && !t.isUpperInitial(k + 1) && lex.classes(t.lower(k + 1)).isEmpty()
                && !STOP.contains(t.lower(k + 1)) && !PASSIVE.contains(t.lower(k + 1)) && !t.lower(k + 1).endsWith("ed")
                && !t.lower(k + 1).endsWith("ing") && !t.lower(k + 1).endsWith("ly")) {
            return i; // "a police van", "a security post": the person word modifies a thing
        }
        if (possessive && (t.lower(k).endsWith("s") && !t.lower(k).endsWith("ss") || !KIN.contains(t.lower(k)))) {
            return i; // "his wife", "her infant son": one relative; "their homes" is not a count
        }
        Num one = new Num(i, i + 1, 1, 1, 1L, false, false, false);
        Role role = role(w, i, one, i + 1, k, i);
        if (role == Role.PEOPLE && !out.isEmpty()) {
            QuantityMention prev = out.get(out.size() - 1);
            if ((prev.role() == Role.KILLED || prev.role() == Role.INJURED) && listedAfter(w, prev, i)
                    && !verbAfter(w, k + 1)) {
                role = prev.role(); // "killing two soldiers, a police officer and ten children"
            }
        }
        if (role != Role.KILLED && role != Role.INJURED) {
            return i;
        }
        out.add(new QuantityMention(t.start(i), t.end(k), t.start(i), 1, 1, 1, t.lower(k), role));
        return k + 1;
    }

    private static final Set<String> ANOTHER_VERB = Set.of("was", "is", "has", "had", "died", "later", "seriously",
            "critically", "badly", "lightly", "slightly", "moderately", "gravely", "severely");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their");
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "brother", "sister", "father",
            "mother", "child", "baby", "infant", "nephew", "niece", "cousin", "uncle", "aunt", "bodyguard", "driver",
            "grandson", "granddaughter", "grandfather", "grandmother", "fiancee", "fiance", "companion", "colleague", "guard");
    private static final Set<String> PERPETRATOR_ONE = Set.of("assailant", "attacker", "gunman", "shooter", "perpetrator",
            "hijacker");
    private static final Set<String> PERPETRATOR_MANY = Set.of("assailants", "attackers", "gunmen", "shooters", "perpetrators",
            "hijackers");
    private static final Set<String> SUBJECT_BEFORE = Set.of("and", "but", "while", "when", "after", "before", "as", "then",
            "until", "where", "whereas", "however", "later", "eventually", "finally", "ultimately");
    private static final Set<String> SELF_KILL = Set.of("killed", "killing", "kills", "kill", "shot", "shooting", "shoots");

    /**
     * A named attacker's own death, counted apart from the victims: "the assailant was shot and killed" (1), "both
     * gunmen were killed" (2), "then killed himself" (1). Head is the attacker noun or "himself"; role KILLED only.
     */
    private int perpetrator(Work w, int i, List<QuantityMention> out) {
        NormTokens t = w.t;
        String lo = t.lower(i);
        if (lo.equals("himself") || lo.equals("herself")) {
            if (i > 0 && SELF_KILL.contains(t.lower(i - 1))) {
                out.add(new QuantityMention(t.start(i), t.end(i), t.start(i), 1, 1, 1, lo, Role.KILLED));
                return i + 1;
            }
            return i;
        }
        int k = i + 1;
        if (k < t.size() && (t.lower(k).equals("lone") || t.lower(k).equals("suspected") || t.lower(k).equals("alleged")
                || t.lower(k).equals("two"))) {
            k++;
        }
        if (k >= t.size()) {
            return i;
        }
        String noun = t.lower(k);
        int n;
        if (lo.equals("the") && PERPETRATOR_ONE.contains(noun) && !t.lower(k - 1).equals("two")) {
            n = 1;
        } else if (PERPETRATOR_MANY.contains(noun) && (lo.equals("both") || t.lower(k - 1).equals("two"))) {
            n = 2;
        } else if (lo.equals("the")) {
            return definiteVictim(w, i, out);
        } else {
            return i;
        }
        Num num = new Num(i, i + 1, n, n, (long) n, false, false, false);
        boolean subject = i == 0 || !t.isWord(i - 1) || SUBJECT_BEFORE.contains(t.lower(i - 1));
        Role r = subject ? role(w, i, num, k + 1, k, i) : Role.OTHER;
        if (r != Role.KILLED && r != Role.INJURED) {
            return i; // "killed the gunman" is counted by the killing it belongs to
        }
        out.add(new QuantityMention(t.start(i), t.end(k), t.start(i), n, n, n, noun, r)); // "the assailant was also injured"
        return k + 1;
    }

    /** "The driver was injured in the attack", "the officer later died": one named victim in subject position. */
    private int definiteVictim(Work w, int i, List<QuantityMention> out) {
        NormTokens t = w.t;
        boolean subject = i == 0 || !t.isWord(i - 1) || SUBJECT_BEFORE.contains(t.lower(i - 1));
        if (!subject) {
            return i;
        }
        int k = i + 1;
        int limit = Math.min(w.sentenceLimit(i), i + 3);
        while (k < limit && t.isWord(k) && !lex.is(t.lower(k), Cls.PERSON) && !t.isUpperInitial(k) && !STOP.contains(t.lower(k))
                && !lex.is(t.lower(k), Cls.KILL_VERB) && !lex.is(t.lower(k), Cls.INJURE_VERB)) {
            k++; // "the young driver"
        }
        if (k >= t.size() || !lex.is(t.lower(k), Cls.PERSON)) {
            return i;
        }
        String noun = t.lower(k);
        if (noun.endsWith("s") && !noun.endsWith("ss") || noun.equals("police") || noun.equals("personnel") || noun.equals("staff")
                || noun.equals("crew") || noun.equals("family") || k + 1 < t.size() && t.isWord(k + 1)
                && lex.is(t.lower(k + 1), Cls.PERSON)) {
            return i; // plural or collective: not one person
        }
        int after = k + 1;
        if (after >= t.size() || !(t.lower(after).equals("was") || t.lower(after).equals("had") || t.lower(after).equals("died")
                || t.lower(after).equals("later") || t.lower(after).equals("also") || t.lower(after).equals("succumbed"))) {
            return i; // the verb must follow the noun directly: "the driver was wounded"
        }
        Num one = new Num(i, i + 1, 1, 1, 1L, false, false, false);
        Role r = role(w, i, one, after, k, i);
        if (r != Role.KILLED && r != Role.INJURED) {
            return i;
        }
        out.add(new QuantityMention(t.start(i), t.end(k), t.start(i), 1, 1, 1, noun, r));
        return k + 1;
    }

    /** "no casualties", "no one was killed", "nobody was hurt", "without casualties". */
    private int zero(Work w, int i, List<QuantityMention> out) {
        NormTokens t = w.t;
        int limit = Math.min(w.sentenceLimit(i), i + 7);
        String lo = t.lower(i);
        int k = i + 1;
        if (lo.equals("no") && k < t.size() && t.lower(k).equals("one")) {
            k++;
        } else if (lo.equals("no") || lo.equals("without") || lo.equals("zero")) {
            // "no (immediate) (reports of) casualties"
            for (; k < limit; k++) {
                String lk = t.lower(k);
                if (lex.is(lk, Cls.ZERO_HEAD)) {
                    Role r = lex.is(lk, Cls.INJURY) || lk.startsWith("injur") ? Role.INJURED : Role.KILLED;
                    out.add(new QuantityMention(t.start(i), t.end(k), t.start(i), 0, 0, 0, lk, r));
                    return k + 1;
                }
                if (!ZERO_FILLERS.contains(lk)) {
                    return i;
                }
            }
            return i;
        }
        // nobody / no one / none ... verb
        for (; k < limit; k++) {
            String lk = t.lower(k);
            if (lex.is(lk, Cls.KILL_VERB) && !lk.equals("lost") || lex.is(lk, Cls.INJURE_VERB)) {
                Role r = lex.is(lk, Cls.INJURE_VERB) ? Role.INJURED : Role.KILLED;
                out.add(new QuantityMention(t.start(i), t.end(k), t.start(i), 0, 0, 0, null, r));
                return k + 1;
            }
            if (!t.isWord(k) || lex.is(lk, Cls.OTHER_VERB)) {
                return i;
            }
        }
        return i;
    }

    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "this", "that", "his", "her", "their", "its",
            "recent", "latest", "alleged");
    private static final Set<String> CLAUSE_BREAK = Set.of("when", "after", "where", "while", "because", "before", "since",
            "until", "whereas");
    private static final Set<String> SKIP_BEFORE = Set.of("the", "other", "another", "additional", "further", "remaining",
            "an", "a", "all", "his", "her", "their");
    private static final Set<String> DEATH_OF = Set.of("death", "deaths", "killing", "killings", "murder", "murders",
            "massacre", "lives", "beheading", "beheadings", "execution", "executions", "throats");
    private static final Set<String> EXECUTION_OF = Set.of("beheading", "beheadings", "execution", "executions");
    private static final Set<String> CAUSE_WORDS = Set.of("after", "following", "for", "since", "over", "against",
            "retaliation", "revenge", "avenge", "condemning", "condemned", "protest", "protested", "protesting");

    /** "after the execution of", "in retaliation for the beheading of": what another event answers, not its own dead. */
    private static boolean causeBefore(Work w, int noun) {
        for (int q = noun - 1; q >= Math.max(0, noun - 4); q--) {
            if (CAUSE_WORDS.contains(w.t.lower(q))) {
                return true;
            }
        }
        return false;
    }

    /** "fatally shot two", "two were mortally wounded": the adverb makes a shooting or wounding a killing. */
    private static final Set<String> FATALLY = Set.of("fatally", "mortally");
    private static final Set<String> INJURY_OF = Set.of("injury", "injuries", "wounding", "injuring");
    private static final Set<String> VIOLENT_VERBS = Set.of("shot", "shoot", "shoots", "shooting", "gunned", "gun", "guns",
            "gunning", "hacked", "hack", "hacking", "stabbed", "stab", "beat", "beaten", "beating", "beats", "burnt", "burned",
            "burning", "burn", "burns", "chopped", "clubbed", "stoned", "lynched", "bludgeoned", "mowed", "hanged", "buried",
            "tortured", "to", "bury", "buries");
    private static final Set<String> INJURY_NOUNS = Set.of("injuries", "injury", "wounds", "wound", "burns", "burn");
    private static final Set<String> SUFFERED = Set.of("sustained", "suffered", "received", "sustaining", "suffering",
            "receiving");

    /** "shot dead", "gunned down", "beaten to death", "burnt alive": a violent verb and the particle that makes it a killing. */
    private static boolean killParticle(String verb, String particle) {
        switch (particle) {
            case "dead":
                return VIOLENT_VERBS.contains(verb) && !verb.equals("to");
            case "death":
                return verb.equals("to");
            case "down":
                return verb.equals("gunned") || verb.equals("gun") || verb.equals("guns") || verb.equals("gunning")
                        || verb.equals("mowed") || verb.equals("cut");
            case "alive":
                return verb.equals("burnt") || verb.equals("burned") || verb.equals("buried") || verb.equals("burning")
                        || verb.equals("burns") || verb.equals("burn") || verb.equals("bury") || verb.equals("buries");
            default:
                return false;
        }
    }

    private static boolean hospitalAfter(Work w, int from) {
        NormTokens t = w.t;
        for (int q = from; q < Math.min(t.size(), from + 4); q++) {
            if (t.lower(q).startsWith("hospital")) {
                return true;
            }
        }
        return false;
    }

    /** "sustained injuries", "suffered bullet wounds", "received burn injuries" at token k. */
    private static boolean sustainedInjuries(Work w, int k) {
        NormTokens t = w.t;
        if (!SUFFERED.contains(t.lower(k))) {
            return false;
        }
        for (int q = k + 1; q < Math.min(t.size(), k + 4); q++) {
            if (INJURY_NOUNS.contains(t.lower(q))) {
                return true;
            }
            if (!t.isWord(q)) {
                return false;
            }
        }
        return false;
    }

    /** The token closing a bracket opened at k, within its sentence and 30 tokens, or -1. */
    private static int closing(Work w, int k) {
        NormTokens t = w.t;
        String close = t.lower(k).equals("(") ? ")" : "]";
        int limit = Math.min(w.sentenceLimit(k), k + 30);
        for (int q = k + 1; q < limit; q++) {
            if (t.lower(q).equals(close)) {
                return q;
            }
        }
        return -1;
    }

    /** An injured person who then died: "died" or "succumbed" later in the sentence with no other count before it. */
    private boolean diedLater(Work w, int from) {
        NormTokens t = w.t;
        int limit = Math.min(w.sentenceLimit(Math.min(from, t.size() - 1)), from + 25);
        for (int k = from; k < limit; k++) {
            String lk = t.lower(k);
            if (lk.equals("died") || lk.equals("succumbed") || lk.equals("dies")) {
                return true;
            }
            if (lk.equals(";") || !lk.isEmpty() && Character.isDigit(lk.charAt(0)) || lex.number(lk) != null
                    || lex.vague(lk) != null || lk.equals("another") || lk.equals("others") || lk.equals("while")
                    || lk.equals("whereas") || lex.is(lk, Cls.KILL_VERB) || lex.is(lk, Cls.PERSON) && k > from + 1) {
                return false;
            }
        }
        return false;
    }

    /** The role of a quantity from its head and the words around it. */
    private Role role(Work w, int start, Num num, int end, int headTok, int modStart) {
        NormTokens t = w.t;
        Set<Cls> hc = headTok >= 0 ? lex.classes(t.lower(headTok)) : Set.of();
        if (hc.contains(Cls.INCIDENT)) {
            return Role.INCIDENTS;
        }
        if (hc.contains(Cls.UNIT) || hc.contains(Cls.MONEY)) {
            return Role.OTHER;
        }
        boolean gerundBefore = start > 0 && t.lower(start - 1).endsWith("ing"); // "killing 27 wounded another 96"
        if (headTok == end && !gerundBefore && hc.contains(Cls.INJURY) && !hc.contains(Cls.DEATH)) {
            return Role.INJURED; // "1 killed 3 injured"
        }
        if (headTok == end && !gerundBefore && hc.contains(Cls.DEATH) && !hc.contains(Cls.INJURY)) {
            return Role.KILLED; // "wounded 4, 2 dead"
        }
        if (start > 0 && t.lower(start - 1).equals("by")) {
            return hc.contains(Cls.PERSON) ? Role.PEOPLE : Role.OTHER; // "abducted by five gunmen": the agents
        }
        // a verb or a toll just before: "killing at least 12", "wounding two", "the death toll rose to 45"
        int p = start - 1;
        while (p >= 0 && isQuote(t.lower(p))) {
            p--; // killing "several"
        }
        for (int q = p; q >= Math.max(0, p - 2) && SKIP_BEFORE.contains(t.lower(q)) && q > 0; q--) {
            String lq = t.lower(q - 1);
            if (lex.is(lq, Cls.KILL_VERB) && !lq.equals("dead") && !lq.equals("lost")) {
                return Role.KILLED; // "killing another 5"
            }
            if (lex.is(lq, Cls.INJURE_VERB)) {
                return Role.INJURED; // "injuring the other 2", "wounding another two"
            }
        }
        if (p >= 0) {
            String lp = t.lower(p);
            if (lex.is(lp, Cls.KILL_VERB) && !lp.equals("dead") && !lp.equals("lost")) {
                return Role.KILLED;
            }
            if (p >= 1 && killParticle(t.lower(p - 1), lp)) {
                return Role.KILLED; // "shot dead two", "gunned down 3", "beat to death two", "burnt alive four"
            }
            if (p >= 1 && FATALLY.contains(t.lower(p - 1)) && (VIOLENT_VERBS.contains(lp) || lex.is(lp, Cls.INJURE_VERB))) {
                return Role.KILLED; // "fatally shot two guards"
            }
            int after = Math.max(end, headTok + 1);
            if (VIOLENT_VERBS.contains(lp) && after < t.size() && killParticle(lp, t.lower(after))) {
                return Role.KILLED; // "shot four villagers dead", "burned eight people alive"
            }
            if (lp.equals("of") && p >= 1) {
                String ln = t.lower(p - 1);
                if (DEATH_OF.contains(ln) && !(EXECUTION_OF.contains(ln) && causeBefore(w, p - 1))) {
                    return Role.KILLED; // "resulted in the death of 3 people"
                }
                if (INJURY_OF.contains(ln)) {
                    return Role.INJURED;
                }
            }
            if (lex.is(lp, Cls.INJURE_VERB)) {
                return Role.INJURED;
            }
            if (lp.equals("with") && p >= 2 && (t.lower(p - 1).equals("along") || t.lower(p - 1).equals("together"))) {
                for (int q = p - 2; q >= Math.max(0, p - 6); q--) {
                    String lq = t.lower(q);
                    if (lex.is(lq, Cls.KILL_VERB) && !lq.equals("lost")) {
                        return Role.KILLED; // "was killed along with three other officers"
                    }
                    if (lex.is(lq, Cls.INJURE_VERB)) {
                        return Role.INJURED;
                    }
                }
            }
            if (lex.is(lp, Cls.OTHER_VERB) && !lp.equals("attacked") && !lp.equals("said") && !lp.equals("told")) {
                return hc.contains(Cls.PERSON) ? Role.PEOPLE : Role.OTHER; // "arrested 12 elders": the object of another verb
            }
            if ((lp.equals("sending") || lp.equals("sent") || lp.equals("send")) && hospitalAfter(w, end)) {
                return Role.INJURED; // "sending 42 to hospital"
            }
            for (int q = p; q >= Math.max(0, start - 6); q--) {
                String lq = t.lower(q);
                if (lq.equals("toll")) {
                    boolean injured = q > 0 && (t.lower(q - 1).startsWith("injur") || t.lower(q - 1).startsWith("wound"));
                    return injured ? Role.INJURED : Role.KILLED;
                }
                if (!t.isWord(q) || lq.equals("and") || lq.equals("said")) {
                    break;
                }
            }
        }
        if (hc.contains(Cls.DEATH)) {
            return Role.KILLED;
        }
        if (hc.contains(Cls.INJURY)) {
            return Role.INJURED;
        }
        for (int k = end; k < headTok; k++) {
            String lk = t.lower(k);
            if (lk.equals("wounded") || lk.equals("injured")) {
                return Role.INJURED; // "seven other wounded people"
            }
            if (lk.equals("dead")) {
                return Role.KILLED;
            }
        }
        // the words after the counted noun: "were killed", "died", "wounded", "were arrested"
        int from = Math.max(end, headTok + 1);
        int limit = Math.min(w.sentenceLimit(Math.min(from, t.size() - 1)), from + 14);
        boolean inPart = false;
        for (int k = from; k < limit; k++) {
            String lk = t.lower(k);
            if (lk.equals(";") || lk.equals(":") || lk.equals(".") || k > from && CLAUSE_BREAK.contains(lk)) {
                break; // "five soldiers of the brigade stationed in the town were killed", not "... when gunmen killed"
            }
            if (inPart && (lk.equals("who") || lk.equals("whom") || lk.equals("that") || lk.equals("which"))) {
                break; // "four passengers, including a woman who died": the verb is the part's
            }
            if (lk.equals("including") && k > from && t.lower(k - 1).equals(",")) {
                int close = -1;
                for (int q = k + 1; q < Math.min(w.sentenceLimit(k), k + 20) && close < 0; q++) {
                    String lq = t.lower(q);
                    if (lq.equals(",")) {
                        close = q;
                    } else if (lex.is(lq, Cls.KILL_VERB) || lex.is(lq, Cls.INJURE_VERB) || lq.equals("were")
                            || lq.equals("are") || lq.equals("was")) {
                        break; // "two militants, including a commander were killed, ...": no closing comma
                    }
                }
                if (close < 0) {
                    inPart = true; // "six people, including a soldier were killed"
                    continue;
                }
                limit = Math.min(w.sentenceLimit(k), limit + (close - k) + 1);
                k = close; // "twelve people, including two officers, were killed"
                continue;
            }
            if (lk.equals("(") || lk.equals("[")) {
                int close = closing(w, k);
                if (close > k) {
                    limit = Math.min(w.sentenceLimit(k), limit + (close - k) + 1);
                    k = close; // "six militants and 18 soldiers (including an officer) were killed"
                    continue;
                }
            }
            if ((lk.equals("killing") || lk.equals("killings") || lk.equals("murder")) && (k + 1 < t.size()
                    && t.lower(k + 1).equals("of") || k > 0 && NOUN_DETERMINERS.contains(t.lower(k - 1)))) {
                continue; // "to discuss the killing of 30 villagers": a noun, not this count's verb
            }
            if (FATALLY.contains(lk) && k + 1 < limit && (VIOLENT_VERBS.contains(t.lower(k + 1)) && !t.lower(k + 1).equals("to")
                    || lex.is(t.lower(k + 1), Cls.INJURE_VERB))) {
                if (k > 0 && PASSIVE.contains(t.lower(k - 1))) {
                    return Role.KILLED; // "two policemen were fatally shot"
                }
                return hc.contains(Cls.PERSON) ? Role.PEOPLE : Role.OTHER; // "two gunmen fatally shot a guard"
            }
            boolean kill = lex.is(lk, Cls.KILL_VERB) || lk.equals("death") && k > 0 && t.lower(k - 1).equals("to")
                    || k > 0 && lk.equals("alive") && killParticle(t.lower(k - 1), lk);
            boolean injure = lex.is(lk, Cls.INJURE_VERB) || sustainedInjuries(w, k);
            if (lk.equals("lost")) {
                kill = k + 1 < t.size() && (t.lower(k + 1).equals("their") || t.lower(k + 1).equals("lives"));
                if (!kill) {
                    continue;
                }
            }
            if (kill || injure) {
                boolean particle = k > 0 && (lk.equals("dead") || lk.equals("death") || lk.equals("alive"))
                        && killParticle(t.lower(k - 1), lk);
                boolean intransitive = !particle && (lk.equals("died") || lk.equals("dead") || lk.equals("perished")
                        || lk.equals("lost") || lk.equals("death") || lk.equals("die") || lk.equals("dying")
                        || lk.equals("dies") || lk.equals("succumbed"));
                int verb = particle ? k - 1 : k;
                if (particle && lk.equals("death") && verb > 0) {
                    verb--; // "beat to death"
                }
                int nx = k + 1;
                if (nx < t.size() && killParticle(lk, t.lower(nx))) {
                    nx++; // "gunned down two"
                }
                boolean passive = verb > 0 && PASSIVE.contains(t.lower(verb - 1));
                boolean active = !intransitive && !passive && nx < t.size() && (DETERMINERS.contains(t.lower(nx))
                        || Character.isDigit(t.lower(nx).charAt(0)) || lex.number(t.lower(nx)) != null
                        || lex.is(t.lower(nx), Cls.PERSON));
                if (active) {
                    return hc.contains(Cls.PERSON) ? Role.PEOPLE : Role.OTHER;
                }
                if (!kill && diedLater(w, k + 1)) {
                    return Role.KILLED; // "a man who was injured in the blast died in hospital"
                }
                return kill ? Role.KILLED : Role.INJURED;
            }
            if (lex.is(lk, Cls.OTHER_VERB)) {
                // "were kidnapped and killed": a kill or injure verb joined by "and" still counts
                if (k + 2 < limit && (t.lower(k + 1).equals("and") || t.lower(k + 1).equals(","))
                        && (lex.is(t.lower(k + 2), Cls.KILL_VERB) || lex.is(t.lower(k + 2), Cls.INJURE_VERB))) {
                    continue;
                }
                if (k + 3 < limit && t.lower(k + 1).equals("and") && (killParticle(t.lower(k + 2), t.lower(k + 3))
                        || t.lower(k + 3).equals("to") && k + 4 < limit && t.lower(k + 4).equals("death"))) {
                    continue; // "were kidnapped and shot dead", "abducted and beaten to death"
                }
                break;
            }
        }
        if (hc.contains(Cls.PERSON) || headTok >= 0 && t.lower(headTok).equals("others")) {
            return Role.PEOPLE;
        }
        return Role.OTHER;
    }
}
