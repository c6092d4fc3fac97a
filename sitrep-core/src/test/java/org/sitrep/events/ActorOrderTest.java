package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventType;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;

/** Regression tests (sentences written for these tests) for the final order of an event's sides. */
class ActorOrderTest {
    private static final Pipeline PIPE = TestPipelines.full();

    private static Event top(String text) {
        Document d = Document.of("t", text, DocumentMeta.empty().withPublished(java.time.LocalDate.of(2016, 6, 3), "test"));
        List<Event> ev = PIPE.process(d).get(Layers.EVENTS);
        assertThat(ev).as(text).isNotEmpty();
        return Docs.top(ev);
    }

    private static String name(Event e, EventActor.Role r) {
        EventActor a = e.actor(r);
        return a == null ? null : a.name();
    }

    @Test
    void aLoneStateSideOfAnAttackByUnnamedMenIsActorOne() {
        Event e = top("A police officer was shot dead at a checkpoint in Maiduguri, Nigeria, on Tuesday. The attackers escaped.");
        assertThat(name(e, EventActor.Role.ACTOR1)).isEqualTo("Police Forces of Nigeria");
        assertThat(e.actor(EventActor.Role.ACTOR2)).isNull();
    }

    @Test
    void civiliansAttackedByGunmenStayTheVictims() {
        Event e = top("Gunmen killed two farmers in a village near Jos, Nigeria, on Sunday.");
        assertThat(name(e, EventActor.Role.ACTOR2)).startsWith("Civilians");
        assertThat(name(e, EventActor.Role.ACTOR1)).doesNotStartWith("Civilians");
    }

    private static EventActor actor(EventActor.Role role, String name, ActorKind kind) {
        return new EventActor(role, null, name, kind, "SO", null);
    }

    @Test
    void onlyALoneStateOrExternalActorTwoOfAnArmedEventMoves() {
        List<EventActor> battle = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR2, "AMISOM", ActorKind.EXTERNAL_OTHER)));
        ActorOrder.apply(battle, EventType.BATTLES);
        assertThat(battle).extracting(EventActor::role).containsExactly(EventActor.Role.ACTOR1);

        List<EventActor> vac = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR2, "Police Forces", ActorKind.STATE_FORCES)));
        ActorOrder.apply(vac, EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(vac).extracting(EventActor::role).containsExactly(EventActor.Role.ACTOR2);

        List<EventActor> rebels = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR2, "Rebels", ActorKind.REBEL_GROUP)));
        ActorOrder.apply(rebels, EventType.BATTLES);
        assertThat(rebels).extracting(EventActor::role).containsExactly(EventActor.Role.ACTOR2);

        List<EventActor> both = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR1, "Rebels", ActorKind.REBEL_GROUP),
                actor(EventActor.Role.ACTOR2, "Military Forces", ActorKind.STATE_FORCES)));
        ActorOrder.apply(both, EventType.BATTLES);
        assertThat(both).extracting(EventActor::name).containsExactly("Rebels", "Military Forces");
        assertThat(both).extracting(EventActor::role).containsExactly(EventActor.Role.ACTOR1, EventActor.Role.ACTOR2);
    }

    @Test
    void twoMentionsOfOneNamedSideAreOneActorButTwoCrowdsStayTwo() {
        List<EventActor> same = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR1, "Home Guard", ActorKind.POLITICAL_MILITIA),
                actor(EventActor.Role.ACTOR2, "Home Guard", ActorKind.POLITICAL_MILITIA)));
        ActorOrder.apply(same, EventType.BATTLES);
        assertThat(same).extracting(EventActor::role).containsExactly(EventActor.Role.ACTOR1);

        List<EventActor> crowds = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR1, "Rioters", ActorKind.RIOTERS),
                actor(EventActor.Role.ACTOR2, "Rioters", ActorKind.RIOTERS)));
        ActorOrder.apply(crowds, EventType.RIOTS);
        assertThat(crowds).hasSize(2);
    }

    @Test
    void groundRegainedFromANamedGroupWasRegainedByTheStateOfTheEventCountry() {
        List<EventActor> lost = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR2, "Rebels", ActorKind.REBEL_GROUP)));
        ActorOrder.apply(lost, EventType.BATTLES, org.sitrep.model.SubEventType.GOVERNMENT_REGAINS_TERRITORY, "SO", "Somalia");
        assertThat(lost).extracting(EventActor::name).containsExactly("Military Forces of Somalia", "Rebels");
        assertThat(lost.get(0).kind()).isEqualTo(ActorKind.STATE_FORCES);

        List<EventActor> clash = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR2, "Rebels", ActorKind.REBEL_GROUP)));
        ActorOrder.apply(clash, EventType.BATTLES, org.sitrep.model.SubEventType.ARMED_CLASH, "SO", "Somalia");
        assertThat(clash).extracting(EventActor::name).containsExactly("Rebels");

        List<EventActor> unknownCountry = new ArrayList<>(List.of(actor(EventActor.Role.ACTOR2, "Rebels", ActorKind.REBEL_GROUP)));
        ActorOrder.apply(unknownCountry, EventType.BATTLES, org.sitrep.model.SubEventType.GOVERNMENT_REGAINS_TERRITORY, null, null);
        assertThat(unknownCountry).hasSize(1);
    }

    @Test
    void aStateThatReportsRetakingGroundFromMilitantsIsActorOne() {
        Event e = top("The army reported that it had retaken more ground from militants in Sirte, Libya, on Thursday.");
        assertThat(name(e, EventActor.Role.ACTOR1)).isEqualTo("Military Forces of Libya");
    }
}
