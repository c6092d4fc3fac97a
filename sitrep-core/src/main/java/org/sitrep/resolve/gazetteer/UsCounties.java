package org.sitrep.resolve.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * US counties (second-order divisions) from the npm package {@code us-atlas} (ISC; US Census Bureau cartographic
 * boundaries, public domain): {@code counties-10m.json} is TopoJSON whose geometries carry the five-digit FIPS code
 * and the county's name. Each county becomes an ADM2 entry named "NAME County" ("NAME Parish" in Louisiana, "NAME
 * Borough" in Alaska) at the area-weighted centroid of its polygons, in the state whose GeoNames admin1 code
 * (the postal code) the FIPS state code maps to; its population is the sum of the GeoNames places with its admin2
 * code. Independent cities (FIPS county code 500 and above) are towns of the place table already and are left out.
 * Only the full name with its type word is indexed: a bare "Washington" stays the town or the state.
 */
final class UsCounties {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Synthetic ids: minus this base plus the FIPS code (GeoNames' own ids are not in the package). */
    static final long ID_BASE = 90_000_000L;

    private UsCounties() {
    }

    /**
     * Adds the counties of {@code topojson} to the loader's builder; {@code stateFips} maps a two-digit FIPS state
     * code to the GeoNames admin1 code. Returns the number of counties added.
     */
    static int add(GeoNamesLoader loader, Path topojson, Map<String, String> stateFips) throws IOException {
        JsonNode root = JSON.readTree(topojson.toFile());
        double[][] arcs = arcs(root);
        JsonNode geoms = root.path("objects").path("counties").path("geometries");
        if (!geoms.isArray() || geoms.isEmpty()) {
            throw new IOException(topojson + ": no objects.counties.geometries (is this us-atlas' counties-10m.json?)");
        }
        int added = 0;
        for (JsonNode g : geoms) {
            String fips = g.path("id").asText("");
            String name = g.path("properties").path("name").asText("");
            if (fips.length() != 5 || name.isEmpty()) {
                continue;
            }
            String state = stateFips.get(fips.substring(0, 2));
            int county = Integer.parseInt(fips.substring(2));
            if (state == null || county >= 500 || state.equals("DC")) {
                continue; // independent cities are towns; the District is its own division
            }
            double[] c = centroid(g, arcs);
            if (c == null) {
                continue;
            }
            String type = state.equals("LA") ? "Parish" : state.equals("AK") ? "Borough" : "County";
            String full = name + " " + type;
            GeoNamesLoader.Stats s = loader.byAdmin2.get("US." + state + "." + fips.substring(2));
            int i = loader.builder.addPlace(-(ID_BASE + Integer.parseInt(fips)), full, "US", state, c[1], c[0], 'A',
                    "ADM2", s == null ? 0 : s.population);
            if (i >= 0) {
                added++;
            }
        }
        return added;
    }

    /** The arcs of a quantized TopoJSON topology as absolute lon, lat pairs. */
    private static double[][] arcs(JsonNode root) {
        JsonNode tf = root.path("transform");
        double sx = tf.path("scale").path(0).asDouble(1);
        double sy = tf.path("scale").path(1).asDouble(1);
        double tx = tf.path("translate").path(0).asDouble(0);
        double ty = tf.path("translate").path(1).asDouble(0);
        JsonNode arcsNode = root.path("arcs");
        double[][] arcs = new double[arcsNode.size()][];
        for (int a = 0; a < arcs.length; a++) {
            JsonNode arc = arcsNode.get(a);
            double[] xy = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            for (int k = 0; k < arc.size(); k++) {
                x += arc.get(k).get(0).asLong();
                y += arc.get(k).get(1).asLong();
                xy[2 * k] = x * sx + tx;
                xy[2 * k + 1] = y * sy + ty;
            }
            arcs[a] = xy;
        }
        return arcs;
    }

    /**
     * Moves the US states to the area-weighted centroids of their polygons in {@code us-atlas}' {@code
     * states-10m.json} (the centre of their towns' bounding box leans to where people live: Virginia, Alaska).
     * Returns the number of states moved.
     */
    static int placeStates(GeoNamesLoader loader, Path topojson, Map<String, String> stateFips) throws IOException {
        JsonNode root = JSON.readTree(topojson.toFile());
        double[][] arcs = arcs(root);
        JsonNode geoms = root.path("objects").path("states").path("geometries");
        if (!geoms.isArray() || geoms.isEmpty()) {
            throw new IOException(topojson + ": no objects.states.geometries (is this us-atlas' states-10m.json?)");
        }
        Map<String, Integer> states = new HashMap<>();
        GazetteerBuilder b = loader.builder;
        for (int i = 0; i < b.size(); i++) {
            if ("US".equals(b.countryCode(i)) && "ADM1".equals(b.featureCode(i))) {
                states.putIfAbsent(b.admin1Code(i), i);
            }
        }
        int moved = 0;
        for (JsonNode g : geoms) {
            String state = stateFips.get(g.path("id").asText(""));
            Integer i = state == null ? null : states.get(state);
            double[] c = i == null ? null : centroid(g, arcs);
            if (c != null) {
                b.setCoordinates(i, c[1], c[0]);
                moved++;
            }
        }
        return moved;
    }

    /** Area-weighted centroid (lon, lat) of the outer rings of a Polygon or MultiPolygon; null when empty. */
    static double[] centroid(JsonNode g, double[][] arcs) {
        String type = g.path("type").asText();
        JsonNode polys;
        if (type.equals("Polygon")) {
            polys = JSON.createArrayNode().add(g.path("arcs"));
        } else if (type.equals("MultiPolygon")) {
            polys = g.path("arcs");
        } else {
            return null;
        }
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (JsonNode poly : polys) {
            if (poly.isEmpty()) {
                continue;
            }
            double[] ring = ring(poly.get(0), arcs);
            int n = ring.length / 2;
            for (int k = 0; k < n; k++) {
                double x0 = ring[2 * k];
                double y0 = ring[2 * k + 1];
                double x1 = ring[2 * ((k + 1) % n)];
                double y1 = ring[2 * ((k + 1) % n) + 1];
                double cross = x0 * y1 - x1 * y0;
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
        }
        if (Math.abs(area) < 1e-12) {
            return null;
        }
        return new double[] {cx / (3 * area), cy / (3 * area)};
    }

    /** The coordinates of a ring given as arc indices (~i = arc i reversed), the shared end points once. */
    private static double[] ring(JsonNode arcIdx, double[][] arcs) {
        int len = 0;
        for (JsonNode a : arcIdx) {
            int i = a.asInt();
            len += arcs[i < 0 ? ~i : i].length;
        }
        double[] out = new double[len];
        int p = 0;
        for (JsonNode a : arcIdx) {
            int i = a.asInt();
            double[] arc = arcs[i < 0 ? ~i : i];
            int n = arc.length / 2;
            for (int k = 0; k < n; k++) {
                int src = i < 0 ? n - 1 - k : k;
                if (k == 0 && p > 0) {
                    continue; // the first point of an arc is the last point of the one before
                }
                out[p++] = arc[2 * src];
                out[p++] = arc[2 * src + 1];
            }
        }
        return java.util.Arrays.copyOf(out, p);
    }

    /** FIPS state code → GeoNames admin1 code, from iso3166-2-db's {@code regions/US/en_ref.json}. */
    static Map<String, String> stateFips(Path enRef) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode r : JSON.readTree(enRef.toFile())) {
            String fips = r.path("fips").asText("");
            String admin = r.path("admin").asText("");
            if (fips.length() == 2 && !admin.isEmpty()) {
                out.put(fips, admin);
            }
        }
        return out;
    }
}
