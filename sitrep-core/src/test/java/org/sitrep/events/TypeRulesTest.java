package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Pipeline;

/** Regression tests (sentences written for these tests) of ACLED's type conventions in {@link TypeRules}. */
class TypeRulesTest {
    private static final Pipeline PIPE = TestPipelines.full();

    private static SubEventType top(String text) {
        List<Event> ev = PIPE.process(Document.of("t", text, DocumentMeta.empty().withPublished(LocalDate.of(2021, 6, 1), "test")))
                .get(Layers.EVENTS);
        Event e = Docs.top(ev);
        return e == null ? null : e.subtype();
    }

    @Test
    void artilleryExchangedBetweenTwoSidesIsAnArmedClash() {
        assertThat(top("On 3 June 2021, rebel fighters exchanged artillery with army units along the northern front."))
                .isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("Monitors counted 40 explosions involving mortars in both directions of the contact line near the village."))
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void oneSidedShellingStaysShelling() {
        assertThat(top("Rebel fighters fired mortars at army positions near the village on Tuesday."))
                .isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void heavyMachineGunFireAtPositionsIsShelling() {
        assertThat(top("Army units fired anti-aircraft guns at the positions of rebel fighters outside the airfield."))
                .isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void aShootingThatThePoliceAnsweredIsAClash() {
        assertThat(top("Unknown gunmen opened fire on a man outside a bar in the town. Police officers nearby shot back and "
                + "one of the gunmen was killed.")).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void aGangLinkedVictimMakesAClashAndAnInnocentOneAnAttack() {
        assertThat(top("A man was shot dead by two armed men on a motorcycle in the market district. The victim had "
                + "a record of drug trafficking.")).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("Armed men shot dead a suspected drug dealer outside his house.")).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("A man was shot dead by two armed men on a motorcycle in the market district. Police said the victim "
                + "was not involved in drug trafficking.")).isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void aCrowdFightingPoliceWithStonesIsARiot() {
        assertThat(top("Hundreds of villagers clashed with police near the town hall, hurling stones at the officers."))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(top("A group of men attacked two police officers with sticks and stones near the market."))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(top("Clashes erupted between Kurds and Turkish soldiers at the border post. The soldiers fired tear gas "
                + "and the crowd threw fireworks.")).isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    }

    @Test
    void aFightWithFirearmsStaysAClash() {
        assertThat(top("Rebels clashed with police near the town hall, firing rifles and throwing stones."))
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void aDroneShotDownIsADisruptedWeaponsUse() {
        assertThat(top("Government forces shot down a surveillance drone over the river crossing on Friday."))
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
        assertThat(top("Air defence systems intercepted two missiles fired at the airport."))
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void anAircraftDownedByAMissileIsNoInterception() {
        assertThat(top("The airliner was downed by two surface-to-air missiles over the mountains, killing all 50 people on board."))
                .isNotEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void theProtestersOwnViolenceMakesARiotButLootedFundsDoNot() {
        assertThat(top("Inmates protested at the central prison over visiting rules. They burnt mattresses in their cells."))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(top("Hundreds of people protested outside the central bank, demanding the return of looted public funds."))
                .isEqualTo(SubEventType.PEACEFUL_PROTEST);
        assertThat(top("Students protested against the fee rise. Police fired tear gas and four students were injured."))
                .isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void explosionsWithSmallArmsAtAnArmedTargetAreAClashButNotAtCivilians() {
        assertThat(top("Monitors recorded 12 explosions and shots involving small arms near the railway station."))
                .isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("Gunmen attacked a market with grenades and assault rifles, killing nine shoppers."))
                .isNotEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void airSupportOfAGroundOperationLeavesABattleAndAnAirForceOfficerIsNoStrike() {
        assertThat(top("Eleven insurgents were killed during an operation by army commandos backed by airstrikes in the valley."))
                .isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("Unknown gunmen shot dead an air force colonel outside his home in the capital."))
                .isNotEqualTo(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void anArmedSideThatCameUnderAttackMakesAClash() {
        assertThat(top("A military patrol came under attack at the ford. Three soldiers were killed."))
                .isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("A UN peacekeeper was shot dead by unknown attackers outside the base.")).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void aTownTakenAfterTheOtherSideWithdrewIsANonViolentTransfer() {
        assertThat(top("Rebels took control of the district town after government troops withdrew. No violence was reported."))
                .isEqualTo(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(top("Rebels took control of the district town after heavy fighting with government troops."))
                .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }

    @Test
    void policeBattlingLootersIsARiot() {
        assertThat(top("Officers fought running battles with looters in the suburb on Monday."))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    }

    @Test
    void aClashOfPoliceWithShopkeepersIsARiotAndWithRebelsABattle() {
        assertThat(top("A clash broke out between police and traders after officers tried to shut the bazaar."))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(top("Border police clashed with rebels of the liberation army near the frontier."))
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void propertyBurntByArmedMenOrInAPlannedArsonAttackIsPropertyDestruction() {
        assertThat(top("Armed men set fire to three tractors of a plantation firm outside the hamlet."))
                .isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(top("An anarchist cell staged an arson attack on a bank branch in the city."))
                .isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(top("Strike supporters burned a minibus at the depot late on Sunday."))
                .isNotEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void heavyMachineGunsFiredAtVillagesAreShellingButRiflesAtABusAreNot() {
        assertThat(top("Rebel forces fired 14.5mm and 12.7mm machine guns and sniper rifles at residential villages in the "
                + "district. No injuries were reported.")).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(top("Gunmen fired rifles at a passenger bus on the highway, killing two travellers."))
                .isNotEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void weaponsSeizedAreADisruptedWeaponsUseAndAnAssaultRifleIsNoAssault() {
        assertThat(top("Gendarmes seized six grenades, two assault rifles and ammunition hidden in a barn near the village."))
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void advancingAPeaceProcessIsNoAdvance() {
        assertThat(top("The government freed 30 detainees to advance the peace process with the rebels."))
                .isNotEqualTo(SubEventType.ARMED_CLASH);
        assertThat(top("Troops advanced on the rebel-held town from the south.")).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void aPartyMilitiaAttackingPeopleIsViolenceAgainstCiviliansButItsSupportersRiot() {
        assertThat(top("Imbonerakure attacked and injured two opposition members in the commune."))
                .isEqualTo(SubEventType.ATTACK);
        assertThat(top("Ruling party supporters attacked and injured two opposition members in the commune."))
                .isIn(SubEventType.MOB_VIOLENCE, SubEventType.VIOLENT_DEMONSTRATION);
    }
}
