package org.sitrep.resolve.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Place;

/**
 * A country's representative point. Gazetteers and encyclopaedias each give a country one conventional point near its
 * centre, and they differ by one to three degrees (the CIA-factbook-style whole-degree point of {@code world-countries}
 * is one of them). For a compact country (its mainland holds at least {@link #COMPACT_SHARE} of its land) whose
 * conventional point lies at least {@link #MIN_DISAGREEMENT_KM} from the area centroid of its mainland, the point
 * halfway between the two is a better estimate of the centre than either alone. An archipelago ("Indonesia", "Philippines") or a country with large islands keeps the
 * conventional point: the centroid of its biggest island is no centre of the country.
 */
public final class CountryPoints {
    /** Share of a country's land area that its largest polygon must hold for the country to count as compact. */
    static final double COMPACT_SHARE = 0.95;

    /**
     * Least distance between the conventional point and the mainland's centroid for the point to move: closer
     * estimates agree within the usual 161 km tolerance and the conventional point stays where users expect it.
     */
    static final double MIN_DISAGREEMENT_KM = 150;

    private CountryPoints() {
    }

    /** Area (in squared degrees, scaled by the cosine of the latitude), centroid latitude and longitude of a ring. */
    static double[] ringCentroid(JsonNode ring) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double x0 = ring.get(i).get(0).asDouble();
            double y0 = ring.get(i).get(1).asDouble();
            double x1 = ring.get(i + 1).get(0).asDouble();
            double y1 = ring.get(i + 1).get(1).asDouble();
            double f = x0 * y1 - x1 * y0;
            a += f;
            cx += (x0 + x1) * f;
            cy += (y0 + y1) * f;
        }
        if (a == 0) {
            return new double[] {0, 0, 0};
        }
        double lat = cy / (3 * a);
        double lon = cx / (3 * a);
        return new double[] {Math.abs(a / 2) * Math.cos(Math.toRadians(lat)), lat, lon};
    }


    /** The outer rings of the polygons of a GeoJSON FeatureCollection, Feature or geometry. */
    static List<JsonNode> outerRings(JsonNode geo) {
        List<JsonNode> out = new ArrayList<>();
        if (geo.has("features")) {
            for (JsonNode f : geo.path("features")) {
                out.addAll(outerRings(f));
            }
        } else if (geo.has("geometry")) {
            out.addAll(outerRings(geo.path("geometry")));
        } else if ("Polygon".equals(geo.path("type").asText())) {
            out.add(geo.path("coordinates").path(0));
        } else if ("MultiPolygon".equals(geo.path("type").asText())) {
            for (JsonNode poly : geo.path("coordinates")) {
                out.add(poly.path(0));
            }
        }
        return out;
    }

    /**
     * The representative point of a country from its conventional point ({@code lat}, {@code lon}) and its boundary
     * (GeoJSON, may be null): halfway to the mainland's centroid for a compact country, else the conventional point.
     */
    public static double[] representative(double lat, double lon, JsonNode boundary) {
        if (boundary == null) {
            return new double[] {lat, lon};
        }
        double total = 0;
        double[] biggest = null;
        for (JsonNode ring : outerRings(boundary)) {
            double[] c = ringCentroid(ring);
            total += c[0];
            if (biggest == null || c[0] > biggest[0]) {
                biggest = c;
            }
        }
        if (biggest == null || total <= 0 || biggest[0] < COMPACT_SHARE * total
                || Math.abs(biggest[2] - lon) > 90 // no halfway point across the antimeridian
                || Place.km(lat, lon, biggest[1], biggest[2]) < MIN_DISAGREEMENT_KM) {
            return new double[] {lat, lon};
        }
        return new double[] {(lat + biggest[1]) / 2, (lon + biggest[2]) / 2};
    }
}
