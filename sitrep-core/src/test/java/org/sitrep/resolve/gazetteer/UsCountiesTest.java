package org.sitrep.resolve.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.resolve.NameKey;

class UsCountiesTest {
    /**
     * A hand-made TopoJSON: county 48001 is the unit square [0,1]x[0,1] drawn with two arcs (the second reversed),
     * county 22003 a square [2,4]x[0,2] in Louisiana, county 51510 an independent city (left out).
     */
    private static final String TOPO = """
            {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
             "objects":{"counties":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"48001","properties":{"name":"Anderson"},"arcs":[[0,-2]]},
               {"type":"Polygon","id":"22003","properties":{"name":"Allen"},"arcs":[[2]]},
               {"type":"Polygon","id":"51510","properties":{"name":"Alexandria"},"arcs":[[2]]}]},
              "states":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"48","properties":{"name":"Texas"},"arcs":[[2]]}]}},
             "arcs":[[[0,0],[1,0],[0,1]],[[0,0],[0,1],[1,0]],[[2,0],[2,0],[0,2],[-2,0],[0,-2]]]}
            """;

    @Test
    void countiesAtTheirCentroidInTheirState(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("counties.json");
        Files.writeString(f, TOPO);
        GazetteerBuilder b = new GazetteerBuilder();
        GeoNamesLoader loader = new GeoNamesLoader(b);
        int n = UsCounties.add(loader, f, Map.of("48", "TX", "22", "LA", "51", "VA"));
        assertThat(n).isEqualTo(2);
        int tx = b.indexOf(-(UsCounties.ID_BASE + 48001));
        assertThat(tx).isGreaterThanOrEqualTo(0);
        assertThat(b.admin1Code(tx)).isEqualTo("TX");
        assertThat(b.featureCode(tx)).isEqualTo("ADM2");
        assertThat(b.lat(tx)).isCloseTo(0.5, within(1e-6));
        assertThat(b.lon(tx)).isCloseTo(0.5, within(1e-6));
        int la = b.indexOf(-(UsCounties.ID_BASE + 22003));
        assertThat(b.lat(la)).isCloseTo(1.0, within(1e-6));
        assertThat(b.lon(la)).isCloseTo(3.0, within(1e-6));
        assertThat(b.indexOf(-(UsCounties.ID_BASE + 51510))).as("independent city").isEqualTo(-1);
    }

    @Test
    void statesMoveToTheCentroidOfTheirBoundary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("states.json");
        Files.writeString(f, TOPO);
        GazetteerBuilder b = new GazetteerBuilder();
        int tx = b.addPlace(4736286, "Texas", "US", "TX", 30.0, -99.0, 'A', "ADM1", 0);
        int moved = UsCounties.placeStates(new GeoNamesLoader(b), f, Map.of("48", "TX"));
        assertThat(moved).isEqualTo(1);
        assertThat(b.lat(tx)).isCloseTo(1.0, within(1e-6));
        assertThat(b.lon(tx)).isCloseTo(3.0, within(1e-6));
    }

    @Test
    void fusedArticleSpelling() {
        assertThat(NameKey.fusedArticle("deir ez zor")).isEqualTo("deir ezzor");
        assertThat(NameKey.fusedArticle("dar es salaam")).isEqualTo("dar essalaam");
        assertThat(NameKey.fusedArticle("ras al ain")).isNull(); // "al" is not assimilated
        assertThat(NameKey.fusedArticle("new york")).isNull();
        assertThat(NameKey.fusedArticle("an nasiriyah")).isNull(); // only after the first word
    }
}
