package org.sitrep.mentions.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.TinyGazetteer;
import org.sitrep.text.TextStage;

class PlaceRecognitionStageTest {
    private static final Pipeline PIPE = Pipeline.of(List.of(new TextStage(), new PlaceRecognitionStage(TinyGazetteer.get())));

    static List<PlaceMention> mentions(String text) {
        return PIPE.process(Document.of("t", text)).get(Layers.PLACE_MENTIONS);
    }

    static List<String> names(String text) {
        return mentions(text).stream().map(PlaceMention::name).collect(Collectors.toList());
    }

    static PlaceMention only(String text) {
        List<PlaceMention> m = mentions(text);
        assertThat(m).as("mentions in: %s", text).hasSize(1);
        return m.get(0);
    }

    @Test
    void findsNamesAndAlternateNamesWithDiacriticsFolded() {
        assertThat(names("Fighting was reported in Derna and in Sabratha on Monday.")).containsExactly("Derna", "Sabratha");
        assertThat(only("Clashes broke out in Ṣabrātah.").candidates().get(0).geonameId()).isEqualTo(2210221L);
        assertThat(only("Troops entered Surt at dawn.").candidates()).extracting(p -> p.geonameId()).contains(2210554L);
        assertThat(only("Troops entered Sirte at dawn.").candidates().get(0).geonameId()).isEqualTo(2210554L);
    }

    @Test
    void multiWordAndHyphenatedNames() {
        PlaceMention m = only("A convoy was ambushed near Mazar-i-Sharif on Tuesday.");
        assertThat(m.name()).isEqualTo("Mazar-i-Sharif");
        assertThat(m.relation()).isEqualTo(PlaceMention.Relation.NEAR);
        assertThat(only("The blast hit Mazar-e Sharif.").name()).isEqualTo("Mazar-e Sharif");
    }

    @Test
    void countriesAndRegions() {
        assertThat(names("Libya and Afghanistan remain unstable, officials in Borno State said."))
                .containsExactly("Libya", "Afghanistan", "Borno");
        PlaceMention borno = mentions("Officials in Borno State said three people died.").get(0);
        assertThat(borno.candidates()).allMatch(p -> p.isAdminRegion());
        assertThat(borno.end() - borno.start()).isEqualTo("Borno State".length());
    }

    @Test
    void demonymsAreContextOnly() {
        PlaceMention m = only("Libyan forces advanced overnight.");
        assertThat(m.kind()).isEqualTo(PlaceMention.Kind.DEMONYM);
        assertThat(m.candidates().get(0).country()).isEqualTo("LY");
        PlaceMention af = only("Two Afghan soldiers were wounded.");
        assertThat(af.kind()).isEqualTo(PlaceMention.Kind.DEMONYM);
        assertThat(af.candidates().get(0).country()).isEqualTo("AF");
    }

    @Test
    void relativeExpressionsAreNear() {
        PlaceMention south = only("Gunmen attacked a checkpoint south of Sirte.");
        assertThat(south.relation()).isEqualTo(PlaceMention.Relation.NEAR);
        assertThat("Gunmen attacked a checkpoint south of Sirte.".substring(south.start(), south.end())).isEqualTo("south of Sirte");
        String t = "A rocket landed on the outskirts of Kabul.";
        PlaceMention out = only(t);
        assertThat(t.substring(out.start(), out.end())).isEqualTo("on the outskirts of Kabul");
        assertThat(out.relation()).isEqualTo(PlaceMention.Relation.NEAR);
        String d = "The base lies 20 km from Kabul.";
        PlaceMention km = only(d);
        assertThat(d.substring(km.start(), km.end())).isEqualTo("20 km from Kabul");
        assertThat(km.relation()).isEqualTo(PlaceMention.Relation.NEAR);
        String d2 = "The village is 35km north-east of Maiduguri.";
        PlaceMention ne = only(d2);
        assertThat(d2.substring(ne.start(), ne.end())).isEqualTo("35km north-east of Maiduguri");
        assertThat(only("Shelling was heard near Gwoza.").relation()).isEqualTo(PlaceMention.Relation.NEAR);
        assertThat(only("Shelling was heard in Gwoza.").relation()).isEqualTo(PlaceMention.Relation.IN);
    }

    @Test
    void partOfACountry() {
        String t = "Militias clashed in eastern Libya.";
        PlaceMention m = only(t);
        assertThat(m.kind()).isEqualTo(PlaceMention.Kind.COUNTRY_PART);
        assertThat(t.substring(m.start(), m.end())).isEqualTo("eastern Libya");
        assertThat(m.name()).isEqualTo("Libya");
    }

    @Test
    void possessiveIsNearTheOwner() {
        String t = "Fighters held Sirte's Ouagadougou complex for weeks.";
        assertThat(names(t)).containsExactly("Sirte"); // the complex is named after Ouagadougou, it is not there
        PlaceMention m = mentions(t).get(0);
        assertThat(m.name()).isEqualTo("Sirte");
        assertThat(m.relation()).isEqualTo(PlaceMention.Relation.NEAR);
    }

    @Test
    void rejectsCommonWordsThatArePlaceNames() {
        assertThat(names("Of the 20 wounded, most were civilians.")).isEmpty();
        assertThat(names("Police said the Enterprise was damaged.")).isEmpty();
        assertThat(names("Nice work, the spokesman said.")).isEmpty();
        assertThat(names("The male suspect fled; police made a mobile unit available.")).isEmpty();
        // mid-sentence and big enough: the city
        assertThat(names("The attack in Nice killed 86 people.")).containsExactly("Nice");
    }

    @Test
    void rejectsPersonAndOrganisationNames() {
        assertThat(names("Jordan Hill scored twice.")).isEmpty();
        assertThat(names("The report appeared in the Washington Post on Sunday.")).isEmpty();
        // a facility keeps the town it is named after; a newspaper or a team does not
        assertThat(names("Students at Aleppo University protested.")).containsExactly("Aleppo");
        assertThat(names("The Aleppo Times reported it.")).isEmpty();
        assertThat(names("The leader Abu Bakr al Baghdadi spoke.")).isEmpty();
        assertThat(names("President Alexandria Smith visited.")).isEmpty();
        // a name known only as another name of a small place, before a capitalised word: a person
        assertThat(names("The office of Ashraf Ghani said so.")).isEmpty();
        assertThat(names("Rallies were held in Ashraf and Tehran.")).containsExactly("Ashraf");
    }

    @Test
    void namesInsideHyphenatedWords() {
        assertThat(names("The Kabul-based group denied it.")).containsExactly("Kabul");
        List<PlaceMention> m = mentions("Talks on the Syrian-Iraqi border resumed.");
        assertThat(m).extracting(PlaceMention::name).containsExactly("Syrian", "Iraqi");
        assertThat(m).allMatch(x -> x.kind() == PlaceMention.Kind.DEMONYM);
    }

    @Test
    void givenNamesAndSurnamesAreNotPlaces() {
        assertThat(names("Michael Springfield said the vote was fair.")).isEmpty();
        // a later bare use of the surname is a person too
        assertThat(names("Reporter Anna Peoria wrote the story. Later Peoria added more.")).isEmpty();
        // a division word vouches for the name
        assertThat(names("Flooding hit Kabul province overnight.")).containsExactly("Kabul");
    }

    @Test
    void emptyAndPunctuationOnlyTexts() {
        assertThat(names("")).isEmpty();
        assertThat(names("... !!! ???")).isEmpty();
    }
}
