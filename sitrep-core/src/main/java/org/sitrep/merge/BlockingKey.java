package org.sitrep.merge;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * The key that groups events which may be reports of the same real event: country, ISO week of the start date
 * and ACLED's event group (political violence, demonstrations, strategic developments). Two events are only
 * ever compared when they share a key, so a distributed job can group by key, compare within each group, and
 * join the resulting pairs.
 *
 * <p>An event is filed under the week of its start date and under the previous week, so two events whose start
 * dates lie up to seven days apart always share a key. Undated events are filed under week {@code "undated"}.
 */
public record BlockingKey(String country, String week, String group) {
    public static final String UNDATED = "undated";

    /** The keys an event is filed under (one or two), in a fixed order. */
    public static List<BlockingKey> of(Event e) {
        String country = e.location().country() == null ? "??" : e.location().country().toUpperCase(Locale.ROOT);
        String group = group(e.type());
        LocalDate d = e.date().start();
        if (d == null) {
            return List.of(new BlockingKey(country, UNDATED, group));
        }
        List<BlockingKey> keys = new ArrayList<>(2);
        keys.add(new BlockingKey(country, week(d), group));
        keys.add(new BlockingKey(country, week(d.minusDays(7)), group));
        return keys;
    }

    /** ISO week as {@code YYYY-Www}. */
    public static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** ACLED's event groups: battles, explosions and violence against civilians are one group (reports disagree on them). */
    public static String group(EventType t) {
        return switch (t) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "political_violence";
            case PROTESTS, RIOTS -> "demonstrations";
            case STRATEGIC_DEVELOPMENTS -> "strategic_developments";
        };
    }

    @Override
    public String toString() {
        return country + "/" + week + "/" + group;
    }
}
