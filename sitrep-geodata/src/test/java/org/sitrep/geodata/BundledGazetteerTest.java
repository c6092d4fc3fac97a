package org.sitrep.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Gazetteers;
import org.sitrep.resolve.gazetteer.CountryTable;

/** Integration tier: the real bundled gazetteer and the standard pipeline. */
class BundledGazetteerTest {
    static Gazetteer g;
    static long loadMillis;
    static long heapBytes;

    @BeforeAll
    static void load() throws java.io.IOException {
        // a fresh load (not the JVM-wide cached one another test may already hold)
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        try (java.io.InputStream in = Gazetteers.class.getResourceAsStream(Gazetteers.BUNDLED)) {
            assertThat(in).as("bundled index on the class path").isNotNull();
            g = new org.sitrep.resolve.gazetteer.BinaryGazetteer(java.nio.ByteBuffer.wrap(in.readAllBytes()), "fresh");
        }
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        heapBytes = mem.getHeapMemoryUsage().getUsed() - before;
        System.out.println("bundled gazetteer: " + g.description() + ", loaded in " + loadMillis + " ms, heap +"
                + (heapBytes >> 20) + " MiB");
    }

    @Test
    void loadsFastAndSmall() {
        assertThat(g.size()).isGreaterThan(190_000);
        assertThat(loadMillis).as("load time (ms)").isLessThan(1500);
        assertThat(heapBytes).as("heap bytes").isLessThan(300L << 20);
        assertThat(Gazetteers.bundled()).isSameAs(Gazetteers.bundled());
    }

    @Test
    void namesSpellingsAndDivisions() {
        assertThat(g.candidates("Sirte").get(0).country()).isEqualTo("LY");
        assertThat(g.candidates("Derna")).extracting(Place::country).contains("LY");
        assertThat(g.candidates("Darnah")).extracting(Place::country).contains("LY");
        Place surt = g.admin1("LY", g.candidates("Sirte").get(0).admin1Code());
        assertThat(surt).isNotNull();
        assertThat(surt.featureCode()).isEqualTo("ADM1");
        assertThat(g.candidates("Balkh")).anyMatch(p -> p.isAdmin1() && p.country().equals("AF"));
        assertThat(g.candidates("Borno")).anyMatch(p -> p.isAdmin1() && p.country().equals("NG"));
        assertThat(g.candidates("Kabul").get(0).featureCode()).isIn("PPLC", "ADM1");
        assertThat(g.candidates("Mazar-i-Sharif")).extracting(Place::country).contains("AF");
    }

    @Test
    void everyCountryOfTheTableWithPlacesIsInTheIndex() {
        int missing = 0;
        for (CountryTable.Country c : CountryTable.standard().all()) {
            if (g.country(c.iso2()) == null) {
                missing++;
            }
        }
        // uninhabited territories (Bouvet, Heard Island...) have no place of their own and no centroid source
        assertThat(missing).isLessThan(5);
        assertThat(g.country("LY").lat()).isBetween(20.0, 33.0);
        assertThat(g.candidates("Libya").get(0).isCountry()).isTrue();
    }

    @Test
    void standardPipelineResolvesPlacesInContext() {
        Pipeline p = Pipelines.standard(Resources.bundled());
        List<ResolvedPlace> a = p.process(Document.of("a", "Clashes erupted in Tripoli, Lebanon, between rival gunmen."))
                .get(Layers.PLACES);
        assertThat(a).filteredOn(r -> r.mention().name().equals("Tripoli")).first()
                .satisfies(r -> assertThat(r.place().country()).isEqualTo("LB"));
        List<ResolvedPlace> b = p.process(Document.of("b", "Militias fought near the airport of Tripoli, the Libyan capital."))
                .get(Layers.PLACES);
        assertThat(b).filteredOn(r -> r.mention().name().equals("Tripoli")).first()
                .satisfies(r -> assertThat(r.place().country()).isEqualTo("LY"));
        List<ResolvedPlace> c = p.process(Document.of("c", "An airstrike hit a compound 30 km south of Sirte in eastern Libya."))
                .get(Layers.PLACES);
        assertThat(c).extracting(r -> r.precision()).containsExactly(GeoPrecision.NEAR, GeoPrecision.REGION);
        assertThat(c.get(0).place().country()).isEqualTo("LY");
        List<ResolvedPlace> d = p.process(Document.of("d", "Boko Haram fighters attacked Gwoza in Borno State, Nigerian officials said."))
                .get(Layers.PLACES);
        assertThat(d).extracting(r -> r.mention().name()).containsExactly("Gwoza", "Borno State", "Nigerian");
        assertThat(d.get(0).place().country()).isEqualTo("NG");
        assertThat(d.get(1).precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(d.get(2).isDemonym()).isTrue();
    }

    @Test
    void membersOfAListAreAlike() {
        Pipeline p = Pipelines.standard(Resources.bundled());
        List<ResolvedPlace> r = p.process(Document.of("l", "Cases were reported in Kentucky, Michigan, Nevada, Oregon and Wyoming."))
                .get(Layers.PLACES);
        assertThat(r).hasSize(5).allSatisfy(x -> assertThat(x.place().featureCode()).isEqualTo("ADM1"));
    }

    @Test
    void conflictNewsParagraph() {
        Pipeline p = Pipelines.standard(Resources.bundled());
        List<ResolvedPlace> r = p.process(Document.of("c", "Forces loyal to the eastern commander shelled positions 40 km west "
                + "of Ajdabiya on Monday. In Afghanistan, the Taliban attacked checkpoints in Kunduz, Ashraf Ghani's office said. "
                + "US airstrikes hit Sirte's Ouagadougou conference centre.")).get(Layers.PLACES);
        assertThat(r).extracting(x -> x.mention().name()).containsExactly("Ajdabiya", "Afghanistan", "Kunduz", "US", "Sirte");
        assertThat(r.get(0).precision()).isEqualTo(GeoPrecision.NEAR);
        assertThat(r.get(0).place().country()).isEqualTo("LY");
        assertThat(r.get(2).place().country()).isEqualTo("AF");
        assertThat(r.get(4).precision()).isEqualTo(GeoPrecision.NEAR);
    }
}
