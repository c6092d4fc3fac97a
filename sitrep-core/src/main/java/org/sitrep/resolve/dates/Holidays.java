package org.sitrep.resolve.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates of the holidays of the {@code holiday} word class: fixed days ("12-25"), the n-th weekday of a month
 * ("11-TH4"), Easter ("EASTER", "EASTER-2") and Islamic days or months ("H09" = Ramadan, "H10-01" = Eid al-Fitr),
 * converted with the Umm al-Qura calendar of {@link HijrahDate}.
 */
final class Holidays {
    private Holidays() {
    }

    /** {first, last} of the holiday in Gregorian {@code year} (the first occurrence starting in it), or null. */
    static LocalDate[] inYear(String code, int year) {
        try {
            if (code.startsWith("EASTER")) {
                int shift = code.length() > 6 ? Integer.parseInt(code.substring(6)) : 0;
                LocalDate d = easter(year).plusDays(shift);
                return new LocalDate[] {d, d};
            }
            if (code.startsWith("H")) {
                return hijri(code, year);
            }
            int month = Integer.parseInt(code.substring(0, 2));
            String rest = code.substring(3);
            if (rest.length() == 3 && Character.isLetter(rest.charAt(0))) {
                DayOfWeek dow = rest.startsWith("MO") ? DayOfWeek.MONDAY : rest.startsWith("TU") ? DayOfWeek.TUESDAY
                        : rest.startsWith("WE") ? DayOfWeek.WEDNESDAY : rest.startsWith("TH") ? DayOfWeek.THURSDAY
                        : rest.startsWith("FR") ? DayOfWeek.FRIDAY : rest.startsWith("SA") ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
                LocalDate d = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(rest.charAt(2) - '0', dow));
                return new LocalDate[] {d, d};
            }
            LocalDate d = LocalDate.of(year, month, Integer.parseInt(rest));
            return new LocalDate[] {d, d};
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate[] hijri(String code, int year) {
        int month = Integer.parseInt(code.substring(1, 3));
        Integer day = code.length() > 3 ? Integer.valueOf(code.substring(4)) : null;
        int hy = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        for (int y = hy; y <= hy + 1; y++) {
            HijrahDate start = HijrahDate.of(y, month, day == null ? 1 : day);
            LocalDate first = LocalDate.from(start);
            if (first.getYear() == year) {
                LocalDate last = day != null ? first
                        : LocalDate.from(start.with(ChronoField.DAY_OF_MONTH, start.lengthOfMonth()));
                return new LocalDate[] {first, last};
            }
        }
        return null;
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
