package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Layers;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Pipeline;

/** Regression tests (sentences written for these tests) for who acts: claims, arrests, shoot-outs, fronts. */
class ActorAssignmentTest {
    private static final Pipeline PIPE = TestPipelines.full();

    private static List<Event> events(String text) {
        Document d = Document.of("t", text, DocumentMeta.empty().withPublished(java.time.LocalDate.of(2019, 6, 3), "test"));
        return PIPE.process(d).get(Layers.EVENTS);
    }

    private static Event top(String text) {
        List<Event> ev = events(text);
        assertThat(ev).as(text).isNotEmpty();
        return Docs.top(ev);
    }

    private static String a1(Event e) {
        EventActor a = e.actor(EventActor.Role.ACTOR1);
        return a == null ? null : a.name();
    }

    @Test
    void anUncataloguedOrganisationThatClaimsAnArsonIsItsAgent() {
        Event e = top("Fire destroyed a new housing development near Boulder, Colorado. The arson was claimed by the "
                + "Alliance to Protect the Mountains (APM), which opposes construction on the slopes.");
        assertThat(a1(e)).isEqualTo("Alliance to Protect the Mountains");
        assertThat(e.subtype()).isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        Event f = top("Somebody set fire to a lumber yard in Salem, Oregon. Defenders of the Ancient Forest claimed "
                + "responsibility for the arson.");
        assertThat(a1(f)).isEqualTo("Defenders of the Ancient Forest");
    }

    @Test
    void aPersonClaimingAnAttackIsNoGroup() {
        Event e = top("Shots were fired at a recruiting office in Dayton, Ohio. Paul Andrew Mason claimed responsibility "
                + "for the attack.");
        assertThat(a1(e)).isNotEqualTo("Paul Andrew Mason");
    }

    @Test
    void thePoliceWhoArrestASuspectDidNotCommitTheAttack() {
        Event e = top("An assailant opened fire on a post office in Columbus, Ohio. There were no casualties. Police "
                + "arrested a man in connection with the attack.");
        assertThat(a1(e)).doesNotStartWith("Police Forces");
    }

    @Test
    void anArrestWithNoAgentIsByTheForcesNamedJustBefore() {
        Event e = top("Federal police forces seized two tons of cocaine hidden in a truck near Curitiba, Brazil. Two men "
                + "were arrested.");
        assertThat(e.subtype()).isEqualTo(SubEventType.ARRESTS);
        assertThat(a1(e)).startsWith("Police Forces");
    }

    @Test
    void aShootOutNamingNoOneIsBetweenThePartiesOfTheSentenceBefore() {
        List<Event> ev = events("In Recife, Brazil, Military Police officers raided a slum held by a drug faction. "
                + "A shoot-out broke out and a suspect was shot dead.");
        for (Event e : ev) {
            assertThat(a1(e)).as(e.evidence().get(0).quote()).startsWith("Police Forces");
        }
    }

    @Test
    void federalPoliceOutsideIraqAreNotIraqs() {
        Event e = top("Federal police forces raided a warehouse in Monterrey, Mexico, and arrested three men.");
        assertThat(a1(e)).doesNotContain("Iraq");
    }

    @Test
    void aJewishTempleOrAnImamsCentreAsTargetPlacesAnUnnamedArsonistInItsCategory() {
        Event e = top("Unknown people set fire to a Jewish temple in Akron, Ohio, United States. Nobody was hurt.");
        assertThat(List.of(String.valueOf(a1(e)), String.valueOf(assoc1(e)))).contains("Anti-Semitic extremists");
        Event m = top("An assailant threw a firebomb at the house of an imam in Tulsa, Oklahoma, United States.");
        assertThat(List.of(String.valueOf(a1(m)), String.valueOf(assoc1(m)))).contains("Anti-Muslim extremists");
    }

    private static String assoc1(Event e) {
        EventActor a = e.actor(EventActor.Role.ASSOCIATED1);
        return a == null ? null : a.name();
    }

    @Test
    void aBombardmentWhoseReportNamesNoOneIsTheStatesArtillery() {
        Event e = top("Heavy shelling hit the town of Kafr Nabl in Idlib, Syria, on Monday.");
        assertThat(e.subtype()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(a1(e)).isEqualTo("Military Forces of Syria");
        Event r = top("Rebels shelled the town of Kafr Nabl in Idlib, Syria, on Monday.");
        assertThat(a1(r)).isNotEqualTo("Military Forces of Syria");
    }
}
