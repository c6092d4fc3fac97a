package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventLocation;
import org.sitrep.model.GeoPrecision;

/**
 * The event's place and country (EventLocator): the text's own country evidence decides between places, cause
 * clauses and foreigners' demonyms do not locate an event, and a town its division vouches for wins. Sentences and
 * places are written for this test.
 */
class EventLocatorTest {

    private static EventLocation where(Docs d) {
        List<Event> ev = d.events();
        assertThat(ev).as("events").isNotEmpty();
        return Docs.top(ev).location();
    }

    @Test
    void aPlaceInACountryNothingElseNamesLosesToTheTextsCountry() {
        // "Valencia" read as the Spanish city, while a Ghanaian party and a Ghanaian town say where the text is
        Docs d = Docs.of("Youths burned a council office in Valencia, Ward 12, after NPP activists rejected the list. "
                        + "The party's office in Kumasi condemned the attack.")
                .placeIn("Valencia", "Valencia", "ES", "60", "PPLA", 39.47, -0.38, GeoPrecision.EXACT)
                .placeIn("Kumasi", "Kumasi", "GH", "02", "PPLA", 6.69, -1.62, GeoPrecision.EXACT)
                .actor("NPP activists", "npp_gh", "New Patriotic Party", ActorKind.POLITICAL_MILITIA, "GH");
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("GH");
        assertThat(loc.name()).isEqualTo("Kumasi");
    }

    @Test
    void withOnlyTheContradictedPlaceTheEventGetsTheTextsCountryOnly() {
        Docs d = Docs.of("Youths burned a council office in Valencia, Ward 12. NPP activists and NDC supporters "
                        + "blamed each other.")
                .placeIn("Valencia", "Valencia", "ES", "60", "PPLA", 39.47, -0.38, GeoPrecision.EXACT)
                .actor("NPP activists", "npp_gh", "New Patriotic Party", ActorKind.POLITICAL_MILITIA, "GH")
                .actor("NDC supporters", "ndc_gh", "National Democratic Congress", ActorKind.POLITICAL_MILITIA, "GH");
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("GH");
        assertThat(loc.precision()).isEqualTo(GeoPrecision.COUNTRY);
        assertThat(loc.lat()).isNull();
    }

    @Test
    void aPlaceNamedTwiceIsNotOutvotedByOneStrayReading() {
        // the same town twice against one stray reading of a district word: the town stays
        Docs d = Docs.of("Workers protested in Tamale, outside the Medina market of Tamale, over unpaid wages.")
                .placeIn("Tamale", "Tamale", "GH", "06", "PPLA", 9.40, -0.85, GeoPrecision.EXACT)
                .placeIn("Medina", "Medina", "SA", "05", "PPLA", 24.47, 39.61, GeoPrecision.EXACT);
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("GH");
        assertThat(loc.name()).isEqualTo("Tamale");
    }

    @Test
    void aForeignArmedGroupDoesNotMoveATownAgainstEvenEvidence() {
        // one town against one transnational group: a tie keeps the named town
        Docs d = Docs.of("Members of a street gang clashed with police in Santa Rosa on Friday.")
                .placeIn("Santa Rosa", "Santa Rosa", "GT", "18", "PPLA", 14.3, -90.3, GeoPrecision.EXACT)
                .actor("street gang", "gang_x", "Street Gang", ActorKind.POLITICAL_MILITIA, "SV");
        assertThat(where(d).name()).isEqualTo("Santa Rosa");
    }

    @Test
    void aCauseClauseDoesNotLocateTheEvent() {
        Docs d = Docs.of("Ugandan jets bombed a camp of ADF rebels in response to an attack in Kasese, Uganda.")
                .placeIn("Kasese", "Kasese", "UG", "W", "PPLA", 0.18, 30.08, GeoPrecision.EXACT)
                .countryPlaceLast("Uganda", "UG")
                .actor("Ugandan jets", "state:UG:military", "Military Forces of Uganda", ActorKind.STATE_FORCES, "UG")
                .actor("ADF rebels", "adf", "Allied Democratic Forces", ActorKind.REBEL_GROUP, "CD");
        EventLocation loc = where(d);
        assertThat(loc.name()).isNotEqualTo("Kasese");
        assertThat(loc.country()).isEqualTo("CD");
    }

    @Test
    void foreignNationalsDoNotGiveTheirCountry() {
        Docs d = Docs.of("About 300 Malian nationals marched to the parliament to demand help for their country.")
                .demonym("Malian", "ML");
        assertThat(where(d).country()).isNull();
    }

    @Test
    void aDemonymOfTheCrowdStillGivesTheCountry() {
        Docs d = Docs.of("About 300 Malian students marched to the parliament to demand grants.")
                .demonym("Malian", "ML");
        assertThat(where(d).country()).isEqualTo("ML");
    }

    @Test
    void aCurrencyIsNoPlace() {
        Docs d = Docs.of("Protesters blocked the coastal highway against the soaring US dollar exchange rate.")
                .countryPlace("US", "US");
        assertThat(where(d).country()).isNull();
    }

    @Test
    void theTownItsDivisionVouchesForBeatsAStrayNeighbourhoodReading() {
        // "in X, Region, ... in the Y neighbourhood": Y read as a town elsewhere in the country loses to X
        Docs d = Docs.of("In Puerto Alto, Costa Verde, a man was found dead in the Miramar neighbourhood.")
                .placeIn("Puerto Alto", "Puerto Alto", "MX", "02", "PPL", 32.5, -117.0, GeoPrecision.EXACT)
                .placeIn("Costa Verde", "Costa Verde", "MX", "02", "ADM1", 30.0, -115.0, GeoPrecision.REGION)
                .placeIn("Miramar", "Miramar", "MX", "28", "PPL", 22.3, -97.9, GeoPrecision.EXACT);
        EventLocation loc = where(d);
        assertThat(loc.name()).isEqualTo("Puerto Alto");
        assertThat(loc.precision()).isEqualTo(GeoPrecision.EXACT);
    }

    @Test
    void aCueWordIsHomeGroundAgainstAStrayReading() {
        // lower-case cue words of the place recogniser arrive as demonym mentions; two of them outweigh a stray town
        Docs d = Docs.of("A teacher was hacked to death at Salampur under the upazila after a hartal on Friday.")
                .placeIn("Salampur", "Salampur", "PK", "04", "PPL", 27.9, 68.6, GeoPrecision.EXACT)
                .demonym("upazila", "BD")
                .demonym("hartal", "BD");
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("BD");
        assertThat(loc.precision()).isEqualTo(GeoPrecision.COUNTRY);
    }

    @Test
    void aReportingMissionGivesItsCountryWhenNothingElseDoes() {
        Docs d = Docs.of("The monitoring mission observed 12 explosions near an unnamed village.");
        d.reporter("monitoring mission", "Monitoring Mission");
        assertThat(where(d).country()).isEqualTo("US"); // the Docs helper's reporters are of the US
    }

    @Test
    void aQuarterGivesWayToItsTown() {
        // "the X neighbourhood": X read as a namesake town elsewhere; the sentence's town is the event's
        Docs d = Docs.of("Police raided a house in the Vila Nova neighbourhood of Porto Claro on Sunday. A shoot-out broke out.")
                .placeIn("Vila Nova", "Vila Nova", "BR", "18", "PPL", -25.0, -50.0, GeoPrecision.EXACT)
                .placeIn("Porto Claro", "Porto Claro", "BR", "21", "PPLA", -22.9, -43.2, GeoPrecision.EXACT);
        EventLocation loc = where(d);
        assertThat(loc.name()).isEqualTo("Porto Claro");
    }

    @Test
    void aBusHeadingToATownWasNotAttackedThere() {
        Docs d = Docs.of("In Lakshmipur, assailants torched a Khulna-bound bus on the highway at dawn.")
                .placeIn("Lakshmipur", "Lakshmipur", "BD", "84", "PPLA", 22.94, 90.83, GeoPrecision.EXACT)
                .placeIn("Khulna", "Khulna", "BD", "82", "PPLA", 22.81, 89.56, GeoPrecision.EXACT);
        assertThat(where(d).name()).isEqualTo("Lakshmipur");
    }

    @Test
    void aProtestsPleaAboutACrisisAbroadDoesNotLocateIt() {
        Docs d = Docs.of("Nurses gathered outside parliament in Accra over unpaid wages. Later, 300 migrants "
                        + "marched to parliament to plead for mediation in the crisis in Togo.")
                .placeIn("Accra", "Accra", "GH", "07", "PPLC", 5.56, -0.20, GeoPrecision.EXACT)
                .countryPlace("Togo", "TG");
        List<Event> ev = d.events();
        assertThat(ev).isNotEmpty();
        assertThat(ev).as(ev.toString()).allSatisfy(e -> assertThat(e.location().country()).isEqualTo("GH"));
    }

    @Test
    void partiesUnionsAndMissionsOfTheCatalogueGiveTheirCountry() {
        org.sitrep.pipeline.Pipeline pipe = TestPipelines.full();
        String[][] cases = {
            {"Suspected UPND cadres beat up two ruling party members at a market.", "ZM"},
            {"FDC supporters clashed with police outside a court.", "UG"},
            {"Members of CITU staged a protest outside the power plant over unpaid wages.", "IN"},
            {"COSATU members marched to the provincial legislature over job losses.", "ZA"},
            {"The OSCE SMM recorded 40 explosions near an unnamed village.", "UA"},
        };
        for (String[] c : cases) {
            List<Event> ev = pipe.process(org.sitrep.model.Document.of("t", c[0],
                    org.sitrep.model.DocumentMeta.empty().withPublished(java.time.LocalDate.of(2016, 6, 20), "test")))
                    .get(org.sitrep.model.Layers.EVENTS);
            assertThat(ev).as("events in: %s", c[0]).isNotEmpty();
            assertThat(Docs.top(ev).location().country()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void aNamesakeOutsideEveryNamedDivisionGivesWayToTheVouchedTown() {
        Docs d = Docs.of("Activists set fire to three trucks of a gravel company in Fairview, Westland. "
                        + "A second truck was torched at the Greenfield depot the same night.")
                .placeIn("Fairview", "Fairview", "US", "41", "PPL", 45.5, -122.7, GeoPrecision.EXACT)
                .placeIn("Westland", "Westland", "US", "41", "ADM1", 44.0, -120.5, GeoPrecision.REGION)
                .placeIn("Greenfield", "Greenfield", "US", "45", "PPL", 34.0, -81.0, GeoPrecision.EXACT);
        List<Event> ev = d.events();
        assertThat(ev).hasSizeGreaterThanOrEqualTo(2);
        for (Event e : ev) {
            assertThat(e.location().name()).as(e.toString()).isEqualTo("Fairview");
        }
    }

    @Test
    void aPlaceNamedByAnotherCountrysDivisionWordIsANamesake() {
        // "Kalinagar" read as an Indian town, while the division word after it is Bangladeshi: the country only
        Docs d = Docs.of("Two villagers were killed in a clash over a pond in Kalinagar upazila on Sunday.")
                .placeIn("Kalinagar", "Kalinagar", "IN", "28", "PPL", 22.5, 88.1, GeoPrecision.EXACT)
                .demonym("upazila", "BD");
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("BD");
        assertThat(loc.precision()).isEqualTo(GeoPrecision.COUNTRY);
    }

    @Test
    void anAbbreviatedDivisionGivesTheCountryWhenNoPlaceResolves() {
        Docs d = Docs.of("Hundreds of workers protested outside a spinning mill in Ramapuram (Kurnool, AP) over unpaid wages.");
        assertThat(where(d).country()).isEqualTo("IN");
        Docs alone = Docs.of("A mob pelted stones at the police in Sikandra village (UP) over a land dispute.");
        assertThat(where(alone).country()).isEqualTo("IN");
    }

    @Test
    void theActorsCatalogueCountryYieldsToTheTextsOwnGround() {
        // a group catalogued in one country acting where a division of another is named
        Docs d = Docs.of("Suspected militants of the Sahel front burned a school in Dabesma (Dabesma, Oudalan).")
                .actor("militants of the Sahel front", "sahel_front", "Sahel Front", ActorKind.REBEL_GROUP, "ML")
                .demonym("Oudalan", "BF");
        assertThat(where(d).country()).isEqualTo("BF");
    }

    @Test
    void foreignForcesYieldToTheDemonymOfThePeopleTheyActAgainst() {
        Docs d = Docs.of("Israeli forces raided the village at dawn and beat two Palestinian farmers.")
                .actor("Israeli forces", "state:IL:military", "Military Forces of Israel", ActorKind.STATE_FORCES, "IL")
                .demonym("Israeli", "IL")
                .demonym("Palestinian", "PS");
        assertThat(where(d).country()).isEqualTo("PS");
    }

    @Test
    void placesOfACauseClauseDoNotOverruleTheActorsCountry() {
        Docs d = Docs.of("Air strikes hit an al Shabaab camp in response to an attack in Mandera, Kenya.")
                .placeIn("Mandera", "Mandera", "KE", "06", "PPLA", 3.94, 41.86, GeoPrecision.EXACT)
                .countryPlace("Kenya", "KE")
                .actor("al Shabaab", "al_shabaab", "Al Shabaab", ActorKind.REBEL_GROUP, "SO");
        assertThat(where(d).country()).isEqualTo("SO");
    }

    @Test
    void aTownNamedInsideAnotherCountrysDivisionIsANamesake() {
        // "Oxford" read as the English town, while the text places it in a South African province
        Docs d = Docs.of("Residents of Oxford in the Western Cape blocked a road over the lack of housing.")
                .placeIn("Oxford", "Oxford", "GB", "ENG", "PPLA2", 51.75, -1.26, GeoPrecision.EXACT)
                .placeIn("Western Cape", "Western Cape", "ZA", "11", "ADM1", -33.5, 20.5, GeoPrecision.REGION);
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("ZA");
        assertThat(loc.name()).isEqualTo("Western Cape");
    }

    @Test
    void aTownInItsOwnNamesakeDivisionStays() {
        // the division named after the town is read in another country, but it spells the town's own division
        Docs d = Docs.of("Dockers marched in Salinas, Oriente state, over unpaid wages.")
                .townInDivision("Salinas", "Salinas", "EC", "Oriente", -2.2, -80.9)
                .placeIn("Oriente state", "Oriente", "VE", "02", "ADM1", 9.0, -64.0, GeoPrecision.REGION);
        EventLocation loc = where(d);
        assertThat(loc.name()).isEqualTo("Salinas");
    }

    @Test
    void theCapitalIsTheCapitalOfTheTextsCountry() {
        org.sitrep.pipeline.Pipeline pipe = TestPipelines.full();
        String[][] cases = {
            {"Gunmen shot dead two money changers in the Lebanese capital on Sunday.", "Beirut"},
            {"Taliban militants attacked a checkpoint in the Afghan capital, killing two policemen.", "Kabul"},
            {"Protesters blocked the main road in the capital on Monday. Lebanese troops reopened it.", "Beirut"},
        };
        for (String[] c : cases) {
            List<Event> ev = pipe.process(org.sitrep.model.Document.of("t", c[0],
                    org.sitrep.model.DocumentMeta.empty().withPublished(java.time.LocalDate.of(2019, 11, 4), "test")))
                    .get(org.sitrep.model.Layers.EVENTS);
            assertThat(ev).as("events in: %s", c[0]).isNotEmpty();
            EventLocation loc = Docs.top(ev).location();
            assertThat(loc.name()).as(c[0]).isEqualTo(c[1]);
            assertThat(loc.precision()).as(c[0]).isEqualTo(GeoPrecision.EXACT);
        }
        // a part of the capital is near it
        for (String s : new String[] {"Gunmen shot dead a trader in the capital's Hamra area. Lebanese police came.",
            "Lebanese troops clashed with rioters on the outskirts of the capital on Monday."}) {
            List<Event> ev = pipe.process(org.sitrep.model.Document.of("t", s,
                    org.sitrep.model.DocumentMeta.empty().withPublished(java.time.LocalDate.of(2019, 11, 4), "test")))
                    .get(org.sitrep.model.Layers.EVENTS);
            assertThat(ev).as("events in: %s", s).isNotEmpty();
            assertThat(Docs.top(ev).location().name()).as(s).isEqualTo("Beirut");
            assertThat(Docs.top(ev).location().precision()).as(s).isEqualTo(GeoPrecision.NEAR);
        }
        // a state's capital, the capital of a named place and money are not the national capital
        for (String s : new String[] {"Lebanese farmers protested in the state capital over prices.",
            "Lebanese traders protested against capital controls on Monday."}) {
            List<Event> ev = pipe.process(org.sitrep.model.Document.of("t", s,
                    org.sitrep.model.DocumentMeta.empty().withPublished(java.time.LocalDate.of(2019, 11, 4), "test")))
                    .get(org.sitrep.model.Layers.EVENTS);
            assertThat(ev).as("events in: %s", s).isNotEmpty();
            assertThat(Docs.top(ev).location().name()).as(s).isNotEqualTo("Beirut");
        }
    }

    @Test
    void anAmbiguousNameIsReadInTheCountryTheTextsWordsName() {
        // the big namesake abroad against a cue word of the text's own country: its home reading
        org.sitrep.model.Place abroad = new org.sitrep.model.Place(101, "Marsa", "MT", "01", null, 35.87, 14.49, 'P',
                "PPL", 5000);
        org.sitrep.model.Place home = new org.sitrep.model.Place(102, "Marsa", "LB", "02", null, 34.43, 35.84, 'P',
                "PPL", 3000);
        Docs d = Docs.of("A crowd rallied at the Seray in Marsa to demand that detained students be freed.")
                .ambiguousPlace("Marsa", abroad, abroad, home)
                .demonym("Seray", "LB");
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("LB");
        assertThat(loc.lat()).isEqualTo(34.43);
        // another place of that country is not enough: place against place is the resolver's call
        Docs p = Docs.of("Protesters gathered in Marsa and marched to Jounieh on Sunday.")
                .ambiguousPlace("Marsa", abroad, abroad, home)
                .placeIn("Jounieh", "Jounieh", "LB", "05", "PPL", 33.98, 35.61, GeoPrecision.EXACT);
        assertThat(where(p).country()).isEqualTo("MT");
    }

    @Test
    void anAbbreviatedDivisionInTheParenthesisAfterAPlaceOverrulesItsReadingAbroad() {
        // "Kotli" read as a Pakistani town, while its parenthesis names an Indian division
        Docs d = Docs.of("Troops exchanged fire near Kotli sector area (Poonch district, J&K) on Monday.")
                .placeIn("Kotli", "Kotli", "PK", "06", "PPLA2", 33.5, 73.9, GeoPrecision.EXACT);
        EventLocation loc = where(d);
        assertThat(loc.country()).isEqualTo("IN");
        assertThat(loc.precision()).isEqualTo(GeoPrecision.COUNTRY);
    }
}
