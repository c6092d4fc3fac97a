package org.sitrep.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventQuery;

/** Reads and checks the event filters shared by listing, timeline and exports. */
final class Filters {
    static final Set<String> SORTS = Set.of("date", "-date", "fatalities", "-fatalities", "id");

    private Filters() {
    }

    static EventQuery from(Context ctx, int defaultLimit) {
        String type = ctx.queryParam("type");
        if (type != null && !type.isEmpty()) {
            try {
                EventType.fromJson(type);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "type '" + type + "' is unknown; use one of battles, explosions_remote_violence,"
                        + " violence_against_civilians, protests, riots, strategic_developments");
            }
        }
        String subtype = ctx.queryParam("subtype");
        if (subtype != null && !subtype.isEmpty()) {
            try {
                SubEventType.fromJson(subtype);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "subtype '" + subtype + "' is unknown; use an ACLED sub-event type such as armed_clash or attack");
            }
        }
        String sort = or(ctx.queryParam("sort"), "date");
        if (!SORTS.contains(sort)) {
            throw new ApiError(400, "sort '" + sort + "' is unknown; use one of date, -date, fatalities, -fatalities, id");
        }
        int limit = integer(ctx, "limit", defaultLimit, 1, EventQuery.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        double[] bbox = null;
        String b = ctx.queryParam("bbox");
        if (b != null && !b.isEmpty()) {
            String[] parts = b.split(",");
            if (parts.length != 4) {
                throw new ApiError(400, "bbox '" + b + "' must be four numbers: minLon,minLat,maxLon,maxLat");
            }
            bbox = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    bbox[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new ApiError(400, "bbox '" + b + "' must be four numbers: minLon,minLat,maxLon,maxLat");
                }
            }
        }
        return new EventQuery(blank(ctx.queryParam("actor")), blank(type), blank(subtype), blank(ctx.queryParam("country")),
                blank(ctx.queryParam("admin1")), date(ctx, "from"), date(ctx, "to"), bbox, blank(ctx.queryParam("q")),
                "true".equals(ctx.queryParam("rejected")), sort, limit, offset);
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " '" + v + "' must be a whole number from " + min + " to " + max);
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, name + " '" + v + "' is not a date; give YYYY-MM-DD");
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String or(String s, String d) {
        return s == null || s.isEmpty() ? d : s;
    }
}
