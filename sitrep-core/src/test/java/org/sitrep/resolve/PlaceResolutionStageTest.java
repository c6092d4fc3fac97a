package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.places.PlaceRecognitionStage;
import org.sitrep.model.Document;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.StageInvariants;
import org.sitrep.testing.TinyGazetteer;
import org.sitrep.text.TextStage;

/** Golden tests: the same name resolves differently depending on the rest of the document. */
class PlaceResolutionStageTest {
    private static final Pipeline PIPE = Pipeline.of(List.of(new TextStage(),
            new PlaceRecognitionStage(TinyGazetteer.get()), new PlaceResolutionStage()));

    static List<ResolvedPlace> places(String text) {
        return PIPE.process(Document.of("t", text)).get(Layers.PLACES);
    }

    static ResolvedPlace first(String text, String name) {
        return places(text).stream().filter(p -> p.mention().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + name + "' in: " + text));
    }

    @Test
    void tripoliByExplicitCountry() {
        assertThat(first("Rockets hit Tripoli, Libya, late on Sunday.", "Tripoli").place().country()).isEqualTo("LY");
        assertThat(first("Rockets hit Tripoli, Lebanon, late on Sunday.", "Tripoli").place().country()).isEqualTo("LB");
    }

    @Test
    void tripoliByOtherPlacesOfTheDocument() {
        assertThat(first("Protesters marched from Beirut to Tripoli on Friday.", "Tripoli").place().country()).isEqualTo("LB");
        assertThat(first("The convoy drove from Benghazi to Tripoli on Friday.", "Tripoli").place().country()).isEqualTo("LY");
        assertThat(first("Lebanese troops deployed in Tripoli after the clashes.", "Tripoli").place().country()).isEqualTo("LB");
    }

    @Test
    void springfieldFollowsItsNeighbours() {
        assertThat(first("Storms hit Peoria and then Springfield on Tuesday.", "Springfield").place().admin1Code()).isEqualTo("IL");
        assertThat(first("Tourists left Branson for Springfield on Tuesday.", "Springfield").place().admin1Code()).isEqualTo("MO");
        assertThat(first("Police in Holyoke and Springfield made arrests.", "Springfield").place().admin1Code()).isEqualTo("MA");
        assertThat(first("A fire broke out in Springfield, Massachusetts.", "Springfield").place().admin1Code()).isEqualTo("MA");
    }

    @Test
    void alexandriaByFocusCountry() {
        assertThat(first("Crowds gathered in Cairo and Alexandria.", "Alexandria").place().country()).isEqualTo("EG");
        assertThat(first("Officials in Washington said a man from Alexandria, Virginia was held.", "Alexandria").place()
                .country()).isEqualTo("US");
    }

    @Test
    void districtInAProvince() {
        ResolvedPlace p = first("An airstrike hit Dawlat Abad, Balkh, killing five.", "Dawlat Abad");
        assertThat(p.place().admin1Code()).isEqualTo("30");
        ResolvedPlace q = first("An airstrike hit Dawlat Abad in Jowzjan province.", "Dawlat Abad");
        assertThat(q.place().admin1Code()).isEqualTo("31");
    }

    @Test
    void precisionFollowsTheExpression() {
        assertThat(first("Gunmen attacked Sirte.", "Sirte").precision()).isEqualTo(GeoPrecision.EXACT);
        assertThat(first("Gunmen attacked a checkpoint south of Sirte.", "Sirte").precision()).isEqualTo(GeoPrecision.NEAR);
        assertThat(first("Militias clashed in eastern Libya.", "Libya").precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(first("Militias clashed in Libya.", "Libya").precision()).isEqualTo(GeoPrecision.COUNTRY);
        assertThat(first("Officials in Borno State said.", "Borno").precision()).isEqualTo(GeoPrecision.REGION);
        ResolvedPlace dem = first("Libyan forces advanced.", "Libyan");
        assertThat(dem.isDemonym()).isTrue();
        assertThat(dem.place().country()).isEqualTo("LY");
    }

    @Test
    void confidenceIsAProbability() {
        for (ResolvedPlace p : places("Rockets hit Tripoli and Springfield and Kabul.")) {
            assertThat(p.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void randomInputKeepsTheInvariants() {
        for (long seed = 1; seed <= 5; seed++) {
            StageInvariants.check(PIPE, seed, 60);
        }
    }

    @Test
    void distanceIsGreatCircle() {
        assertThat(Place.km(32.8872, 13.1913, 31.2089, 16.5887)).isBetween(360.0, 380.0);
        assertThat(Place.km(10, 10, 10, 10)).isZero();
    }
}
