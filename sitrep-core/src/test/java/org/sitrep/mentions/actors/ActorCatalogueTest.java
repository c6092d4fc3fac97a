package org.sitrep.mentions.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.errors.SitrepException;
import org.sitrep.model.ActorKind;
import org.sitrep.resources.ResourceFile;

class ActorCatalogueTest {

    @Test
    void bundledCatalogueLoadsAndIsLarge() {
        ActorCatalogue c = ActorCatalogue.standard();
        Map<ActorKind, Integer> handWritten = c.countByKind(false);
        int total = handWritten.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("hand-written entries %s", handWritten).isGreaterThan(400);
        assertThat(handWritten.get(ActorKind.REBEL_GROUP)).isGreaterThan(150);
        assertThat(c.entries()).allSatisfy(e -> assertThat(e.ref()).isNotBlank());
    }

    @Test
    void everyCountryHasGeneratedStateActors() {
        ActorCatalogue c = ActorCatalogue.standard();
        for (String iso2 : c.countries()) {
            assertThat(c.entry("state:" + iso2 + ":military")).as(iso2).isNotNull();
            assertThat(c.entry("state:" + iso2 + ":police")).as(iso2).isNotNull();
            assertThat(c.entry("gov:" + iso2)).as(iso2).isNotNull();
            assertThat(c.entry("gov:" + iso2 + ":ministry").reporter()).as(iso2).isTrue();
            assertThat(c.entry("civilians:" + iso2).kind()).isEqualTo(ActorKind.CIVILIANS);
        }
        assertThat(c.entry("state:LY:military").name()).isEqualTo("Military Forces of Libya");
        assertThat(c.entry("state:US:police").name()).isEqualTo("Police Forces of the United States");
    }

    @Test
    void parentsExistAndChildrenAreIndexed() {
        ActorCatalogue c = ActorCatalogue.standard();
        for (ActorEntry e : c.entries()) {
            if (e.parent() != null && !e.parent().contains("@") && !e.parent().startsWith("gov:")
                    && !e.parent().startsWith("state:")) {
                assertThat(c.entry(e.parent())).as("parent of %s", e.id()).isNotNull();
            }
        }
        assertThat(c.child("isis", "LY").id()).isEqualTo("isis:libya");
        assertThat(c.child("aq", "YE").id()).isEqualTo("aqap");
    }

    private static ResourceFile file(String name, String body) {
        return ResourceFile.parse(name, body.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEAD = "# format: sitrep-tsv 1\n# columns: id\tname\tkind\tcountry\tparent\tfrom\tto\tflags\taliases\tref\n";

    @Test
    void badRowsAreReportedWithTheirLine() {
        ResourceFile countries = ResourceFile.load("countries.tsv");
        ResourceFile patterns = ResourceFile.load("actors/patterns.tsv");
        assertThatThrownBy(() -> ActorCatalogue.of(file("bad.tsv", HEAD + "x\tX\twarlords\t\t\t\t\t\tx\tref\n"), countries, patterns))
                .isInstanceOf(SitrepException.class).hasMessageContaining("bad.tsv:3").hasMessageContaining("unknown actor kind");
        assertThatThrownBy(() -> ActorCatalogue.of(file("bad.tsv", HEAD + "x\tX\trebel_group\t\t\t\t\t\tx\t\n"), countries, patterns))
                .hasMessageContaining("public reference");
        assertThatThrownBy(() -> ActorCatalogue.of(file("bad.tsv", HEAD + "x\tX\trebel_group\t\t\t2016-13\t\t\tx\tr\n"),
                countries, patterns)).hasMessageContaining("YYYY");
        assertThatThrownBy(() -> ActorCatalogue.of(file("bad.tsv", HEAD + "x\tX\trebel_group\t\tnope\t\t\t\tx\tr\n"),
                countries, patterns)).hasMessageContaining("parent 'nope'");
        assertThatThrownBy(() -> ActorCatalogue.of(file("bad.tsv", HEAD + "x\tX\trebel_group\t\t\t\t\tsecret\tx\tr\n"),
                countries, patterns)).hasMessageContaining("unknown flag");
        assertThatThrownBy(() -> ActorCatalogue.of(file("bad.tsv", HEAD + "x\tX\trebel_group\t\t\t\t\t\tx\tr\n"
                + "x\tY\trebel_group\t\t\t\t\t\ty\tr\n"), countries, patterns)).hasMessageContaining("used twice");
    }

    @Test
    void caseSensitivityRule() {
        assertThat(ActorCatalogue.caseSensitive("IS")).isTrue();
        assertThat(ActorCatalogue.caseSensitive("AQAP")).isTrue();
        assertThat(ActorCatalogue.caseSensitive("M23")).isTrue();
        assertThat(ActorCatalogue.caseSensitive("ISKP")).isTrue();
        assertThat(ActorCatalogue.caseSensitive("Taliban")).isFalse();
        assertThat(ActorCatalogue.caseSensitive("CODECO")).isFalse();
    }
}
