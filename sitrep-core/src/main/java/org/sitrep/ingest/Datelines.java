package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a publication date in the first lines of a text (a dateline or a date stamp). */
public final class Datelines {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** ", said the ministry": a date followed by a comma and lower-case prose is in a sentence, not a stamp. */
    private static final Pattern COMMA_PROSE_AFTER = Pattern.compile("(?s)\\s*,\\s*\\p{Ll}.*");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern US_NUMERIC = Pattern.compile("\\b(\\d{1,2})[-/](\\d{1,2})[-/]((?:19|20)\\d{2})\\b");

    private Datelines() {
    }

    /** Words that put a date inside narrative prose ("On Aug. 3, 2016, gunmen ..."), not in a stamp. */
    private static final Pattern PROSE_BEFORE = Pattern.compile(
            "(?i)\\b(?:on|since|until|till|by|before|after|from|in|of|between|and|to|through|during|as of|dated)\\s*$");
    /** What follows a dateline's date: a dash, a colon, a bar, a time of day, or the end of the line. */
    private static final Pattern STAMP_AFTER = Pattern.compile(
            "^\\s*(?:[-\u2013\u2014:|/]|\\(|,?\\s*\\d{1,2}[:.]\\d{2}|$)");
    /** Lines that announce a date stamp. */
    private static final Pattern STAMP_BEFORE = Pattern.compile(
            "(?i)(?:published|posted|updated|date|dateline|first published|last modified)\\s*(?:on|:)?\\s*$");

    /**
     * The earliest date stamp within the first {@code 400} characters, or null. A date counts as a stamp only
     * where a dateline or byline puts it: on a short line of its own, before a dash, colon or time of day, or
     * after "Published"/"Updated"; a date that a sentence narrates ("On Aug. 3, 2016, gunmen ...") is not the
     * publication date.
     */
    public static LocalDate find(String text) {
        String head = text.substring(0, Math.min(text.length(), 400));
        LocalDate best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {MDY, DMY, ISO, US_NUMERIC}) {
            Matcher m = p.matcher(head);
            while (m.find() && m.start() < bestPos) {
                if (!isStamp(head, m.start(), m.end())) {
                    continue;
                }
                LocalDate d = parse(p, m);
                if (d != null) {
                    best = d;
                    bestPos = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate parse(Pattern p, Matcher m) {
        if (p == MDY) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (p == DMY) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (p == ISO) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        // month first unless the first number cannot be a month
        return a > 12 ? date(y, b, a) : date(y, a, b);
    }

    private static boolean isStamp(String head, int start, int end) {
        int lineStart = head.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = head.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = head.length();
        }
        String before = head.substring(lineStart, start);
        String after = head.substring(end, lineEnd);
        if (STAMP_BEFORE.matcher(before).find()) {
            return true;
        }
        if (PROSE_BEFORE.matcher(before).find()) {
            return false;
        }
        if (lineEnd - lineStart <= 80 && !COMMA_PROSE_AFTER.matcher(after).matches()) {
            return true;
        }
        return STAMP_AFTER.matcher(after).find();
    }

    private static int month(String s) {
        return MONTHS.get(s.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
