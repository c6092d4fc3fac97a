package org.sitrep.mentions.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateMention;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimexType;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Finds temporal expressions (TIMEX3 dates, times, durations, sets) with the rules of {@code dates/rules.tsv}.
 * The longest match wins; a mod word just before a date ("early", "the end of", "mid-") widens it and sets
 * {@code mod}; a clock time next to a day-level date merges with it. Mentions never cross a sentence.
 *
 * <p>Fields of the produced {@link DateMention}s (all values strings; the resolver reads them):
 * <ul>
 * <li>calendar parts as written: {@code year month day weekday season quarter half decade decade2 century
 * ycent yrest} (spelled years), {@code weekof} ("the week of March 6"), {@code holiday hdir};</li>
 * <li>times: {@code hour minute ampm clock part daypart};</li>
 * <li>relative: {@code rel unit} (offset in units from the anchor), {@code anaphoric=1} (anchor is the story's
 * last date, not the publication date), {@code mdir wdir sdir ydir yrel} (direction words of "last November",
 * "next Friday", "November of that year"), {@code ago relword yearago} ("two days ago", "the day before",
 * "the year-ago period"), {@code ref} (PRESENT_REF, PAST_REF, FUTURE_REF), {@code qlatest};</li>
 * <li>durations: {@code num unit window half} (and {@code num2 unit2 unit3} of alternative phrasings);</li>
 * <li>sets: {@code set setword setunit weekdays}; numeric dates: {@code numeric p q} (the resolver decides
 * day/month order per document);</li>
 * <li>ranges: {@code range=1} with {@code from.*}/{@code to.*} parts and {@code from.span}/{@code to.span}
 * ("start,end" offsets of the two ends); and {@code mod} (TIMEX3 mod).</li>
 * </ul>
 * Rules run only near tokens of their trigger classes, at token starts. Thread-safe after construction.
 */
public final class DateRecognizer implements Stage {
    private static final Pattern MOD_BEFORE_TAIL = Pattern.compile("[\\s\\u2010\\u2011-]*(?:(?i:of|on)\\s+)?$");

    private final DateLexicon lexicon;
    private final DateRules rules;
    private final Pattern modBefore;
    private final Pattern timeGlue = Pattern.compile("^(?:\\s*,?\\s*(?:(?i:on|at|of|in\\s+the)\\s+)?|\\s*(?:[A-Z]{2,4}T|GMT|UTC)\\s*,?\\s*(?:on\\s+)?)$");
    private final String version;
    /** Lower-case word (or hyphen-separated piece) to the trigger bits it sets. */
    private final Map<String, Integer> triggerWords;
    private static final int DIGIT = DateRules.triggerBit("digit");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "at", "in", "on", "to", "this", "that");

    public DateRecognizer() {
        this(DateLexicon.load());
    }

    public DateRecognizer(DateLexicon lexicon) {
        this(lexicon, DateRules.load(lexicon));
    }

    public DateRecognizer(DateLexicon lexicon, DateRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
        this.modBefore = Pattern.compile("(?<![\\p{L}])(?<mod>" + lexicon.alternation("mod") + ")" + MOD_BEFORE_TAIL.pattern());
        Map<String, Integer> tw = new java.util.HashMap<>();
        for (String kind : DateRules.TRIGGERS) {
            for (String w : lexicon.words(kind)) {
                for (String piece : w.split("[ .-]+")) {
                    if (!piece.isEmpty() && !STOP.contains(piece)) {
                        tw.merge(piece, DateRules.triggerBit(kind), (x, y) -> x | y);
                    }
                }
            }
        }
        for (String w : lexicon.words("unit")) {
            tw.merge(w + "s", DateRules.triggerBit("unit"), (x, y) -> x | y);
        }
        this.triggerWords = Map.copyOf(tw);
        this.version = "1-" + lexicon.file().sha256().substring(0, 8) + rules.file().sha256().substring(0, 8);
    }

    @Override
    public String name() {
        return "dates.recognize";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.DATE_MENTIONS);
    }

    @Override
    public Document process(Document doc) {
        return doc.with(Layers.DATE_MENTIONS, recognize(doc.text(), doc.get(Layers.TOKENS), doc.get(Layers.SENTENCES)), name());
    }

    private record Cand(int start, int end, DateRules.Rule rule, Map<String, String> fields) {
    }

    /** The date mentions of {@code text}, in document order, none crossing a sentence of {@code sentences}. */
    public List<DateMention> recognize(String text, List<Token> tokens, List<Sentence> sentences) {
        int n = tokens.size();
        int[] bits = new int[n];
        int any = 0;
        for (int i = 0; i < n; i++) {
            bits[i] = triggerBits(text, tokens.get(i));
            any |= bits[i];
        }
        if (any == 0) {
            return List.of();
        }
        List<Cand> cands = new ArrayList<>();
        int[] starts = startPositions(text, tokens);
        int[] tokenOfStart = new int[starts.length];
        for (int i = 0, k = 0; i < starts.length; i++) {
            while (k + 1 < n && tokens.get(k).end() <= starts[i]) {
                k++;
            }
            tokenOfStart[i] = k;
        }
        Map<Integer, int[]> triggerTokens = new java.util.HashMap<>();
        for (DateRules.Rule rule : rules.rules()) {
            if ((rule.triggers() & any) == 0) {
                continue;
            }
            int[] trig = triggerTokens.computeIfAbsent(rule.triggers(), mask -> tokensWith(bits, mask));
            Matcher m = null;
            // a match covers one of the rule's trigger tokens: try the rule at each token start (and after hyphens
            // inside tokens) from the rule's lead (in tokens) before a trigger token up to that token
            int si = 0;
            for (int i : trig) {
                int from = tokens.get(Math.max(0, i - rule.lead())).start();
                int to = tokens.get(i).end();
                while (si < starts.length && starts[si] < from) {
                    si++;
                }
                while (si < starts.length && starts[si] < to) {
                    if (!rule.canStartWith(text.charAt(starts[si]))) {
                        si++;
                        continue;
                    }
                    if (m == null) {
                        m = rule.pattern().matcher(text);
                        m.useTransparentBounds(true);
                        m.useAnchoringBounds(false);
                    }
                    int regionEnd = tokens.get(Math.min(n - 1, tokenOfStart[si] + MAX_TOKENS)).end();
                    m.region(starts[si], regionEnd);
                    if (m.lookingAt()) {
                        add(text, sentences, rule, m, cands);
                    }
                    si++;
                }
            }
        }
        return select(text, sentences, cands);
    }

    private static int[] tokensWith(int[] bits, int mask) {
        int k = 0;
        for (int b : bits) {
            if ((b & mask) != 0) {
                k++;
            }
        }
        int[] out = new int[k];
        k = 0;
        for (int i = 0; i < bits.length; i++) {
            if ((bits[i] & mask) != 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** Where a mention may start: token starts, and positions right after a hyphen inside a word ("mid-2015"). */
    private static int[] startPositions(String text, List<Token> tokens) {
        int[] out = new int[tokens.size() * 2];
        int k = 0;
        for (Token t : tokens) {
            if (k + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
            }
            out[k++] = t.start();
            if (t.kind() == Token.Kind.WORD) {
                for (int p = t.start() + 1; p < t.end() - 1; p++) {
                    char c = text.charAt(p);
                    if (c == '-' || c == '\u2010' || c == '\u2011') {
                        if (k + 1 > out.length) {
                            out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
                        }
                        out[k++] = p + 1;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** The longest mention a rule may match, in tokens. */
    private static final int MAX_TOKENS = 16;

    private int triggerBits(String text, Token t) {
        if (t.kind() == Token.Kind.NUMBER) {
            return DIGIT;
        }
        if (t.kind() != Token.Kind.WORD) {
            return text.charAt(t.start()) == '\'' || text.charAt(t.start()) == '\u2019' ? DIGIT : 0;
        }
        String w = text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
        Integer b = triggerWords.get(w);
        int bits = b == null ? 0 : b;
        if (w.indexOf('-') >= 0 || w.indexOf('.') >= 0 || w.indexOf('\'') >= 0) {
            for (String piece : w.split("[-.'\u2010\u2011]+")) {
                Integer pb = triggerWords.get(piece);
                if (pb != null) {
                    bits |= pb;
                }
                if (!piece.isEmpty() && Character.isDigit(piece.charAt(0))) {
                    bits |= DIGIT;
                }
            }
        }
        return bits;
    }

    private void add(String text, List<Sentence> sentences, DateRules.Rule rule, Matcher m, List<Cand> cands) {
        int s = rule.hasSpan() ? m.start("span") : m.start();
        int e = rule.hasSpan() ? m.end("span") : m.end();
        // trim trailing whitespace/punctuation that a pattern may have consumed
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e <= s || crossesSentence(sentences, s, e)) {
            return;
        }
        Map<String, String> f = rules.fields(rule, m);
        if (rule.hasEnds()) {
            f.put("from.span", m.start("a") + "," + m.end("a"));
            f.put("to.span", m.start("b") + "," + m.end("b"));
        }
        cands.add(new Cand(s, e, rule, f));
    }

    private List<DateMention> select(String text, List<Sentence> sentences, List<Cand> cands) {
        cands.sort(Comparator.comparingInt((Cand c) -> c.end - c.start).reversed().thenComparingInt(c -> c.rule.order()));
        List<Cand> chosen = new ArrayList<>();
        for (Cand c : cands) {
            boolean free = true;
            for (Cand o : chosen) {
                if (c.start < o.end && o.start < c.end) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Cand::start));
        List<DateMention> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            out.add(withMod(text, sentences, c, out.isEmpty() ? 0 : out.get(out.size() - 1).end()));
        }
        return mergeParenthesised(text, mergeTimes(text, out));
    }

    private static final Pattern PAREN_OPEN = Pattern.compile("\\s*[(\\[]\\s*");

    /**
     * Merges a relative day or clock time with the calendar date that follows it in parentheses ("yesterday (16/01)",
     * "last night (5 May)", "around 11am (22/01)"): the written date is what the relative one means, so the merged
     * mention takes its calendar fields and keeps the time of day.
     */
    private static List<DateMention> mergeParenthesised(String text, List<DateMention> in) {
        return mergePairs(in, (a, b) -> {
            Map<String, String> bf = b.fields();
            boolean calendarDay = b.type() == TimexType.DATE && !bf.containsKey("range") && !bf.containsKey("rel")
                    && (bf.containsKey("numeric") || bf.containsKey("month") && bf.containsKey("day"));
            boolean relative = a.fields().containsKey("rel") || a.fields().containsKey("weekday") || isClock(a)
                    || a.fields().containsKey("ago");
            if (!(calendarDay && relative && !a.fields().containsKey("range") && a.type() != TimexType.DURATION
                    && a.type() != TimexType.SET && a.end() <= b.start() && b.start() - a.end() <= 4
                    && PAREN_OPEN.matcher(text).region(a.end(), b.start()).matches())) {
                return null;
            }
            Map<String, String> f = new LinkedHashMap<>(bf);
            boolean time = false;
            for (Map.Entry<String, String> e : a.fields().entrySet()) {
                if (TIME_KEYS.contains(e.getKey()) && !f.containsKey(e.getKey())) {
                    f.put(e.getKey(), e.getValue());
                    time |= !e.getKey().equals("mod");
                }
            }
            return new DateMention(a.start(), b.end(), b.rule(), time ? TimexType.TIME : TimexType.DATE, f);
        });
    }

    /**
     * Walks adjacent pairs of mentions left to right: where {@code merge} gives a mention for a pair, it replaces both
     * and the walk goes on after the pair; otherwise the first is kept as it is.
     */
    private static List<DateMention> mergePairs(List<DateMention> in,
                                                java.util.function.BinaryOperator<DateMention> merge) {
        if (in.size() < 2) {
            return in;
        }
        List<DateMention> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            DateMention a = in.get(i);
            DateMention merged = i + 1 < in.size() ? merge.apply(a, in.get(i + 1)) : null;
            if (merged != null) {
                out.add(merged);
                i += 2;
            } else {
                out.add(a);
                i++;
            }
        }
        return out;
    }

    private static boolean crossesSentence(List<Sentence> sentences, int s, int e) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence x = sentences.get(mid);
            if (x.end() <= s) {
                lo = mid + 1;
            } else if (x.start() > s) {
                hi = mid - 1;
            } else {
                return e > x.end();
            }
        }
        return false;
    }

    /** Widens a date or time by a mod word right before it ("early", "the end of", "mid-", "about"). */
    private DateMention withMod(String text, List<Sentence> sentences, Cand c, int floor) {
        Map<String, String> f = new LinkedHashMap<>(c.fields);
        int start = c.start;
        boolean durationLike = c.rule.type() == TimexType.DURATION || f.containsKey("ago");
        if (c.rule.type() != TimexType.SET && !f.containsKey("range") && !f.containsKey("ref")) {
            int from = Math.max(floor, c.start - 24);
            Matcher m = modBefore.matcher(text).region(from, c.start);
            m.useTransparentBounds(true);
            if (m.find()) {
                String mod = lexicon.value("mod", m.group("mod"));
                boolean approxLike = mod != null && !mod.equals("START") && !mod.equals("MID") && !mod.equals("END");
                boolean ok = mod != null && (durationLike || !approxLike || mod.equals("APPROX"));
                // "late" and "early" before a number are counts ("late 20 minutes"): only before DATE/TIME/ago forms
                if (ok && !crossesSentence(sentences, m.start(), c.end)) {
                    if (!f.containsKey("mod")) {
                        f.put("mod", mod);
                    }
                    start = m.start();
                }
            }
        }
        if (f.containsKey("modword") && !f.containsKey("mod")) {
            String w = f.get("modword");
            f.put("mod", w.contains("end") ? "END" : w.contains("middle") ? "MID" : "START");
        }
        return new DateMention(start, c.end, c.rule.id(), c.rule.type(), f);
    }

    /** Merges a clock time with an adjacent day-level date ("10 p.m. Wednesday", "Friday at 3 p.m."). */
    private List<DateMention> mergeTimes(String text, List<DateMention> in) {
        return mergePairs(in, (a, b) -> {
            boolean aClock = isClock(a);
            boolean bClock = isClock(b);
            if (!((aClock && isDay(b) || bClock && isDay(a)) && timeGlue.matcher(text.substring(a.end(), b.start())).matches())) {
                return null;
            }
            Map<String, String> f = new LinkedHashMap<>(aClock ? b.fields() : a.fields());
            for (Map.Entry<String, String> e : (aClock ? a.fields() : b.fields()).entrySet()) {
                if (TIME_KEYS.contains(e.getKey()) && (!e.getKey().equals("mod") || !f.containsKey("mod"))) {
                    f.put(e.getKey(), e.getValue());
                }
            }
            return new DateMention(a.start(), b.end(), (aClock ? a : b).rule(), TimexType.TIME, f);
        });
    }

    private static final Set<String> TIME_KEYS = Set.of("hour", "minute", "ampm", "clock", "part", "part2", "earlyhours",
            "daypart", "mod");

    /** A time of day without a date of its own: "10 p.m.", "noon", "mid-afternoon". */
    private static boolean isClock(DateMention m) {
        Map<String, String> f = m.fields();
        if (m.type() != TimexType.TIME || f.containsKey("day") || f.containsKey("weekday")) {
            return false;
        }
        if (f.containsKey("hour") || f.containsKey("clock")) {
            return !f.containsKey("rel");
        }
        return (f.containsKey("part") || f.containsKey("part2") || f.containsKey("earlyhours")) && f.containsKey("anaphoric")
                && "0".equals(f.get("rel"));
    }

    private static boolean isDay(DateMention m) {
        Map<String, String> f = m.fields();
        return m.type() == TimexType.DATE && !f.containsKey("range") && (f.containsKey("day") || f.containsKey("weekday")
                || ("D".equals(f.get("unit")) && f.containsKey("rel") && !f.containsKey("ago")));
    }

    public DateLexicon lexicon() {
        return lexicon;
    }

    public DateRules rules() {
        return rules;
    }
}
