package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventType;
import org.sitrep.model.Layers;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Pipeline;

/** Regression tests (sentences written for these tests) for actor1 found by claim, suspicion, motive and syntax. */
class PerpetratorAndMotiveTest {
    private static final Pipeline PIPE = TestPipelines.full();

    private static Event top(String text) {
        List<Event> ev = PIPE.process(Document.of("t", text)).get(Layers.EVENTS);
        assertThat(ev).as(text).isNotEmpty();
        return Docs.top(ev);
    }

    private static String a1(Event e) {
        EventActor a = e.actor(EventActor.Role.ACTOR1);
        return a == null ? null : a.name();
    }

    private static String assoc1(Event e) {
        EventActor a = e.actor(EventActor.Role.ASSOCIATED1);
        return a == null ? null : a.name();
    }

    @Test
    void aGroupNamedAsSuspectAfterTheReportIsActor1() {
        Event e = top("Three traders were killed when a mortar round hit the market in Kismayo. Al Shabaab suspected.");
        assertThat(a1(e)).containsIgnoringCase("shabaab");
    }

    @Test
    void aClaimReplacesUnknownGunmen() {
        Event e = top("Gunmen shot dead a shopkeeper in Dhaka on Friday. The Islamic State claimed responsibility for the killing.");
        assertThat(a1(e)).isEqualTo("Islamic State");
    }

    @Test
    void aDeniedClaimIsNoPerpetrator() {
        Event e = top("A bomb tore through a bus in Kabul, killing four. The Taliban denied responsibility for the bombing.");
        assertThat(a1(e)).isNotEqualTo("Taliban");
    }

    @Test
    void anArsonThatANamedGroupClaimsIsItsActNotARiot() {
        Event e = top("The Animal Liberation Front claimed responsibility for setting fire to a fur warehouse in Oregon.");
        assertThat(a1(e)).isEqualTo("Animal Liberation Front");
        assertThat(e.subtype()).isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        Event s = top("Members of the Earth Liberation Front are suspected of sabotaging logging machines in Idaho.");
        assertThat(a1(s)).isEqualTo("Earth Liberation Front");
    }

    @Test
    void aStatedTargetPlacesAnUnnamedPerpetratorInAGenericCategoryOnlyWhereThatConventionIsUsed() {
        Event e = top("Unknown perpetrators set fire to an abortion clinic in Denver, Colorado, United States.");
        assertThat(List.of(String.valueOf(a1(e)), String.valueOf(assoc1(e)))).contains("Anti-Abortion extremists");
        Event n = top("Unknown gunmen opened fire on worshippers outside a mosque in Kano, Nigeria, killing two.");
        assertThat(a1(n)).isNotEqualTo("Anti-Muslim extremists");
    }

    @Test
    void aWeaponVerbWithItsOwnObjectHasTheSubjectAsAgent() {
        Event e = top("Two ULFA militants exploded a grenade outside a tea estate office in Assam.");
        assertThat(e.type()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(a1(e)).isNotNull().containsIgnoringCase("ULFA".equals(a1(e)) ? "ULFA" : "Asom");
    }

    @Test
    void anAcronymFollowedByForcesIsTheGroup() {
        Event e = top("KIA forces attacked an army outpost near Hpakant, Myanmar.");
        assertThat(a1(e)).isEqualTo("Kachin Independence Army");
    }

    @Test
    void demonstratorsWhoStoneThePoliceInTheNextSentenceMakeARiot() {
        Event e = top("Hundreds of workers demonstrated outside the factory over unpaid wages. They blocked the highway and "
                + "pelted the police with stones.");
        assertThat(e.type()).isEqualTo(EventType.RIOTS);
        Event p = top("Students protested against the torching of a school by unknown men.");
        assertThat(p.type()).isEqualTo(EventType.PROTESTS);
    }

    @Test
    void aSubjectWhoDisownsTheActIsNotItsAgent() {
        Event e = top("The Taliban condemned the bombing of a bus in Kabul that killed four.");
        assertThat(a1(e)).isNotEqualTo("Taliban");
    }

    @Test
    void anUnattributedAirStrikeIsTheStatesOfItsCountry() {
        Event e = top("Air strikes hit the village of Kafr Nabl in Idlib, Syria, killing five.");
        assertThat(e.subtype()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(a1(e)).isEqualTo("Military Forces of Syria");
    }

    @Test
    void policeArrestingACountedGroupIsActive() {
        Event e = top("Police arrested at least 12 opposition supporters in Harare, Zimbabwe.");
        assertThat(a1(e)).startsWith("Police Forces");
    }

    @Test
    void theArrestOfDemonstratorsIsAProtestWithIntervention() {
        Event e = top("Forty teachers were detained when they tried to march to the assembly in Lucknow, India.");
        assertThat(e.subtype()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
        assertThat(a1(e)).startsWith("Protesters");
    }

    @Test
    void aPassiveKillingDuringAnOperationHasTheOperatorAsAgent() {
        Event e = top("Four militants were killed as Indian troops launched an operation in Kupwara, Kashmir.");
        assertThat(a1(e)).isEqualTo("Military Forces of India");
        Event f = top("Indian soldiers, launching a search operation in Kupwara, killed three militants.");
        assertThat(a1(f)).isEqualTo("Military Forces of India");
    }

    @Test
    void strikesAndShutdownsAreProtests() {
        Event e = top("Municipal workers in Kanpur, India, have been striking for a week over unpaid wages.");
        assertThat(e.type()).isEqualTo(EventType.PROTESTS);
    }

    @Test
    void killingCiviliansDuringAnIncursionIsViolenceAgainstCiviliansByTheRaiders() {
        Event e = top("ADF rebels killed three civilians during an incursion in the village of Mbau, Congo.");
        assertThat(e.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(a1(e)).isEqualTo("Allied Democratic Forces");
        Event a = top("Unidentified gunmen ambushed and killed four youths in Bassa, Nigeria.");
        assertThat(a.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        Event b = top("Gunmen ambushed an army convoy near Damboa, Nigeria.");
        assertThat(b.type()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void anOfficerShotAtHomeIsViolenceAgainstCivilians() {
        Event e = top("Unidentified gunmen assassinated an army colonel near his residence in Juba, South Sudan.");
        assertThat(e.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }
}
