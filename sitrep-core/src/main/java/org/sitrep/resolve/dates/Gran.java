package org.sitrep.resolve.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Granularity of an anchored calendar unit, with its TIMEX3 value and its interval. */
enum Gran {
    CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, WEEKEND, DAY;

    /** The first day of the unit of this granularity that contains {@code d}. */
    LocalDate floor(LocalDate d) {
        switch (this) {
            case CENTURY:
                return LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
            case DECADE:
                return LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
            case YEAR:
                return d.withDayOfYear(1);
            case HALF:
                return LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
            case QUARTER:
                return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case SEASON: {
                int m = d.getMonthValue();
                if (m == 12) {
                    return LocalDate.of(d.getYear(), 12, 1);
                }
                if (m <= 2) {
                    return LocalDate.of(d.getYear() - 1, 12, 1);
                }
                return LocalDate.of(d.getYear(), (m - 3) / 3 * 3 + 3, 1);
            }
            case MONTH:
                return d.withDayOfMonth(1);
            case WEEK:
                return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEKEND:
                return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
            default:
                return d;
        }
    }

    /** The last day of the unit that starts at {@code first}. */
    LocalDate last(LocalDate first) {
        switch (this) {
            case CENTURY:
                return first.plusYears(100).minusDays(1);
            case DECADE:
                return first.plusYears(10).minusDays(1);
            case YEAR:
                return first.plusYears(1).minusDays(1);
            case HALF:
                return first.plusMonths(6).minusDays(1);
            case QUARTER:
            case SEASON:
                return first.plusMonths(3).minusDays(1);
            case MONTH:
                return first.plusMonths(1).minusDays(1);
            case WEEK:
                return first.plusDays(6);
            case WEEKEND:
                return first.plusDays(1);
            default:
                return first;
        }
    }

    /** Moves the unit starting at {@code first} by {@code n} units. */
    LocalDate plus(LocalDate first, long n) {
        switch (this) {
            case CENTURY:
                return first.plusYears(100 * n);
            case DECADE:
                return first.plusYears(10 * n);
            case YEAR:
                return first.plusYears(n);
            case HALF:
                return first.plusMonths(6 * n);
            case QUARTER:
            case SEASON:
                return first.plusMonths(3 * n);
            case MONTH:
                return first.plusMonths(n);
            case WEEK:
            case WEEKEND:
                return first.plusWeeks(n);
            default:
                return first.plusDays(n);
        }
    }

    /** TIMEX3 value of the unit starting at {@code first}. */
    String value(LocalDate first) {
        int y = first.getYear();
        switch (this) {
            case CENTURY:
                return String.format(Locale.ROOT, "%02d", Math.floorDiv(y, 100));
            case DECADE:
                return String.format(Locale.ROOT, "%03d", Math.floorDiv(y, 10));
            case YEAR:
                return String.format(Locale.ROOT, "%04d", y);
            case HALF:
                return String.format(Locale.ROOT, "%04d-H%d", y, first.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER:
                return String.format(Locale.ROOT, "%04d-Q%d", y, (first.getMonthValue() - 1) / 3 + 1);
            case SEASON: {
                int m = first.getMonthValue();
                String s = m == 3 ? "SP" : m == 6 ? "SU" : m == 9 ? "FA" : "WI";
                return String.format(Locale.ROOT, "%04d-%s", y, s);
            }
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", y, first.getMonthValue());
            case WEEK:
            case WEEKEND: {
                LocalDate thursday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(3);
                String v = String.format(Locale.ROOT, "%04d-W%02d", thursday.get(IsoFields.WEEK_BASED_YEAR),
                        thursday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return this == WEEKEND ? v + "-WE" : v;
            }
            default:
                return String.format(Locale.ROOT, "%04d-%02d-%02d", y, first.getMonthValue(), first.getDayOfMonth());
        }
    }

    /** The value with every digit unknown ("XXXX-XX" for a month), for mentions that cannot be anchored. */
    String unknownValue() {
        switch (this) {
            case CENTURY:
                return "XX";
            case DECADE:
                return "XXX";
            case YEAR:
                return "XXXX";
            case HALF:
                return "XXXX-HX";
            case QUARTER:
                return "XXXX-QX";
            case SEASON:
                return "XXXX-XX";
            case MONTH:
                return "XXXX-XX";
            case WEEK:
                return "XXXX-WXX";
            case WEEKEND:
                return "XXXX-WXX-WE";
            default:
                return "XXXX-XX-XX";
        }
    }
}
