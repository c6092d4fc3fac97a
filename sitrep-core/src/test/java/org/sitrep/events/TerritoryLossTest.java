package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Layers;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Pipeline;

/** Regression tests (sentences written for these tests): a side that loses ground, and who won it. */
class TerritoryLossTest {
    private static final Pipeline PIPE = TestPipelines.full();

    private static List<Event> events(String text) {
        return PIPE.process(Document.of("t", text, DocumentMeta.empty().withPublished(LocalDate.of(2017, 3, 1), "test")))
                .get(Layers.EVENTS);
    }

    private static Event loss(List<Event> ev) {
        return ev.stream().filter(e -> e.subtype() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || e.subtype() == SubEventType.GOVERNMENT_REGAINS_TERRITORY).findFirst().orElse(null);
    }

    private static String name(Event e, EventActor.Role r) {
        EventActor a = e.actor(r);
        return a == null ? null : a.name();
    }

    @Test
    void aBaseLostToARivalGroupIsTheRivalsGainAfterTheBaseItself() {
        List<Event> ev = events("The militants first set up a camp in Darnah, but lost their stronghold there after being "
                + "defeated by rival, al Qaeda-linked fighters.");
        assertThat(ev).extracting(Event::subtype).contains(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        Event loss = loss(ev);
        assertThat(loss).as("%s", ev).isNotNull();
        assertThat(loss.subtype()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(name(loss, EventActor.Role.ACTOR1)).containsIgnoringCase("qaeda");
        assertThat(name(loss, EventActor.Role.ACTOR2)).isNotNull();
    }

    @Test
    void theyWhoSetUpTheBaseAreTheLosers() {
        List<Event> ev = events("Fighters of the Islamic State arrived in Darnah in 2014. They first set up a camp in the town, "
                + "but lost their stronghold there after being defeated by rival, al Qaeda-linked fighters.");
        Event base = ev.stream().filter(e -> e.subtype() == SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED).findFirst().orElseThrow();
        assertThat(name(base, EventActor.Role.ACTOR1)).isEqualTo("Islamic State");
        Event loss = loss(ev);
        assertThat(name(loss, EventActor.Role.ACTOR1)).containsIgnoringCase("qaeda");
        assertThat(name(loss, EventActor.Role.ACTOR2)).isEqualTo("Islamic State");
    }

    @Test
    void theStateLosingControlIsANonStateGainAndARebelLossToTroopsIsTheStatesGain() {
        Event army = loss(events("The army lost control of the district headquarters in the north on Sunday."));
        assertThat(army.subtype()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        Event rebels = loss(events("The rebels lost control of the town after being defeated by government troops."));
        assertThat(rebels.subtype()).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void aSpeakerAfterTheCommaIsNotTheAgent() {
        List<Event> ev = events("Two soldiers were killed by a roadside bomb, the Taliban said on Monday.");
        assertThat(ev).isNotEmpty();
        assertThat(name(Docs.top(ev), EventActor.Role.ACTOR1)).isNotEqualTo("Taliban");
    }
}
