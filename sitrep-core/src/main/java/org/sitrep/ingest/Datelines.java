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
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern US_NUMERIC = Pattern.compile("\\b(\\d{1,2})[-/](\\d{1,2})[-/]((?:19|20)\\d{2})\\b");

    private Datelines() {
    }

    /** The earliest date stamp within the first {@code 400} characters, or null. */
    public static LocalDate find(String text) {
        String head = text.substring(0, Math.min(text.length(), 400));
        LocalDate best = null;
        int bestPos = Integer.MAX_VALUE;
        Matcher m = MDY.matcher(head);
        if (m.find() && m.start() < bestPos) {
            LocalDate d = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                best = d;
                bestPos = m.start();
            }
        }
        m = DMY.matcher(head);
        if (m.find() && m.start() < bestPos) {
            LocalDate d = date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                best = d;
                bestPos = m.start();
            }
        }
        m = ISO.matcher(head);
        if (m.find() && m.start() < bestPos) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                best = d;
                bestPos = m.start();
            }
        }
        m = US_NUMERIC.matcher(head);
        if (m.find() && m.start() < bestPos) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            // month first unless the first number cannot be a month
            LocalDate d = a > 12 ? date(y, b, a) : date(y, a, b);
            if (d != null) {
                best = d;
            }
        }
        return best;
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
