package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.actors.ActorRecognizer;
import org.sitrep.mentions.places.PlaceRecognitionStage;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.StageInvariants;
import org.sitrep.testing.TinyGazetteer;
import org.sitrep.text.TextStage;

/**
 * Regression tests for short texts whose country evidence is thin: phrase cues, the division word that tells
 * namesake divisions apart, the nationality of armed forces, and words that look like places but are not. Sentences
 * are written for these tests.
 */
class ShortTextEvidenceTest {
    private static final Pipeline PIPE = Pipeline.of(List.of(new TextStage(), new ActorRecognizer(),
            new PlaceRecognitionStage(TinyGazetteer.get()), new PlaceResolutionStage()));

    static List<ResolvedPlace> places(String text) {
        return PIPE.process(Document.of("t", text)).get(Layers.PLACES);
    }

    static Optional<ResolvedPlace> named(String text, String name) {
        return places(text).stream().filter(p -> p.mention().name().equals(name)).findFirst();
    }

    @Test
    void phraseCuesAreCountryContext() {
        ResolvedPlace p = named("The bill was tabled in the Lok Sabha on Monday.", "Lok Sabha").orElseThrow();
        assertThat(p.isDemonym()).isTrue();
        assertThat(p.place().country()).isEqualTo("IN");
        assertThat(named("Gunmen raided a village in the local government area.", "local government area")
                .orElseThrow().place().country()).isEqualTo("NG");
        // a phrase cue needs all its words: "local" alone is nothing
        assertThat(places("The local market was closed.")).isEmpty();
    }

    @Test
    void theDivisionWordTellsNamesakeDivisionsApart() {
        assertThat(named("Power engineers protested across the state of Punjab.", "Punjab").orElseThrow().place()
                .country()).isEqualTo("IN");
        assertThat(named("Members of the Punjab State Employees Union protested.", "Punjab").orElseThrow().place()
                .country()).isEqualTo("IN");
        assertThat(named("Police fired on a rally in Punjab province.", "Punjab").orElseThrow().place().country())
                .isEqualTo("PK");
    }

    @Test
    void theNationalityOfArmedForcesDoesNotMakeAPlaceAStray() {
        ResolvedPlace p = named("Turkish forces shelled a village near Hasakeh overnight.", "Hasakeh").orElseThrow();
        assertThat(p.place()).isNotNull();
        assertThat(p.place().country()).isEqualTo("SY");
    }

    @Test
    void aDivisionWordMaySitBetweenAPlaceAndItsContainer() {
        ResolvedPlace p = named("Airstrikes targeted Wadi Rada district (Al Bayda) overnight.", "Al Bayda").orElseThrow();
        assertThat(p.place().country()).isEqualTo("YE");
    }

    @Test
    void aDemonymThatIsATownsNameAfterNearIsTheTown() {
        ResolvedPlace town = named("A clinic was burnt in Oukasie near Brits on Monday.", "Brits").orElseThrow();
        assertThat(town.isDemonym()).isFalse();
        assertThat(town.place().country()).isEqualTo("ZA");
        ResolvedPlace people = named("Two Brits were killed in Cairo.", "Brits").orElseThrow();
        assertThat(people.isDemonym()).isTrue();
        assertThat(people.place().country()).isEqualTo("GB");
    }

    @Test
    void wordsThatLookLikePlacesAreNot() {
        // a hyphenated common phrase
        assertThat(named("Hit-and-run attack kills two in Gwoza.", "Hit")).isEmpty();
        assertThat(named("Heavy fighting was reported in Hit on Sunday.", "Hit")).isPresent();
        // "Molotov cocktail" names no former Perm
        assertThat(named("Rioters hurled a Molotov cocktail at a bank in Gwoza.", "Molotov")).isEmpty();
        // the tail of a longer name the gazetteer lacks
        assertThat(named("Parents marched in Nelson Mandela Bay on Monday.", "Bay").orElseThrow().place()).isNull();
        assertThat(named("Fighting was reported in Bay on Monday.", "Bay").orElseThrow().place()).isNotNull();
        // a hyphenated word with another capitalised piece is no common phrase
        assertThat(named("Traffic stopped on the Maiduguri-to-Gwoza road.", "Gwoza")).isPresent();
    }

    @Test
    void aCityOfMillionsKeepsItsFormerName() {
        assertThat(named("Students of the University of Madras held a sit-in on Tuesday.", "Madras").orElseThrow()
                .place().country()).isEqualTo("IN");
    }

    @Test
    void anObservanceNamedAfterAPlaceIsNoPlace() {
        assertThat(named("Rallies marked Kashmir Day in Lahore.", "Kashmir")).isEmpty();
        assertThat(named("Rallies marked Kashmir Day in Lahore.", "Lahore")).isPresent();
    }

    @Test
    void aNameBeforeValleyNamesTheValleyUnlessTheTextSupportsTheTown() {
        assertThat(named("Gunmen raided hideouts in the Garsale Valley.", "Garsale").orElseThrow().place()).isNull();
        assertThat(named("Kenyan police raided hideouts in the Garsale Valley.", "Garsale").orElseThrow().place()
                .country()).isEqualTo("KE");
        assertThat(named("Gunmen raided Garsale at dawn.", "Garsale").orElseThrow().place()).isNotNull();
    }

    @Test
    void stageInvariantsHold() {
        StageInvariants.check(PIPE, 20261126L, 200);
    }
}
