package org.sitrep.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ActorKind;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SubEventType;
import org.sitrep.mentions.actors.ActorCatalogue;
import org.sitrep.mentions.actors.ActorEntry;

/**
 * Whether two events can be reports of the same real event, as a score: {@link #REJECT} when some field rules it
 * out, otherwise points for each field that agrees. Pure and symmetric.
 *
 * <ul>
 *   <li>type: same subtype +1, same type +0.5, types outlets confuse for one incident (a battle and an attack; a
 *       protest met by force and a riot) -0.5, another type of the same ACLED group -1;</li>
 *   <li>date: same day (both day precision) +2, overlapping intervals +1, disjoint intervals: reject (a strike on the
 *       same town the next day is another event; a report unsure of the day gives a range, which overlaps). A date that
 *       is only the report's publication day (no date expression) stands for the {@value #REPORTING_LAG_DAYS} days
 *       before it too, for -1 (so place and a shared named actor must carry the match);</li>
 *   <li>place: same name or within {@value #NEAR_KM} km +2, within {@value #SAME_KM} km +1, same admin1 when one
 *       side is only region or country level +0.5; two precise places more than {@value #FAR_KM} km apart, or two
 *       different admin1 regions: reject;</li>
 *   <li>actors: +1 per shared named actor (at most 2); both sides naming non-state armed groups, none of one the same
 *       as, the parent organisation of or a branch of one of the other: reject. Generic actors ("Militants", "Unidentified Armed Group", civilians,
 *       protesters, rioters, state forces of no stated country) stand for anyone: they neither count nor conflict.</li>
 * </ul>
 * Two events that agree on nothing but type and date (no place finer than the country in common, no shared
 * actor) stay below the threshold, except a coarse report (country or region) of the same type on a day that agrees
 * with a precise one ({@link #weakLink}): it scores exactly the threshold, and {@link EventMerger} joins it only to the
 * one such candidate (or the one its own words point to: {@link QuoteHints}). A day given by a reporting clause
 * ("police said on Friday") that disagrees with the other event's day still matches, for {@value #REPORTED_DAY}, when
 * the quote names the other day ("raids on Thursday"). Fatality counts are not compared: tolls change between reports.
 */
public final class Similarity {
    public static final double REJECT = Double.NEGATIVE_INFINITY;
    /** Score from which two events are the same real event. */
    public static final double THRESHOLD = 3.0;
    static final double NEAR_KM = 3.0;
    static final double SAME_KM = 10.0;
    static final double FAR_KM = 25.0;
    /** Days before its publication within which a report dated only by its publication day may place its event. */
    static final int REPORTING_LAG_DAYS = 3;
    /**
     * Date points when one event's day comes from a reporting clause ("police said on Friday") and its quote names the
     * other event's day ("raids on Thursday"): less than days that agree outright.
     */
    static final double REPORTED_DAY = 0.5;
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
        double s = typeScore(a, b);
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
            // nothing but type and date agree (places known only to the country, no shared actor): not enough,
            // except for a coarse report of a precise one, which is linked but joined only when unambiguous
            return weakLink(a, b) ? THRESHOLD : Math.min(s + d + p + c, THRESHOLD - 0.5);
        }
        return s + d + p + c;
    }

    /**
     * Whether {@code a} and {@code b} are linked only as a coarse report of a precise one: the same type on days that
     * agree (overlapping intervals, not only the publication day), one place a town (exact or near) and the other only its country or region (same admin1 where both give one),
     * no shared named actor and none in conflict. {@link #score} gives such pairs exactly {@link #THRESHOLD}; {@link
     * EventMerger} joins the coarse report to the precise event only when it is the one such candidate.
     */
    public static boolean weakLink(Event a, Event b) {
        if (a.type() != b.type() || a.date().start() == null || b.date().start() == null || dateScore(a, b) <= 0) {
            return false;
        }
        EventLocation la = a.location();
        EventLocation lb = b.location();
        if (precise(la) == precise(lb) || la.country() == null || !la.country().equalsIgnoreCase(lb.country())) {
            return false;
        }
        EventLocation coarse = precise(la) ? lb : la;
        if (coarse.precision() != GeoPrecision.COUNTRY && coarse.precision() != GeoPrecision.REGION) {
            return false;
        }
        return placeScore(la, lb) != REJECT && actorScore(a, b) == 0;
    }

    /** Whether an event's place is only coarse (country, region or unknown), so it can only be weakly linked. */
    static boolean coarse(Event e) {
        return !precise(e.location());
    }

    /**
     * Same subtype +1; same type +0.5; types that outlets confuse for one incident (a battle and an attack; a
     * protest met by force and a riot) -0.5; any other type of the same group -1.
     */
    static double typeScore(Event a, Event b) {
        if (a.subtype() == b.subtype()) {
            return 1;
        }
        if (a.type() == b.type()) {
            return 0.5;
        }
        return family(a.subtype()) != null && family(a.subtype()).equals(family(b.subtype())) ? -0.5 : -1;
    }

    private static String family(SubEventType t) {
        return switch (t) {
            case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY, ATTACK -> "ground assault";
            case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE_AGAINST_PROTESTERS, VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> "unrest";
            default -> null;
        };
    }

    static double dateScore(Event a, Event b) {
        LocalDate as = a.date().start();
        LocalDate bs = b.date().start();
        if (as == null || bs == null) {
            return as == null && bs == null ? 0 : REJECT;
        }
        LocalDate ae = a.date().end() == null ? as : a.date().end();
        LocalDate be = b.date().end() == null ? bs : b.date().end();
        boolean fa = publicationDated(a);
        boolean fb = publicationDated(b);
        if (fa || fb) {
            // a date that is only the report's publication day says "by then": any day within the reporting lag before it
            LocalDate as2 = fa ? as.minusDays(REPORTING_LAG_DAYS) : as;
            LocalDate bs2 = fb ? bs.minusDays(REPORTING_LAG_DAYS) : bs;
            long gap = Math.max(ChronoUnit.DAYS.between(ae, bs2), ChronoUnit.DAYS.between(be, as2));
            return gap > 0 ? REJECT : -1;
        }
        long gap = Math.max(ChronoUnit.DAYS.between(ae, bs), ChronoUnit.DAYS.between(be, as));
        if (gap > 0) {
            // the reporting day taken for the event's ("said on Friday ... raids on Thursday"): the day the quote names
            return namesDayOf(a, bs, be) || namesDayOf(b, as, ae) ? REPORTED_DAY : REJECT;
        }
        if (as.equals(ae) && bs.equals(be) && as.equals(bs)) {
            return 2;
        }
        return 1;
    }

    /**
     * Whether an event's date is no more than its report's publication day: one day, no date expression behind it
     * ({@code text} null), equal to the earliest publication day of its sources.
     */
    private static boolean namesDayOf(Event e, LocalDate start, LocalDate end) {
        for (LocalDate d : QuoteHints.otherDays(e)) {
            if (!d.isBefore(start) && !d.isAfter(end)) {
                return true;
            }
        }
        return false;
    }

    static boolean publicationDated(Event e) {
        EventDate d = e.date();
        if (d.text() != null || d.precision() != DatePrecision.DAY || d.start() == null || !d.start().equals(d.end())) {
            return false;
        }
        String pub = EventMerger.firstPublished(e);
        return pub != null && pub.startsWith(d.start().toString());
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

    /**
     * +1 per named actor the two share (at most 2); {@link #REJECT} when both name non-state armed groups and no group
     * of one is a group of the other, its parent organisation or its branch (JNIM and al-Qaeda are related; Boko Haram
     * and ISWAP are not). Generic actors (unidentified groups, "militants", civilians, protesters, rioters, state
     * forces of no stated country) neither count as shared nor conflict.
     */
    static double actorScore(Event a, Event b) {
        int shared = 0;
        boolean armedA = false;
        boolean armedB = false;
        boolean armedRelated = false;
        for (EventActor y : b.actors()) {
            armedB |= !generic(y) && armed(y);
        }
        java.util.List<EventActor> counted = new java.util.ArrayList<>();
        for (EventActor x : a.actors()) {
            if (generic(x)) {
                continue;
            }
            if (armed(x)) {
                armedA = true;
                for (EventActor y : b.actors()) {
                    armedRelated |= !generic(y) && armed(y) && related(x, y);
                }
            }
            boolean dup = false;
            for (EventActor c : counted) {
                dup |= sameActor(c, x);
            }
            if (dup) {
                continue;
            }
            counted.add(x);
            for (EventActor y : b.actors()) {
                if (!generic(y) && sameActor(x, y)) {
                    shared++;
                    break;
                }
            }
        }
        if (armedA && armedB && !armedRelated) {
            return REJECT;
        }
        return Math.min(2, shared);
    }

    /** The same actor, or one is the parent organisation (at any depth) of the other in the actor catalogue. */
    static boolean related(EventActor x, EventActor y) {
        return sameActor(x, y) || x.id() != null && y.id() != null && (descends(x.id(), y.id()) || descends(y.id(), x.id()));
    }

    private static boolean descends(String child, String ancestor) {
        ActorCatalogue cat = ActorCatalogue.standard();
        String id = child;
        for (int depth = 0; depth < 8 && id != null; depth++) {
            ActorEntry e = cat.entry(id);
            id = e == null ? null : e.parent();
            if (ancestor.equals(id)) {
                return true;
            }
        }
        return false;
    }

    static boolean sameActor(EventActor x, EventActor y) {
        if (x.id() != null && x.id().equals(y.id())) {
            return true;
        }
        String nx = norm(x.name());
        return nx != null && nx.equals(norm(y.name()));
    }

    static boolean armed(EventActor x) {
        return x.kind() == ActorKind.REBEL_GROUP || x.kind() == ActorKind.POLITICAL_MILITIA || x.kind() == ActorKind.IDENTITY_MILITIA;
    }

    /** An actor that names no particular group: it can stand for any named one in another report. */
    static boolean generic(EventActor x) {
        if (x.kind() == ActorKind.UNKNOWN || x.kind() == ActorKind.CIVILIANS || x.kind() == ActorKind.PROTESTERS
                || x.kind() == ActorKind.RIOTERS) {
            return true;
        }
        if (x.id() != null) {
            ActorEntry entry = ActorCatalogue.standard().entry(x.id());
            if (x.id().startsWith("generic:") || entry != null && entry.generic()) {
                return true;
            }
        }
        String n = norm(x.name());
        if (n == null) {
            return true;
        }
        if (x.id() == null && GENERIC_NAME.matcher(n).find()) {
            return true;
        }
        // "Military Forces", "Police Forces": state forces of no stated country
        return x.kind() == ActorKind.STATE_FORCES && x.id() == null && !n.contains(" of ");
    }

    private static final java.util.regex.Pattern GENERIC_NAME = java.util.regex.Pattern.compile(
            "^(?:unidentified|unknown|suspected|armed men|gunmen|militants|insurgents|jihadists|assailants|attackers)\\b");

    /** Keys of named actors (id, else normalised name); {@code armedOnly}: non-state armed groups only. Generic actors are left out. */
    static Set<String> named(Event e, boolean armedOnly) {
        Set<String> out = new TreeSet<>();
        for (EventActor x : e.actors()) {
            if (generic(x) || armedOnly && !armed(x)) {
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
