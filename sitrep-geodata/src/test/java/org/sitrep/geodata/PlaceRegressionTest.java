package org.sitrep.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/** Integration tier: one sentence (written for the test) per resolution error that was fixed, on the bundled gazetteer. */
class PlaceRegressionTest {
    private static final Pipeline PIPE = Pipelines.standard(Resources.bundled());

    private static List<ResolvedPlace> places(String text) {
        return PIPE.process(Document.of("t", text)).get(Layers.PLACES);
    }

    private static Place place(String text, String name) {
        return places(text).stream().filter(p -> p.mention().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + name + "' in: " + text)).place();
    }

    @Test
    void usCountiesAreDivisionsOfTheirState() {
        String s = "Deputies from Licking County arrested a man in Newark on Friday.";
        Place county = place(s, "Licking County");
        assertThat(county.featureCode()).isEqualTo("ADM2");
        assertThat(county.country()).isEqualTo("US");
        assertThat(county.admin1Code()).isEqualTo("OH");
        assertThat(place(s, "Newark").admin1Code()).isEqualTo("OH");
        assertThat(place("The Rapides Parish sheriff said the road was closed.", "Rapides Parish").admin1Code())
                .isEqualTo("LA");
    }

    @Test
    void aTownAndItsDivisionOfTheSameNameUnderAnotherSpellingIsTheTown() {
        Place p = place("Fighting was reported in Derna in eastern Libya on Monday, residents said.", "Derna");
        assertThat(p.isPopulatedPlace()).as("%s %s", p.name(), p.featureCode()).isTrue();
        assertThat(p.country()).isEqualTo("LY");
    }

    @Test
    void aLocalTownBeatsAnUnsupportedCountryAbroad() {
        Place p = place("A Palestine man was arrested in Tyler on Friday, the Anderson County sheriff said.", "Palestine");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.admin1Code()).isEqualTo("TX");
        Place j = place("Rain fell on the Jordan family farm near Shakopee, and the Jordan police chief said the "
                + "Scott County roads were closed.", "Jordan");
        assertThat(j.country()).isEqualTo("US");
        assertThat(j.admin1Code()).isEqualTo("MN");
    }

    @Test
    void theCountryKeepsItsReadingWhereTheDocumentSupportsIt() {
        assertThat(place("Israeli troops raided homes in Ramallah, and the president of Palestine protested.", "Palestine")
                .country()).isEqualTo("PS");
        assertThat(place("Exports from China to Texas fell; a Houston port official and German and Canadian buyers "
                + "said China would retaliate.", "China").isCountry()).isTrue();
    }

    @Test
    void aStateKeepsItsReadingBesideTownsOfAnotherState() {
        String s = "Fires in California forced evacuations; officials in Pittsburgh and Erie sent help.";
        assertThat(place(s, "California").featureCode()).isEqualTo("ADM1");
        assertThat(place(s, "Pittsburgh").admin1Code()).isEqualTo("PA");
    }

    @Test
    void capitalExpressionsNameTheCapitalCity() {
        List<ResolvedPlace> r = places("Police in the Somali capital said two died. A bomb in Kenya's capital wounded five. "
                + "Gunmen attacked a hotel in the capital of Mali.");
        assertThat(r).filteredOn(p -> p.mention().name().equals("capital"))
                .extracting(p -> p.place().name()).containsExactly("Mogadishu", "Nairobi", "Bamako");
        // the country's own name stays the country
        assertThat(r).filteredOn(p -> p.mention().name().equals("Kenya")).first()
                .satisfies(p -> assertThat(p.place().isCountry()).isTrue());
        assertThat(places("The Kenyan capital markets fell.")).noneMatch(p -> p.mention().name().equals("capital"));
    }

    @Test
    void transliterationsWithAFusedArticle() {
        Place d = place("Fighting in Deir Ezzor killed two.", "Deir Ezzor");
        assertThat(d.country()).isEqualTo("SY");
        assertThat(d.isPopulatedPlace()).isTrue();
        assertThat(place("Floods hit Dar Essalaam.", "Dar Essalaam").country()).isEqualTo("TZ");
    }

    @Test
    void lineOfControlIsARegionAndABareLineIsNoPlace() {
        List<ResolvedPlace> r = places("Troops fired across the Line-of-Control near Poonch. He drew a red Line on the map.");
        assertThat(r).extracting(p -> p.mention().name()).contains("Line-of-Control").doesNotContain("Line");
        assertThat(r.get(0).place().featureCode()).isEqualTo("RGN");
        assertThat(r).filteredOn(p -> p.mention().name().equals("Poonch")).first()
                .satisfies(p -> assertThat(p.place().country()).isEqualTo("IN"));
    }

    @Test
    void aGivenNameBeforeASurnameIsAPersonEvenWhenSomeDivisionHasTheName() {
        assertThat(places("The lawyer, Mary Okafor, said her client was innocent; Michael Brandt agreed."))
                .extracting(p -> p.mention().name()).doesNotContain("Mary", "Michael");
        // a hyphen joins two places, and a big division keeps its reading before a capitalised word
        assertThat(places("The airline restarted its Washington-Moscow route."))
                .extracting(p -> p.mention().name()).contains("Moscow");
        assertThat(places("She was taken to Virginia Commonwealth University hospital."))
                .extracting(p -> p.mention().name()).contains("Virginia");
    }

    @Test
    void aBareOceanNameIsTheOcean() {
        assertThat(place("Storms formed over the Atlantic and moved west.", "Atlantic").featureCode()).isEqualTo("OCN");
        assertThat(place("Ships crossed the Pacific in convoy.", "Pacific").featureCode()).isEqualTo("OCN");
        assertThat(place("He moved to Atlantic City last year.", "Atlantic City").country()).isEqualTo("US");
    }

    @Test
    void twoAmbiguousNamesAreReadAsTheNeighbouringPair() {
        String s = "The Madison County fiscal court met in Richmond on Tuesday to discuss the budget.";
        assertThat(place(s, "Richmond").admin1Code()).isEqualTo("KY");
        assertThat(place(s, "Madison County").admin1Code()).isEqualTo("KY");
    }

    @Test
    void stateNamesStayStatesBesideOtherStates() {
        List<ResolvedPlace> r = places("Cases of the illness were found in Georgia, Oklahoma, Pennsylvania, Wisconsin "
                + "and California, and one in Florida.");
        assertThat(r).hasSize(6).allSatisfy(p -> assertThat(p.place().featureCode()).as(p.mention().name())
                .isEqualTo("ADM1"));
    }
}
