package org.sitrep.merge;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.errors.SitrepException;
import org.sitrep.model.Event;
import org.sitrep.model.EventLocation;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.resolve.Gazetteers;

/**
 * What a report's own words (its evidence quotes) say beyond the fields the pipeline extracted, for the merger to
 * recover from two common extraction errors:
 *
 * <ul>
 *   <li><b>a place the resolver missed</b>: a report placed only at the country may still name the town ("Malam Fatori",
 *       which the gazetteer spells "Mallam Fatori") or say "the capital" ("the Somali capital", "Kenya's capital");
 *       {@link #namesPlaceOf} tells whether its quotes name a precise event's place;</li>
 *   <li><b>the reporting day taken for the event's day</b>: "police said on Friday they had arrested 20 suspects in
 *       raids on Thursday" dated Friday; {@link #otherDays} gives the other days the quote names when the event's
 *       date expression is the day something was said.</li>
 * </ul>
 * Pure and thread-safe (the capital look-up is cached).
 */
final class QuoteHints {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    /** A national capital: "the capital", "the Somali capital", "Kenya's capital"; not "the state/provincial capital". */
    private static final Pattern CAPITAL = Pattern.compile(
            "(?:\\bthe\\s+(?:(?!state\\b|provincial\\b|regional\\b|district\\b|county\\b|region's\\b)[A-Z][\\p{L}-]*\\s+)?"
                    + "|\\b[A-Z][\\p{L}-]*['\u2019]s\\s+)capital\\b(?!\\s+(?:of|city\\s+of)\\s+[\\p{L}\\s]*\\b(?:state|province|region|district|county)\\b)");
    /** A reporting clause right before a date expression: "said on", "told reporters on", "announced". */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told\\s+(?:\\p{L}+\\s+){0,2}|announced|reported|confirmed|stated|added|claimed)\\s*(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+)?$");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})\\b"
                    + "|\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Map<String, Boolean> CAPITALS = new ConcurrentHashMap<>();

    private QuoteHints() {
    }

    /**
     * Whether the quotes of {@code coarse} name the place of {@code precise}: its name or the words the report used
     * (folded: case, accents and doubled letters ignored), or "the capital" when that place is its country's capital.
     */
    static boolean namesPlaceOf(Event coarse, Event precise) {
        EventLocation l = precise.location();
        if (l.country() != null && coarse.location().country() != null && !l.country().equalsIgnoreCase(coarse.location().country())) {
            return false;
        }
        List<String> names = new ArrayList<>(2);
        if (l.name() != null) {
            names.add(fold(l.name()));
        }
        if (l.text() != null) {
            names.add(fold(l.text()));
        }
        for (Evidence x : coarse.evidence()) {
            if (x.quote() == null) {
                continue;
            }
            String q = " " + fold(x.quote()) + " ";
            for (String n : names) {
                if (n != null && n.length() >= 3 && q.contains(" " + n + " ")) {
                    return true;
                }
            }
            if (CAPITAL.matcher(x.quote()).find() && isNationalCapital(l)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents dropped, punctuation to spaces, doubled letters single ("Mallam" and "Malam" agree). */
    static String fold(String s) {
        if (s == null) {
            return null;
        }
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        t = NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return DOUBLED.matcher(t).replaceAll("$1");
    }

    /** Whether the place is a national capital (GeoNames PPLC) in the bundled gazetteer; false when it is not on the class path. */
    static boolean isNationalCapital(EventLocation l) {
        if (l.name() == null || l.lat() == null || l.lon() == null) {
            return false;
        }
        String key = l.geonamesId() != null ? "#" + l.geonamesId()
                : String.format(Locale.ROOT, "%s@%.2f,%.2f", l.name(), l.lat(), l.lon());
        return CAPITALS.computeIfAbsent(key, k -> {
            try {
                for (Place p : Gazetteers.bundled().candidates(l.name())) {
                    if ("PPLC".equals(p.featureCode()) && (l.geonamesId() != null ? p.geonameId() == l.geonamesId()
                            : Similarity.km(p.lat(), p.lon(), l.lat(), l.lon()) <= Similarity.SAME_KM)) {
                        return true;
                    }
                }
                return false;
            } catch (SitrepException e) {
                return false; // no bundled gazetteer: no capital hint
            }
        });
    }

    /**
     * When the event's day comes from a reporting clause ("said on Friday"), the other days its quotes name, resolved
     * against the event's day (a weekday: the latest such day before it, within six days; "February 1": that day of
     * the event's year, not after it). Empty otherwise.
     */
    static List<LocalDate> otherDays(Event e) {
        String t = e.date().text();
        LocalDate day = e.date().start();
        if (t == null || day == null || !day.equals(e.date().end())) {
            return List.of();
        }
        List<LocalDate> out = new ArrayList<>(2);
        for (Evidence x : e.evidence()) {
            String q = x.quote();
            if (q == null) {
                continue;
            }
            int at = q.indexOf(t);
            if (at < 0 || !SAID_BEFORE.matcher(q.substring(Math.max(0, at - 40), at)).find()) {
                continue;
            }
            Matcher w = WEEKDAY.matcher(q);
            while (w.find()) {
                if (w.start() >= at && w.start() < at + t.length()) {
                    continue;
                }
                DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = day.minusDays(1);
                while (d.getDayOfWeek() != dow) {
                    d = d.minusDays(1);
                }
                out.add(d);
            }
            Matcher m = MONTH_DAY.matcher(q);
            while (m.find()) {
                if (m.start() >= at && m.start() < at + t.length()) {
                    continue;
                }
                String month = m.group(1) != null ? m.group(1) : m.group(4);
                int dom = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
                Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
                if (dom < 1 || dom > mo.maxLength()) {
                    continue;
                }
                LocalDate d = LocalDate.of(day.getYear(), mo, Math.min(dom, mo.length(day.isLeapYear())));
                if (d.isAfter(day)) {
                    d = d.minusYears(1);
                }
                if (!d.equals(day)) {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
