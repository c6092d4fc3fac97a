package org.sitrep.resolve.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.DateMention;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimexType;
import org.sitrep.pipeline.Stage;

/**
 * Anchors date mentions to intervals and TIMEX3 values.
 *
 * <ul>
 * <li>Deictic expressions ("yesterday", "last week", "on Tuesday", "two days ago", "this year") are anchored to
 * the publication date ({@code DocumentMeta.published}); a weekday goes to the closest such day on or before
 * it, or on or after it when the clause is in the future tense.</li>
 * <li>Anaphoric expressions ("that year", "the following month", "the same week", "two weeks later") are
 * anchored to the narrative's reference date: the last date mentioned before them.</li>
 * <li>A month (and day) without a year takes the year of the narrative when the text tells a story in an
 * earlier year ("In 2015 ... in November" → 2015-11); otherwise the publication year, moved one year back
 * when the clause is in the past tense and the date would fall after publication ("In December, the magazine
 * carried ..." in a July 2017 article → 2016-12), or forward when it is in the future tense.</li>
 * <li>A range carries its year to both ends ("Between Aug. 1 and Dec. 19, 2016" → 2016-08-01/2016-12-19);
 * its value is the ISO 8601 interval of the two ends' values; {@link #endpoints} splits it.</li>
 * <li>{@code mod} START/MID/END narrows the interval to its first, middle or last third.</li>
 * <li>Without a publication date only absolute dates (and anaphora to them) are anchored; the rest keep a
 * value with X's and null first/last.</li>
 * </ul>
 *
 * <p><b>Picking an event's date.</b> An event takes the anchored DATE/TIME of its own clause (the
 * {@link ResolvedDate} inside the event's sentence closest to the trigger, same clause preferred); failing that,
 * the closest governing one before it in the same paragraph; failing that {@link ReportingWindow#forDocument}.
 * Durations and sets never date an event; PAST_REF/FUTURE_REF are unanchored. Deterministic and thread-safe.
 */
public final class DateResolver implements Stage {
    /** How many sentences after an explicit year a bare month still belongs to that year's story. */
    private static final int NARRATIVE_WINDOW = 3;
    /** How far ahead of publication a month or day without year and without tense cue may lie. */
    private static final long FUTURE_HORIZON_DAYS = 100;
    /**
     * A day without year that a past-tense clause puts at most this many days after publication keeps the
     * publication year: a day a few weeks ahead is a near future ("the offer was extended to Nov. 16") or a dateline
     * one day off, far likelier than the same day eleven months back. (A whole month still moves back: "was built in
     * August" in a July report is last August.)
     */
    private static final long PAST_TENSE_SLACK_DAYS = 45;
    /** A preposition that introduces a point of a story right before a date ("In 2015", "at the end of 2016"). */
    private static final java.util.regex.Pattern POINT_INTRO =
            java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:in|during|at|on|throughout)\\s+$");

    @Override
    public String name() {
        return "dates.resolve";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE_MENTIONS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.DATES);
    }

    @Override
    public Document process(Document doc) {
        return doc.with(Layers.DATES, resolve(doc.text(), doc.get(Layers.SENTENCES), doc.get(Layers.DATE_MENTIONS),
                doc.meta().published()), name());
    }

    /** An anchored unit (or an unanchored value when {@code first} is null). */
    private record Res(String value, LocalDate first, LocalDate last, Gran gran, boolean explicitYear) {
        static Res unit(Gran g, LocalDate d, boolean explicit) {
            LocalDate f = g.floor(d);
            return new Res(g.value(f), f, g.last(f), g, explicit);
        }

        static Res unknown(String value, Gran g) {
            return new Res(value, null, null, g, false);
        }
    }

    /** Per-document resolution state: publication date, narrative reference, day/month order. */
    private static final class Ctx {
        final String text;
        final List<Sentence> sentences;
        final LocalDate dct;
        final boolean dayFirst;
        LocalDate refDay;
        LocalDate refLast;
        Gran refGran;
        Integer explicitYear;
        int explicitSentence = -1000;
        int refSentence = -1000;
        /** Whether the current mention is introduced as a point in a story ("in 2015", "at the end of 2016"). */
        boolean pointIntro;

        Ctx(String text, List<Sentence> sentences, LocalDate dct, boolean dayFirst) {
            this.text = text;
            this.sentences = sentences;
            this.dct = dct;
            this.dayFirst = dayFirst;
        }

        int sentenceIndex(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Sentence s = sentences.get(mid);
                if (s.end() <= offset) {
                    lo = mid + 1;
                } else if (s.start() > offset) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return Math.max(0, Math.min(lo, sentences.size() - 1));
        }
    }

    /**
     * Whether {@code doc} (after this stage) has no publication date and so left relative dates ("on Monday",
     * "last week", "In December") unanchored: the CLI warns with this and asks for {@code --published}.
     */
    public static boolean needsPublicationDate(Document doc) {
        if (doc.meta().published() != null || !doc.has(Layers.DATES)) {
            return false;
        }
        for (ResolvedDate r : doc.get(Layers.DATES)) {
            if ((r.type() == TimexType.DATE || r.type() == TimexType.TIME) && !r.isAnchored()
                    && !r.value().endsWith("_REF")) {
                return true;
            }
        }
        return false;
    }

    /** Resolves the mentions of one document in order. */
    public List<ResolvedDate> resolve(String text, List<Sentence> sentences, List<DateMention> mentions, LocalDate dct) {
        Ctx ctx = new Ctx(text, sentences, dct, dayFirst(mentions, dct));
        List<ResolvedDate> out = new ArrayList<>(mentions.size());
        int wordsOf = -1;
        Tense.Words words = null;
        for (DateMention m : mentions) {
            int si = sentences.isEmpty() ? 0 : ctx.sentenceIndex(m.start());
            Tense tense = Tense.NONE;
            if (!sentences.isEmpty()) {
                if (si != wordsOf) {
                    Sentence s = sentences.get(si);
                    words = Tense.Words.of(text, s.start(), s.end());
                    wordsOf = si;
                }
                tense = Tense.around(text, words, m.start(), m.end());
            }
            // a story's scene-setting date: "In 2015, ..." near the start of its sentence
            int sStart = sentences.isEmpty() ? 0 : sentences.get(si).start();
            ctx.pointIntro = m.start() - sStart <= 24
                    && POINT_INTRO.matcher(text).region(Math.max(sStart, m.start() - 16), m.start()).find();
            ResolvedDate r = resolveOne(m, ctx, tense, si);
            out.add(r);
        }
        return out;
    }

    private ResolvedDate resolveOne(DateMention m, Ctx ctx, Tense tense, int si) {
        Map<String, String> f = m.fields();
        String mod = f.get("mod");
        if (m.type() == TimexType.SET || f.containsKey("set") || f.containsKey("setword") || f.containsKey("setunit")) {
            return new ResolvedDate(m.start(), m.end(), m, setValue(f), TimexType.SET, mod, null, null, DatePrecision.UNKNOWN);
        }
        if (m.type() == TimexType.DURATION) {
            return duration(m, f, ctx);
        }
        if (f.containsKey("ref")) {
            String ref = f.get("ref");
            if (ref.equals("PRESENT_REF") && ctx.dct != null) {
                return new ResolvedDate(m.start(), m.end(), m, ref, TimexType.DATE, mod, ctx.dct, ctx.dct, DatePrecision.DAY);
            }
            return new ResolvedDate(m.start(), m.end(), m, ref, TimexType.DATE, mod, null, null, DatePrecision.UNKNOWN);
        }
        if (f.containsKey("range")) {
            return range(m, f, ctx, tense, si);
        }
        if (f.containsKey("holiday")) {
            return holiday(m, f, ctx, tense, si);
        }
        Res r = calendar(f, "", ctx, tense, si);
        String value = r.value;
        TimexType type = m.type();
        String time = timeSuffix(f);
        if (time != null) {
            if (r.gran != Gran.DAY) {
                // a bare clock time or part of day: on the publication day (news) when nothing else is given
                if (r.first == null && !hasDateFields(f) && ctx.dct != null) {
                    r = Res.unit(Gran.DAY, ctx.dct, false);
                }
            }
            if (r.gran == Gran.DAY) {
                value = (r.first == null ? "XXXX-XX-XX" : r.value) + "T" + time;
                type = TimexType.TIME;
            }
        }
        LocalDate first = r.first;
        LocalDate last = r.last;
        if (first != null && r.gran == Gran.MONTH && f.containsKey("weekofmonth")) {
            // "the first week of June": days 1-7 (the last week: the last seven days)
            String w = f.get("weekofmonth");
            if (w.equals("L")) {
                first = last.minusDays(6);
            } else {
                first = first.plusDays(7L * (Integer.parseInt(w) - 1));
                last = first.plusDays(6);
            }
        }
        if (first != null && mod != null && (mod.equals("START") || mod.equals("MID") || mod.equals("END"))) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            if (days >= 3) {
                long third = days / 3;
                if (mod.equals("START")) {
                    last = first.plusDays(third - 1);
                } else if (mod.equals("MID")) {
                    first = first.plusDays(third);
                    last = first.plusDays(days - 2 * third - 1);
                } else {
                    first = last.minusDays(third - 1);
                }
            }
        }
        String ql = f.getOrDefault("qlatest", "");
        if (r.first != null && !f.containsKey("ago") && !f.containsKey("yearago") && !ql.contains("year-")
                && !f.containsKey("samequarter")) {
            // comparisons ("a year earlier", "a year ago") do not move the story's reference date
            remember(ctx, r, si);
        }
        return new ResolvedDate(m.start(), m.end(), m, value, type, mod, first, last, precision(first, last, r.gran, mod));
    }

    private static boolean hasDateFields(Map<String, String> f) {
        return f.containsKey("year") || f.containsKey("month") || f.containsKey("day") || f.containsKey("weekday")
                || f.containsKey("rel") || f.containsKey("numeric");
    }

    private static void remember(Ctx ctx, Res r, int si) {
        ctx.refDay = r.first;
        ctx.refLast = r.last;
        ctx.refGran = r.gran;
        ctx.refSentence = si;
        if (r.explicitYear && ctx.pointIntro) {
            ctx.explicitYear = r.first.getYear();
            ctx.explicitSentence = si;
        }
    }

    private static DatePrecision precision(LocalDate first, LocalDate last, Gran g, String mod) {
        if (first == null) {
            return DatePrecision.UNKNOWN;
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days == 1) {
            return DatePrecision.DAY;
        }
        if (g == Gran.MONTH && days >= 28) {
            return DatePrecision.MONTH;
        }
        if (days <= 35) {
            return DatePrecision.RANGE;
        }
        if (days <= 62) {
            return DatePrecision.MONTH;
        }
        return DatePrecision.YEAR;
    }

    // ---------------------------------------------------------------------------------------------- calendar

    private Res calendar(Map<String, String> all, String prefix, Ctx ctx, Tense tense, int si) {
        Map<String, String> f = prefix.isEmpty() ? all : sub(all, prefix);
        LocalDate dct = ctx.dct;
        Integer year = num(f.get("year"));
        if (year == null && f.containsKey("ycent") && f.containsKey("yrest")) {
            year = num(f.get("ycent")) * 100 + num(f.get("yrest"));
        }
        Integer month = num(f.get("month"));
        Integer day = num(f.get("day"));
        if (f.containsKey("numeric")) {
            int p = num(f.get("p"));
            int q = num(f.get("q"));
            boolean df = ctx.dayFirst;
            if (!validMd(df ? q : p, df ? p : q)) {
                df = !df;
            }
            month = df ? q : p;
            day = df ? p : q;
            if (!validMd(month, day)) {
                return Res.unknown("XXXX-XX-XX", Gran.DAY);
            }
        }
        if (year != null && year < 100) {
            year += year > 40 ? 1900 : 2000;
        }
        if (year != null) {
            if (month != null) {
                if (day != null && validDate(year, month, day)) {
                    return Res.unit(f.containsKey("weekof") ? Gran.WEEK : Gran.DAY, LocalDate.of(year, month, day), true);
                }
                return Res.unit(Gran.MONTH, LocalDate.of(year, month, 1), true);
            }
            if (f.containsKey("samequarter") && ctx.refGran == Gran.QUARTER && ctx.refDay != null) {
                // "the 1988 quarter" after "the third quarter": the same quarter of that year
                return Res.unit(Gran.QUARTER, LocalDate.of(year, ctx.refDay.getMonthValue(), 1), true);
            }
            if (f.containsKey("season")) {
                return Res.unit(Gran.SEASON, seasonStart(year, f.get("season")), true);
            }
            if (f.containsKey("quarter")) {
                int qn = num(f.get("quarter"));
                if (qn >= 1 && qn <= 4) {
                    return Res.unit(Gran.QUARTER, LocalDate.of(year, qn * 3 - 2, 1), true);
                }
            }
            if (f.containsKey("half")) {
                String h = f.get("half");
                return Res.unit(Gran.HALF, LocalDate.of(year, h.equals("1") ? 1 : 7, 1), true);
            }
            return Res.unit(Gran.YEAR, LocalDate.of(year, 1, 1), true);
        }
        if (f.containsKey("decade")) {
            return Res.unit(Gran.DECADE, LocalDate.of(num(f.get("decade")) * 10, 1, 1), true);
        }
        if (f.containsKey("decade2")) {
            int d = num(f.get("decade2"));
            int y = 1900 + d * 10;
            if (dct != null && y > dct.getYear()) {
                y -= 100;
            }
            return Res.unit(Gran.DECADE, LocalDate.of(y, 1, 1), true);
        }
        if (f.containsKey("century")) {
            int c = num(f.get("century"));
            return Res.unit(Gran.CENTURY, LocalDate.of((c - 1) * 100, 1, 1), true);
        }
        if (month != null) {
            return monthNoYear(f, month, day, ctx, tense, si);
        }
        if (f.containsKey("weekday")) {
            return weekday(f, ctx, tense);
        }
        boolean anaphoric = f.containsKey("anaphoric") || isAnaphoricAgo(f.get("ago"));
        LocalDate anchor = anaphoric ? narrativeAnchor(ctx) : dct;
        if (f.containsKey("unit") && (f.containsKey("rel") || f.containsKey("ago") || f.containsKey("relword"))) {
            String unit = f.get("unit");
            long n;
            if (f.containsKey("ago")) {
                String k = f.get("num");
                if (k == null || k.equals("X")) {
                    return Res.unknown(isLater(f.get("ago")) ? "FUTURE_REF" : "PAST_REF", Gran.YEAR);
                }
                n = Long.parseLong(k) * (isLater(f.get("ago")) ? 1 : -1);
            } else if (f.containsKey("relword")) {
                n = f.get("relword").startsWith("after") ? 1 : -1;
            } else {
                n = Long.parseLong(f.get("rel"));
            }
            Gran g = unitGran(unit);
            if (unit.equals("2W")) {
                n *= 2;
            }
            if (unit.equals("DE")) {
                n *= 1;
            }
            if (g == null) {
                g = Gran.DAY;
                n = 0;
            }
            if (anchor == null) {
                return Res.unknown(g.unknownValue(), g);
            }
            if (anaphoric && ctx.refDay != null && ctx.refGran.ordinal() < g.ordinal()) {
                // "that day" after "in October 1998": as precise as the narrative allows
                String v = partial(ctx.refGran, ctx.refDay, g);
                return n == 0 ? new Res(v, ctx.refDay, ctx.refLast, ctx.refGran, false) : Res.unknown(v, g);
            }
            if (g == Gran.YEAR && n < 0 && ctx.refDay != null && (ctx.refGran == Gran.QUARTER || ctx.refGran == Gran.HALF)
                    && si - ctx.refSentence <= (f.containsKey("rel") ? 1 : 3)) {
                // "profit rose in the third quarter from a year ago": the same quarter a year before
                return Res.unit(ctx.refGran, ctx.refDay.plusYears(n), false);
            }
            if (g == Gran.WEEKEND && n == 0 && !anaphoric) {
                // "the weekend": the last one in past-tense clauses, else the coming one
                LocalDate sat = anchor.getDayOfWeek().getValue() >= 6 ? Gran.WEEKEND.floor(anchor)
                        : tense == Tense.FUTURE ? Gran.WEEKEND.floor(anchor) : Gran.WEEKEND.floor(anchor).minusWeeks(1);
                return Res.unit(Gran.WEEKEND, sat, false);
            }
            if (f.containsKey("ago") && (unit.equals("H") || unit.equals("MIN") || unit.equals("S"))) {
                return Res.unit(Gran.DAY, anchor, false);
            }
            return Res.unit(g, g.plus(g.floor(anchor), n), false);
        }
        if (f.containsKey("yrel") || f.containsKey("ydir")) {
            return Res.unknown("XXXX", Gran.YEAR);
        }
        if (f.containsKey("season")) {
            return seasonNoYear(f, ctx, tense);
        }
        if (f.containsKey("quarter") || f.containsKey("qlatest")) {
            return quarterNoYear(f, ctx);
        }
        if (anaphoric && anchor != null) {
            return Res.unit(Gran.DAY, anchor, false);
        }
        if (f.containsKey("hour") || f.containsKey("clock") || f.containsKey("part")) {
            return Res.unknown("XXXX-XX-XX", Gran.YEAR);
        }
        return Res.unknown("XXXX-XX-XX", Gran.YEAR);
    }

    /** The value of a {@code want}-unit inside a coarser reference unit: 1998-10-XX, 1998-XX-XX, 1998-WXX. */
    private static String partial(Gran ref, LocalDate refDay, Gran want) {
        String year = String.format(Locale.ROOT, "%04d", refDay.getYear());
        if (want == Gran.DAY) {
            if (ref == Gran.MONTH) {
                return Gran.MONTH.value(refDay) + "-XX";
            }
            return ref.ordinal() >= Gran.YEAR.ordinal() ? year + "-XX-XX" : want.unknownValue();
        }
        if (want == Gran.WEEK || want == Gran.WEEKEND) {
            return ref.ordinal() >= Gran.YEAR.ordinal() ? year + "-WXX" : want.unknownValue();
        }
        if (want == Gran.MONTH) {
            return ref.ordinal() >= Gran.YEAR.ordinal() ? year + "-XX" : want.unknownValue();
        }
        return want.unknownValue();
    }

    private static boolean isLater(String ago) {
        return ago != null && (ago.startsWith("later") || ago.startsWith("after"));
    }

    private static boolean isAnaphoricAgo(String ago) {
        return ago != null && !ago.equals("ago");
    }

    private static LocalDate narrativeAnchor(Ctx ctx) {
        return ctx.refDay != null ? ctx.refDay : ctx.dct;
    }

    private static Gran unitGran(String unit) {
        switch (unit) {
            case "D":
                return Gran.DAY;
            case "W":
            case "2W":
                return Gran.WEEK;
            case "WE":
                return Gran.WEEKEND;
            case "M":
                return Gran.MONTH;
            case "Y":
                return Gran.YEAR;
            case "Q":
                return Gran.QUARTER;
            case "DE":
                return Gran.DECADE;
            case "CE":
                return Gran.CENTURY;
            default:
                return null;
        }
    }

    private Res monthNoYear(Map<String, String> f, int month, Integer day, Ctx ctx, Tense tense, int si) {
        Gran g = day != null ? Gran.DAY : Gran.MONTH;
        LocalDate dct = ctx.dct;
        Integer year = null;
        String ydir = f.get("ydir");
        String mdir = f.get("mdir");
        if (ydir != null) {
            boolean narrative = ydir.startsWith("that") || ydir.startsWith("the");
            LocalDate base = narrative ? narrativeAnchor(ctx) : dct;
            if (base != null) {
                year = base.getYear() + Integer.parseInt(f.getOrDefault("yrel", "0"));
            }
        } else if (mdir != null && dct != null) {
            int y = dct.getYear();
            if (mdir.contains("last") || mdir.contains("past")) {
                year = month < dct.getMonthValue() ? y : y - 1;
            } else if (mdir.contains("next") || mdir.contains("coming")) {
                year = month > dct.getMonthValue() ? y : y + 1;
            } else {
                year = y;
            }
        } else if (dct != null) {
            year = chooseYear(month, day, dct, tense);
            if (ctx.explicitYear != null && ctx.explicitYear < dct.getYear() && tense != Tense.FUTURE
                    && si - ctx.explicitSentence <= NARRATIVE_WINDOW && ctx.refDay != null
                    && ctx.refDay.getYear() == ctx.explicitYear) {
                year = ctx.explicitYear;
            }
            if (tense == Tense.PAST && LocalDate.of(year, month, 1).isAfter(day == null ? dct : dct.plusDays(PAST_TENSE_SLACK_DAYS))) {
                year = year - 1;
            }
        }
        if (year == null) {
            String mm = String.format(Locale.ROOT, "%02d", month);
            return Res.unknown(day != null ? "XXXX-" + mm + String.format(Locale.ROOT, "-%02d", day) : "XXXX-" + mm, g);
        }
        if (day != null && validDate(year, month, day)) {
            return Res.unit(f.containsKey("weekof") ? Gran.WEEK : Gran.DAY, LocalDate.of(year, month, day), false);
        }
        return Res.unit(Gran.MONTH, LocalDate.of(year, month, 1), false);
    }

    /**
     * The year of a month (and day) written without one: past tense → the latest such date on or before
     * publication; future tense → the earliest on or after it; otherwise the one closest to publication.
     */
    private static int chooseYear(int month, Integer day, LocalDate dct, Tense tense) {
        int y = dct.getYear();
        LocalDate start = LocalDate.of(y, month, day != null && validDate(y, month, day) ? day : 1);
        LocalDate end = day != null ? start : start.withDayOfMonth(start.lengthOfMonth());
        if (tense == Tense.PAST) {
            return start.isAfter(day == null ? dct : dct.plusDays(PAST_TENSE_SLACK_DAYS)) ? y - 1 : y;
        }
        if (tense == Tense.FUTURE) {
            return end.isBefore(dct) ? y + 1 : y;
        }
        int best = y;
        long bestDist = Long.MAX_VALUE;
        for (int c = y - 1; c <= y + 1; c++) {
            LocalDate s = start.withYear(c);
            LocalDate e = end.withYear(c);
            long dist = dct.isBefore(s) ? ChronoUnit.DAYS.between(dct, s) : dct.isAfter(e) ? ChronoUnit.DAYS.between(e, dct) : 0;
            // without a tense cue, news rarely mentions a bare month more than about three months ahead
            if (dct.isBefore(s) && dist > FUTURE_HORIZON_DAYS) {
                continue;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
        }
        return best;
    }

    private Res weekday(Map<String, String> f, Ctx ctx, Tense tense) {
        int wd = num(f.get("weekday"));
        if (wd < 1 || wd > 7) {
            return Res.unknown("XXXX-XX-XX", Gran.DAY);
        }
        DayOfWeek dow = DayOfWeek.of(wd);
        boolean anaphoric = f.containsKey("anaphoric");
        LocalDate anchor = anaphoric ? narrativeAnchor(ctx) : ctx.dct;
        if (anchor == null) {
            return Res.unknown("XXXX-WXX-" + wd, Gran.DAY);
        }
        String dir = f.getOrDefault("wdir", "");
        LocalDate d;
        if (dir.contains("last") || dir.contains("past") || dir.contains("previous")) {
            d = anchor.with(TemporalAdjusters.previous(dow));
        } else if (dir.contains("next") || dir.contains("coming") || dir.contains("following")) {
            d = anchor.with(TemporalAdjusters.next(dow));
        } else if (tense == Tense.FUTURE) {
            d = anchor.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            d = anchor.with(TemporalAdjusters.previousOrSame(dow));
        }
        return Res.unit(Gran.DAY, d, false);
    }

    private Res seasonNoYear(Map<String, String> f, Ctx ctx, Tense tense) {
        String s = f.get("season");
        String dir = f.getOrDefault("sdir", "");
        boolean bare = dir.equals("the") || dir.equals("the early") || dir.equals("the late");
        boolean narrative = !bare && (dir.startsWith("that") || dir.startsWith("the"));
        LocalDate anchor = narrative ? narrativeAnchor(ctx) : ctx.dct;
        if (anchor == null) {
            return Res.unknown("XXXX-" + s, Gran.SEASON);
        }
        int y = anchor.getYear();
        LocalDate start = seasonStart(y, s);
        if (bare && start.isAfter(anchor) && tense != Tense.FUTURE) {
            start = start.minusYears(1);
        }
        if (dir.contains("following")) {
            dir = "next";
        } else if (dir.contains("previous")) {
            dir = "last";
        }
        if (dir.contains("last") || dir.contains("past") || dir.contains("previous")) {
            while (!start.isBefore(Gran.SEASON.floor(anchor))) {
                start = start.minusYears(1);
            }
        } else if (dir.contains("next") || dir.contains("following")) {
            while (!start.isAfter(anchor)) {
                start = start.plusYears(1);
            }
        }
        return Res.unit(Gran.SEASON, start, false);
    }

    private Res quarterNoYear(Map<String, String> f, Ctx ctx) {
        if (ctx.dct == null) {
            return Res.unknown(f.containsKey("quarter") ? "XXXX-Q" + f.get("quarter") : "XXXX-QX", Gran.QUARTER);
        }
        if (f.containsKey("quarter")) {
            int q = num(f.get("quarter"));
            if (q >= 1 && q <= 4) {
                return Res.unit(Gran.QUARTER, LocalDate.of(ctx.dct.getYear(), q * 3 - 2, 1), false);
            }
        }
        String w = f.getOrDefault("qlatest", "");
        LocalDate q = Gran.QUARTER.floor(ctx.dct).minusMonths(3);
        if (w.contains("year-ago") || w.contains("year-earlier")) {
            q = q.minusYears(1);
        }
        return Res.unit(Gran.QUARTER, q, false);
    }

    private static LocalDate seasonStart(int year, String s) {
        switch (s) {
            case "SP":
                return LocalDate.of(year, 3, 1);
            case "SU":
                return LocalDate.of(year, 6, 1);
            case "FA":
                return LocalDate.of(year, 9, 1);
            default:
                return LocalDate.of(year, 12, 1);
        }
    }

    private static String timeSuffix(Map<String, String> f) {
        if (f.containsKey("hour")) {
            int h = num(f.get("hour"));
            int mi = f.containsKey("minute") ? num(f.get("minute")) : 0;
            String ap = f.get("ampm");
            String dp = f.get("daypart");
            if (ap == null && dp != null) {
                ap = dp.equals("morning") || (dp.equals("night") && h < 6) ? "a" : "p";
            }
            if (ap != null) {
                boolean pm = ap.startsWith("p");
                if (pm && h < 12) {
                    h += 12;
                } else if (!pm && h == 12) {
                    h = 0;
                }
            }
            return String.format(Locale.ROOT, "%02d:%02d", h, mi);
        }
        if (f.containsKey("clock")) {
            return f.get("clock").equals("midnight") ? "24:00" : "12:00";
        }
        String p = f.containsKey("part") ? f.get("part") : f.containsKey("part2") ? f.get("part2")
                : f.containsKey("earlyhours") ? "NI" : null;
        if (p != null) {
            return p.equals("MI") ? "12:00" : p;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- holidays

    private ResolvedDate holiday(DateMention m, Map<String, String> f, Ctx ctx, Tense tense, int si) {
        String code = f.get("holiday");
        Integer year = num(f.get("year"));
        String dir = f.getOrDefault("hdir", "");
        LocalDate[] best = null;
        if (year != null) {
            best = Holidays.inYear(code, year);
        } else if (ctx.dct != null) {
            LocalDate dct = ctx.dct;
            long bestScore = Long.MAX_VALUE;
            for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
                LocalDate[] c = Holidays.inYear(code, y);
                if (c == null) {
                    continue;
                }
                boolean past = !c[0].isAfter(dct);
                boolean future = !c[1].isBefore(dct);
                if (dir.equals("last") && !c[1].isBefore(dct) || dir.equals("next") && !c[0].isAfter(dct)) {
                    continue;
                }
                if (dir.isEmpty() && (tense == Tense.PAST && !past || tense == Tense.FUTURE && !future)) {
                    continue;
                }
                long score = Math.abs(ChronoUnit.DAYS.between(dct, c[0]));
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        if (best == null) {
            return new ResolvedDate(m.start(), m.end(), m, "XXXX-XX-XX", TimexType.DATE, f.get("mod"), null, null,
                    DatePrecision.UNKNOWN);
        }
        boolean oneDay = best[0].equals(best[1]);
        String value = oneDay ? Gran.DAY.value(best[0]) : Gran.DAY.value(best[0]) + "/" + Gran.DAY.value(best[1]);
        remember(ctx, new Res(value, best[0], best[1], Gran.DAY, year != null), si);
        return new ResolvedDate(m.start(), m.end(), m, value, TimexType.DATE, f.get("mod"), best[0], best[1],
                precision(best[0], best[1], null, null));
    }

    // ---------------------------------------------------------------------------------------------- ranges

    private ResolvedDate range(DateMention m, Map<String, String> f, Ctx ctx, Tense tense, int si) {
        Map<String, String> from = new HashMap<>(sub(f, "from."));
        Map<String, String> to = new HashMap<>(sub(f, "to."));
        Integer fy = num(from.get("year"));
        Integer ty = num(to.get("year"));
        if (ty != null && ty < 100 && fy != null) {
            ty = fy / 100 * 100 + ty;
            if (ty < fy) {
                ty += 100;
            }
            to.put("year", String.valueOf(ty));
        }
        if (fy == null && ty != null && from.containsKey("month")) {
            int y = ty;
            if (before(to, from)) {
                y -= 1;
            }
            from.put("year", String.valueOf(y));
        } else if (ty == null && fy != null && to.containsKey("month")) {
            int y = fy;
            if (before(to, from)) {
                y += 1;
            }
            to.put("year", String.valueOf(y));
        }
        Res a = from.containsKey("year") ? calendar(from, "", ctx, tense, si) : calendar(from, "", ctx, tense, si);
        if (!to.containsKey("year") && a.first != null) {
            int y = a.first.getYear();
            if (before(to, from)) {
                y += 1;
            }
            to.put("year", String.valueOf(y));
        }
        Res b = calendar(to, "", ctx, tense, si);
        String value = a.value + "/" + b.value;
        if (a.first == null || b.first == null || b.last.isBefore(a.first)) {
            return new ResolvedDate(m.start(), m.end(), m, value, TimexType.DATE, f.get("mod"), null, null, DatePrecision.UNKNOWN);
        }
        remember(ctx, new Res(b.value, b.first, b.last, b.gran, a.explicitYear || b.explicitYear), si);
        return new ResolvedDate(m.start(), m.end(), m, value, TimexType.DATE, f.get("mod"), a.first, b.last,
                precision(a.first, b.last, null, null));
    }

    /** Whether the month/day of {@code x} comes before those of {@code y} within a year. */
    private static boolean before(Map<String, String> x, Map<String, String> y) {
        Integer xm = num(x.get("month"));
        Integer ym = num(y.get("month"));
        if (xm == null || ym == null) {
            return false;
        }
        if (!xm.equals(ym)) {
            return xm < ym;
        }
        Integer xd = num(x.get("day"));
        Integer yd = num(y.get("day"));
        return xd != null && yd != null && xd < yd;
    }

    /**
     * The two ends of a range as separate dates (spans from the mention's {@code from.span}/{@code to.span}),
     * e.g. for scoring against TIMEX3 gold that marks each end; any other date is returned alone.
     */
    public static List<ResolvedDate> endpoints(ResolvedDate r) {
        Map<String, String> f = r.mention().fields();
        int slash = r.value().indexOf('/');
        if (!f.containsKey("range") || slash < 0 || !f.containsKey("from.span") || !f.containsKey("to.span")) {
            return List.of(r);
        }
        String av = r.value().substring(0, slash);
        String bv = r.value().substring(slash + 1);
        int[] as = span(f.get("from.span"));
        int[] bs = span(f.get("to.span"));
        LocalDate[] ai = interval(av);
        LocalDate[] bi = interval(bv);
        return List.of(
                new ResolvedDate(as[0], as[1], r.mention(), av, TimexType.DATE, null, ai[0], ai[1], precision(ai[0], ai[1], null, null)),
                new ResolvedDate(bs[0], bs[1], r.mention(), bv, TimexType.DATE, null, bi[0], bi[1], precision(bi[0], bi[1], null, null)));
    }

    private static int[] span(String s) {
        int c = s.indexOf(',');
        return new int[] {Integer.parseInt(s.substring(0, c)), Integer.parseInt(s.substring(c + 1))};
    }

    /** The interval of a plain calendar value (YYYY, YYYY-MM, YYYY-MM-DD); nulls otherwise. */
    static LocalDate[] interval(String v) {
        try {
            if (v.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
                return new LocalDate[] {d, Gran.YEAR.last(d)};
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)), 1);
                return new LocalDate[] {d, Gran.MONTH.last(d)};
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return new LocalDate[] {d, d};
            }
        } catch (RuntimeException e) {
            // fall through: not a plain calendar value
        }
        return new LocalDate[] {null, null};
    }

    // ---------------------------------------------------------------------------------------------- durations, sets

    private ResolvedDate duration(DateMention m, Map<String, String> f, Ctx ctx) {
        String unit = f.getOrDefault("unit", f.getOrDefault("unit2", f.get("unit3")));
        String n = f.getOrDefault("num", f.getOrDefault("num2", f.containsKey("window") ? "1" : "X"));
        String value = f.containsKey("half") ? halfDuration(n, unit) : durationValue(n, unit);
        String window = f.get("window");
        LocalDate first = null;
        LocalDate last = null;
        if (window != null && ctx.dct != null && !n.equals("X") && unit != null) {
            long k = Long.parseLong(n);
            LocalDate d = ctx.dct;
            if (window.startsWith("past") || window.startsWith("last") || window.startsWith("previous")) {
                first = minus(d, k, unit);
                last = d;
            } else if (window.startsWith("next") || window.startsWith("coming") || window.startsWith("following")) {
                first = d;
                last = minus(d, -k, unit);
            }
        }
        if (window != null && n.equals("X") && f.containsKey("num") && ctx.dct != null && unit != null
                && (window.startsWith("past") || window.startsWith("last") || window.startsWith("previous"))) {
            first = null;
        }
        return new ResolvedDate(m.start(), m.end(), m, value, TimexType.DURATION, f.get("mod"), first, last,
                precision(first, last, null, null));
    }

    private static LocalDate minus(LocalDate d, long k, String unit) {
        switch (unit) {
            case "S":
            case "MIN":
                return d;
            case "H":
                return d.minusDays(Math.max(1, (k + 23) / 24));
            case "D":
                return d.minusDays(k);
            case "W":
            case "WE":
                return d.minusWeeks(k);
            case "2W":
                return d.minusWeeks(2 * k);
            case "M":
                return d.minusMonths(k);
            case "Q":
                return d.minusMonths(3 * k);
            case "Y":
                return d.minusYears(k);
            case "DE":
                return d.minusYears(10 * k);
            case "CE":
                return d.minusYears(100 * k);
            default:
                return d;
        }
    }

    /** "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "a minute and a half" → PT1M30S. */
    static String halfDuration(String n, String unit) {
        if (n == null || n.equals("X") || unit == null) {
            return durationValue(n, unit);
        }
        switch (unit) {
            case "Y":
                return "P" + n + "Y6M";
            case "D":
                return "P" + n + "DT12H";
            case "H":
                return "PT" + n + "H30M";
            case "MIN":
                return "PT" + n + "M30S";
            case "W":
                return "P" + n + "W3DT12H";
            case "M":
                return "P" + n + "M15D";
            default:
                return durationValue(n, unit);
        }
    }

    static String durationValue(String n, String unit) {
        if (unit == null) {
            return "PXX";
        }
        boolean x = n == null || n.equals("X");
        long k = x ? 0 : Long.parseLong(n);
        String num = x ? "X" : String.valueOf(k);
        switch (unit) {
            case "S":
                return "PT" + num + "S";
            case "MIN":
                return "PT" + num + "M";
            case "H":
                return "PT" + num + "H";
            case "D":
                return "P" + num + "D";
            case "W":
                return "P" + num + "W";
            case "2W":
                return "P" + (x ? "X" : String.valueOf(2 * k)) + "W";
            case "WE":
                return "P" + (x ? "X" : String.valueOf(2 * k)) + "D";
            case "M":
                return "P" + num + "M";
            case "Q":
                return "P" + num + "Q";
            case "Y":
                return "P" + num + "Y";
            case "DE":
                return x ? "PXY" : "P" + (10 * k) + "Y";
            case "CE":
                return x ? "PXC" : "P" + (100 * k) + "Y";
            default:
                return "PX" + unit;
        }
    }

    private static String setValue(Map<String, String> f) {
        if (f.containsKey("weekday")) {
            return "XXXX-WXX-" + f.get("weekday");
        }
        String w = f.getOrDefault("weekdays", "");
        if (!w.isEmpty()) {
            String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
            for (int i = 0; i < names.length; i++) {
                if (w.startsWith(names[i])) {
                    return "XXXX-WXX-" + (i + 1);
                }
            }
        }
        String s = f.getOrDefault("setword", f.getOrDefault("setunit", ""));
        if (s.startsWith("hour")) {
            return "PT1H";
        }
        if (s.startsWith("week")) {
            return "P1W";
        }
        if (s.startsWith("month")) {
            return "P1M";
        }
        if (s.startsWith("annual") || s.startsWith("year")) {
            return "P1Y";
        }
        if (s.startsWith("quarter")) {
            return "P1Q";
        }
        return "P1D";
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Map<String, String> sub(Map<String, String> f, String prefix) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }

    private static Integer num(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean validMd(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static boolean validDate(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    /** Day/month order of numeric dates: from unambiguous ones (25/07), else the reading closer to publication. */
    static boolean dayFirst(List<DateMention> mentions, LocalDate dct) {
        int dmy = 0;
        int mdy = 0;
        long distDmy = 0;
        long distMdy = 0;
        for (DateMention m : mentions) {
            Map<String, String> f = m.fields();
            if (!f.containsKey("numeric")) {
                continue;
            }
            Integer p = num(f.get("p"));
            Integer q = num(f.get("q"));
            Integer y = num(f.get("year"));
            if (p == null || q == null) {
                continue;
            }
            if (y == null && dct != null) {
                y = dct.getYear(); // "(3/02)": a day and month without year, read near publication
            }
            if (p > 12 && q <= 12) {
                dmy++;
            } else if (q > 12 && p <= 12) {
                mdy++;
            } else if (dct != null && y != null) {
                int yy = y < 100 ? y + (y > 40 ? 1900 : 2000) : y;
                if (validDate(yy, q, p) && validDate(yy, p, q)) {
                    distDmy += Math.abs(ChronoUnit.DAYS.between(dct, LocalDate.of(yy, q, p)));
                    distMdy += Math.abs(ChronoUnit.DAYS.between(dct, LocalDate.of(yy, p, q)));
                }
            }
        }
        if (dmy != mdy) {
            return dmy > mdy;
        }
        return distDmy < distMdy;
    }
}
