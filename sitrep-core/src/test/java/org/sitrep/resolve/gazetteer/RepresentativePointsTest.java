package org.sitrep.resolve.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The representative points of countries and divisions that the gazetteer compiler computes. */
class RepresentativePointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String square(double lat, double lon, double half) {
        return "[[[" + (lon - half) + "," + (lat - half) + "],[" + (lon + half) + "," + (lat - half) + "],["
                + (lon + half) + "," + (lat + half) + "],[" + (lon - half) + "," + (lat + half) + "],["
                + (lon - half) + "," + (lat - half) + "]]]";
    }

    private static JsonNode multi(String... polygons) throws Exception {
        return JSON.readTree("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", polygons) + "]}}]}");
    }

    @Test
    void aCompactCountryLiesHalfwayBetweenItsConventionalPointAndItsMainlandCentroid() throws Exception {
        // a mainland centred at (30, 100) and a tiny island: the conventional point (30, 104) moves to (30, 102)
        JsonNode shape = multi(square(30, 100, 5), square(20, 120, 0.2));
        double[] p = CountryPoints.representative(30, 104, shape);
        assertThat(p[0]).isCloseTo(30, within(0.05));
        assertThat(p[1]).isCloseTo(102, within(0.05));
    }

    @Test
    void aConventionalPointCloseToTheMainlandCentroidStays() throws Exception {
        // 0.5 degrees (about 45 km) apart: the two estimates agree, the conventional point stays
        JsonNode shape = multi(square(30, 100, 5));
        assertThat(CountryPoints.representative(30, 100.5, shape)).containsExactly(30, 100.5);
    }

    @Test
    void anArchipelagoKeepsItsConventionalPoint() throws Exception {
        // three islands of the same size: the biggest one's centroid is no centre of the country
        JsonNode shape = multi(square(0, 100, 2), square(0, 110, 2), square(0, 120, 2));
        assertThat(CountryPoints.representative(-1, 112, shape)).containsExactly(-1, 112);
        assertThat(CountryPoints.representative(-1, 112, null)).containsExactly(-1, 112);
    }

    @Test
    void oneMiscodedTownDoesNotMoveAProvince() {
        // forty towns between 38 and 40 N, 114 and 118 E, and one town with the same division code 1,000 km west
        int n = 41;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < 40; i++) {
            lat[i] = 38 + (i % 5) * 0.5;
            lon[i] = 114 + (i / 5) * 0.5;
        }
        lat[40] = 36.0;
        lon[40] = 103.0;
        double[] c = GeoNamesLoader.robustCentre(lat, lon);
        assertThat(c[0]).isCloseTo(39, within(0.01));
        assertThat(c[1]).isCloseTo(115.75, within(0.01));
        // without the stray the centre is the bounding box's
        double[] all = GeoNamesLoader.robustCentre(java.util.Arrays.copyOf(lat, 40), java.util.Arrays.copyOf(lon, 40));
        assertThat(all).containsExactly(c[0], c[1]);
    }
}
