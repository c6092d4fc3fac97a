package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventActor;
import org.sitrep.resources.ResourceFile;

class ActorMatcherTest {
    private final ActorMatcher m = new ActorMatcher(null);

    private static EventActor a(String name, ActorKind kind, String country) {
        return new EventActor(EventActor.Role.ACTOR1, null, name, kind, country, null);
    }

    @Test
    void aliasExamplesHold() {
        ResourceFile f = ResourceFile.load("eval/actor-aliases.tsv");
        for (String ex : f.examples()) {
            String[] p = ex.split("\t=>\t");
            assertThat(m.matches(p[0], a(p[1].trim(), ActorKind.REBEL_GROUP, null), null)).as(ex).isTrue();
        }
    }

    @Test
    void genericStateProtesterAndCivilianNamesMatchByKindAndCountry() {
        assertThat(m.matches("Military Forces of Kenya (2013-)", a("Kenya Defence Forces", ActorKind.STATE_FORCES, "KE"), "KE")).isTrue();
        assertThat(m.matches("Military Forces of Kenya (2013-)", a("Uganda People's Defence Force", ActorKind.STATE_FORCES, "UG"), "KE")).isFalse();
        assertThat(m.matches("Police Forces of Peru (2016-)", a("Police Forces", ActorKind.STATE_FORCES, null), "PE")).isTrue();
        assertThat(m.matches("Government of Norway", a("Military Forces of Norway", ActorKind.STATE_FORCES, "NO"), "NO")).isTrue();
        assertThat(m.matches("Protesters (Chile)", a("Protesters (Chile)", ActorKind.PROTESTERS, "CL"), "CL")).isTrue();
        // a crowd is the same crowd whether coded violent or not; another country's crowd is not
        assertThat(m.matches("Rioters (Chile)", a("Protesters (Chile)", ActorKind.PROTESTERS, "CL"), "CL")).isTrue();
        assertThat(m.matches("Rioters (Chile)", a("Protesters (Peru)", ActorKind.PROTESTERS, "PE"), "CL")).isFalse();
        assertThat(m.matches("Civilians (Chile)", a("Protesters (Chile)", ActorKind.PROTESTERS, "CL"), "CL")).isFalse();
    }

    @Test
    void acronymsPrefixesAndWordsMatchLeniently() {
        assertThat(m.matches("XYZ: Example Liberation Army", a("XYZ", ActorKind.REBEL_GROUP, null), null)).isTrue();
        assertThat(m.matches("Example Liberation Army (ELA)", a("ELA", ActorKind.REBEL_GROUP, null), null)).isTrue();
        assertThat(m.matches("Al Example", a("al-Example militants", ActorKind.REBEL_GROUP, null), null)).isTrue();
        assertThat(m.matches("Example Liberation Army", a("Another Front", ActorKind.REBEL_GROUP, null), null)).isFalse();
    }

    @Test
    void aUnitNamedAfterTheDatesIsThatUnitOnlyWhenItIsAKnownAlias() {
        // ACLED names the Houthi-run forces as a unit of a state's military; a branch suffix stays the state's
        assertThat(m.matches("Military Forces of Yemen (2016-) Supreme Political Council",
                a("Ansar Allah (Houthis)", ActorKind.REBEL_GROUP, "YE"), "YE")).isTrue();
        assertThat(m.matches("Military Forces of Yemen (2012-)", a("Ansar Allah (Houthis)", ActorKind.REBEL_GROUP, "YE"), "YE")).isFalse();
        assertThat(m.matches("Military Forces of Libya (2014-) Special Forces",
                a("Special Forces Brigade", ActorKind.REBEL_GROUP, "LY"), "LY")).isFalse();
    }

    @Test
    void unidentifiedAndUnknownAreNotScored() {
        assertThat(m.scored("Unidentified Armed Group (Chile)")).isFalse();
        assertThat(m.scored("Unknown")).isFalse();
        assertThat(m.scored("Example Liberation Army")).isTrue();
    }
}
