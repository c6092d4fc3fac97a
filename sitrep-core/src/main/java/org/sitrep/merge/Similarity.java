package org.sitrep.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventLocation;
import org.sitrep.model.GeoPrecision;

/**
 * Whether two events can be reports of the same real event, as a score: {@link #REJECT} when some field rules it
 * out, otherwise points for each field that agrees. Pure and symmetric.
 *
 * <ul>
 *   <li>type: same subtype +1, same type +0.5, another type of the same ACLED group -1;</li>
 *   <li>date: same day (both day precision) +2, overlapping intervals +1, disjoint intervals: reject (a strike on the
 *       same town the next day is another event; a report unsure of the day gives a range, which overlaps);</li>
 *   <li>place: same name or within {@value #NEAR_KM} km +2, within {@value #SAME_KM} km +1, same admin1 when one
 *       side is only region or country level +0.5; two precise places more than {@value #FAR_KM} km apart, or two
 *       different admin1 regions: reject;</li>
 *   <li>actors: +1 per shared named actor (at most 2); both sides naming different non-state armed actors: reject.</li>
 * </ul>
 * Two events that agree on nothing but type and date (no place finer than the country in common, no shared
 * actor) stay below the threshold. Fatality counts are not compared: tolls change between reports.
 */
public final class Similarity {
    public static final double REJECT = Double.NEGATIVE_INFINITY;
    /** Score from which two events are the same real event. */
    public static final double THRESHOLD = 3.0;
    static final double NEAR_KM = 3.0;
    static final double SAME_KM = 10.0;
    static final double FAR_KM = 25.0;
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private Similarity() {
    }

    public static boolean same(Event a, Event b) {
        return score(a, b) >= THRESHOLD;
    }

    public static double score(Event a, Event b) {
        if (!BlockingKey.group(a.type()).equals(BlockingKey.group(b.type()))) {
            return REJECT;
        }
        double s = 0;
        if (a.subtype() == b.subtype()) {
            s += 1;
        } else if (a.type() == b.type()) {
            s += 0.5;
        } else {
            s -= 1;
        }
        double d = dateScore(a, b);
        if (d == REJECT) {
            return REJECT;
        }
        double p = placeScore(a.location(), b.location());
        if (p == REJECT) {
            return REJECT;
        }
        double c = actorScore(a, b);
        if (c == REJECT) {
            return REJECT;
        }
        if (p <= 0 && c <= 0) {
            // nothing but type and date agree (places known only to the country, no shared actor): not enough
            return Math.min(s + d + p + c, THRESHOLD - 0.5);
        }
        return s + d + p + c;
    }

    static double dateScore(Event a, Event b) {
        LocalDate as = a.date().start();
        LocalDate bs = b.date().start();
        if (as == null || bs == null) {
            return as == null && bs == null ? 0 : REJECT;
        }
        LocalDate ae = a.date().end() == null ? as : a.date().end();
        LocalDate be = b.date().end() == null ? bs : b.date().end();
        long gap = Math.max(ChronoUnit.DAYS.between(ae, bs), ChronoUnit.DAYS.between(be, as));
        if (gap > 0) {
            return REJECT;
        }
        if (as.equals(ae) && bs.equals(be) && as.equals(bs)) {
            return 2;
        }
        return 1;
    }

    static double placeScore(EventLocation a, EventLocation b) {
        if (a.country() != null && b.country() != null && !a.country().equalsIgnoreCase(b.country())) {
            return REJECT;
        }
        boolean precA = precise(a);
        boolean precB = precise(b);
        if (precA && precB) {
            if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
                double km = km(a.lat(), a.lon(), b.lat(), b.lon());
                if (km > FAR_KM) {
                    return REJECT;
                }
                if (km <= NEAR_KM || sameName(a.name(), b.name())) {
                    return 2;
                }
                if (km <= SAME_KM) {
                    return 1;
                }
                if (km > FAR_KM) {
                    return REJECT;
                }
                return 0;
            }
            if (sameName(a.name(), b.name())) {
                return 2;
            }
        }
        if (a.admin1() != null && b.admin1() != null) {
            return sameName(a.admin1(), b.admin1()) ? 0.5 : REJECT;
        }
        return 0;
    }

    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        String na = norm(a);
        return na != null && na.equals(norm(b));
    }

    static boolean precise(EventLocation l) {
        return l.precision() == GeoPrecision.EXACT || l.precision() == GeoPrecision.NEAR;
    }

    static double actorScore(Event a, Event b) {
        Set<String> na = named(a, false);
        Set<String> nb = named(b, false);
        int shared = 0;
        for (String x : na) {
            if (nb.contains(x)) {
                shared++;
            }
        }
        if (shared == 0) {
            Set<String> ga = named(a, true);
            Set<String> gb = named(b, true);
            if (!ga.isEmpty() && !gb.isEmpty()) {
                boolean any = false;
                for (String x : ga) {
                    any |= gb.contains(x);
                }
                if (!any) {
                    return REJECT;
                }
            }
        }
        return Math.min(2, shared);
    }

    /** Keys of named actors (id, else normalised name); {@code armedOnly}: non-state armed groups only. */
    static Set<String> named(Event e, boolean armedOnly) {
        Set<String> out = new TreeSet<>();
        for (EventActor x : e.actors()) {
            if (x.kind() == ActorKind.UNKNOWN || x.kind() == ActorKind.CIVILIANS) {
                continue;
            }
            if (armedOnly && !(x.kind() == ActorKind.REBEL_GROUP || x.kind() == ActorKind.POLITICAL_MILITIA
                    || x.kind() == ActorKind.IDENTITY_MILITIA)) {
                continue;
            }
            String k = x.id() != null ? x.id() : norm(x.name());
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    static String norm(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Great-circle distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
