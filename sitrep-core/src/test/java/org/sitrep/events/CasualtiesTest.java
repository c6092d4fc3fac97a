package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;

/** Killed and injured counts of whole events, through the full pipeline. Sentences written for these tests. */
class CasualtiesTest {
    private static final Pipeline PIPE = TestPipelines.full();

    /** The event the evaluation would score: the most confident one. */
    private static Event top(String text) {
        List<Event> ev = PIPE.process(Document.of("t", text)).get(Layers.EVENTS);
        assertThat(ev).as("events in: %s", text).isNotEmpty();
        Event best = ev.get(0);
        for (Event e : ev) {
            if (e.confidence() > best.confidence()) {
                best = e;
            }
        }
        return best;
    }

    private static Integer killed(String text) {
        Count c = top(text).fatalities();
        return c == null ? null : c.best();
    }

    private static Integer injured(String text) {
        Count c = top(text).injured();
        return c == null ? null : c.best();
    }

    @Test
    void aListOfVictimsIsSummed() {
        assertThat(killed("A car bomb exploded near a market in Kirkuk, killing four traders and three policemen."))
                .isEqualTo(7);
        assertThat(killed("Militants attacked a checkpoint, killing two Kenyan soldiers, a police officer and 6 civilians."))
                .isEqualTo(9);
        assertThat(killed("Gunmen killed a teacher and her young son in the village.")).isEqualTo(2);
        assertThat(killed("One Canadian, one Dutchman and two Germans were killed in the bombing of the hotel.")).isEqualTo(4);
    }

    @Test
    void aPartIntroducedByOfThemIsNotAdded() {
        assertThat(killed("A bomb tore through the bus station; 27 people, 11 of them soldiers, were killed.")).isEqualTo(27);
    }

    @Test
    void countsBeforeABracketKeepTheirVerb() {
        assertThat(killed("Four rebels and 11 soldiers (among them a captain of the brigade) were killed in the fighting."))
                .isEqualTo(15);
    }

    @Test
    void theAttackersOwnDeathIsAdded() {
        assertThat(killed("A gunman opened fire at a bus stop in the city. Three people were killed and two injured. "
                + "The gunman was shot and killed by police.")).isEqualTo(4);
        assertThat(killed("A man stabbed shoppers at a mall, killing two people before he killed himself.")).isEqualTo(3);
        // already part of the list: not added twice
        assertThat(killed("An attacker opened fire on a patrol. Three people, including two officers and the attacker, "
                + "were killed.")).isEqualTo(3);
    }

    @Test
    void aCodersStatementWins() {
        assertThat(killed("On 3 June, Taliban militants attacked a checkpoint in the district, killing 2 soldiers. "
                + "Fatalities coded as 0 (militant sources reported 2).")).isEqualTo(0);
        assertThat(killed("On 3 June, rebel forces shelled army positions in the hills, incurring fatalities. "
                + "Unknown fatalities coded as 10.")).isEqualTo(10);
        assertThat(killed("On 3 June, rebel forces shelled army positions near three villages. Unclear fatalities coded as 10 "
                + "and split between 3 locations.")).isEqualTo(3);
        assertThat(killed("On 3 June, army forces repelled an attack on the airport road. Seven rebels were killed. "
                + "Fatalities split between two events.")).isEqualTo(3);
    }

    @Test
    void killedByGunmenCountsNoGunmen() {
        assertThat(killed("A shopkeeper was killed by 3 gunmen near the market.")).isEqualTo(1);
    }

    @Test
    void injuredPhrasing() {
        assertThat(injured("Two policemen were gunned down and seven others sustained bullet wounds in an ambush by rebels."))
                .isEqualTo(7);
        assertThat(injured("Gunmen fired on a minibus with 8 passengers, killing 5 of them and injuring the other 3."))
                .isEqualTo(3);
        assertThat(killed("Two policemen were gunned down and seven others sustained bullet wounds in an ambush by rebels."))
                .isEqualTo(2);
    }

    @Test
    void anInjuredManWhoDiedIsKilled() {
        assertThat(killed("A trader, who was injured when a petrol bomb hit his shop on Monday, died in hospital on Tuesday."))
                .isEqualTo(1);
    }

    @Test
    void deathOfAndVerbParticles() {
        assertThat(killed("A suicide blast near the court resulted in the death of 6 people and injured 20.")).isEqualTo(6);
        assertThat(killed("Soldiers gunned down three suspected rebels near the border on Friday.")).isEqualTo(3);
        assertThat(killed("A mob beat to death two suspected thieves in the market.")).isEqualTo(2);
    }

    @Test
    void aKillingAProtestIsAboutIsNotItsToll() {
        Count c = top("Hundreds of students marched in the town in protest against the killing of a teacher by gunmen.")
                .fatalities();
        assertThat(c == null ? 0 : c.best()).isEqualTo(0);
        Count r = top("After a village headman was murdered, residents rioted and burned vehicles.").fatalities();
        assertThat(r == null ? 0 : r.best()).isEqualTo(0);
        assertThat(killed("Police fired on protesters in the town, killing three.")).isEqualTo(3);
    }

    @Test
    void aKillingAbsorbedByAnotherEventBringsItsDead() {
        assertThat(killed("Bandits killed 14 villagers and burned down houses in the district.")).isEqualTo(14);
    }

    @Test
    void presentTenseHeadlines() {
        assertThat(killed("Rebels massacre 23 farmers near the river crossing.")).isEqualTo(23);
        assertThat(killed("A judge was shot dead along with three other officials in a bombing in the town.")).isEqualTo(4);
    }

    @Test
    void aNamedVictimAndTheAttackersOwnInjuries() {
        assertThat(injured("A man attacked a shop assistant with a hammer in the town. The assistant was injured in the attack."))
                .isEqualTo(1);
        assertThat(injured("An attacker stabbed and wounded three shoppers in the market. The attacker was also injured."))
                .isEqualTo(4);
    }

    @Test
    void aGroupAlsoKilledIsAdded() {
        assertThat(killed("On 3 June, 4 soldiers were killed in an attack by rebels on a base in the district. "
                + "Officials said that 6 rebels were also killed.")).isEqualTo(10);
    }

    @Test
    void aCodersClosingTallyWins() {
        assertThat(killed("On 3 June, two bodies were found near the river and a third man was found shot dead nearby. "
                + "3 fatalities.")).isEqualTo(3);
        assertThat(injured("On 3 June, a mob attacked two brothers over a land dispute in the village. 1 killed 2 injured."))
                .isEqualTo(2);
    }

    @Test
    void localIsNotAClockTime() {
        assertThat(killed("On 3 June, gunmen ambushed and killed 6 local policemen near the market.")).isEqualTo(6);
    }

    @Test
    void oneVictimToldWithoutACount() {
        assertThat(killed("Party worker Ramesh Gupta was shot dead by unknown gunmen in the town.")).isEqualTo(1);
        assertThat(killed("Militants stopped the district engineer on the road and shot him dead.")).isEqualTo(1);
        assertThat(killed("Gunmen fired on two traders at the market, killing both.")).isEqualTo(2);
        assertThat(killed("A teacher was stabbed by unknown men near the school on Monday. He died in hospital on Tuesday."))
                .isEqualTo(1);
    }

    @Test
    void aRaidToldAsArrestsKeepsItsDead() {
        assertThat(killed("Two militants were killed and four arrested during a search operation by police in the hills."))
                .isEqualTo(2);
        Count c = top("Police arrested 12 elders who had come to discuss the killing of 30 villagers by soldiers.").fatalities();
        assertThat(c == null ? 0 : c.best()).isEqualTo(0);
    }

    @Test
    void aFatalShootingOrABurningAliveKills() {
        assertThat(killed("Two traffic wardens were fatally shot by masked men at a roundabout.")).isEqualTo(2);
        assertThat(killed("Two policemen were fatally shot near the market on Friday.")).isEqualTo(2);
        assertThat(killed("Militants burned eight villagers alive in the district.")).isEqualTo(8);
        assertThat(killed("Rebels shot four farmers dead and abducted a child.")).isEqualTo(4);
    }

    @Test
    void wordsBetweenTheVerbAndTheCountKeepTheRole() {
        assertThat(killed("A bomb hit a plane over the sea, killing all six people on board.")).isEqualTo(6);
        assertThat(killed("Gunmen raided the house of the mayor, killing his two guards.")).isEqualTo(2);
        assertThat(killed("Militants slit the throats of three shepherds in the village.")).isEqualTo(3);
    }

    @Test
    void theObjectOfAKillingIsNotTheAgentOfTheAttack() {
        assertThat(killed("Raiders on pickups killed four border guards in an assault on their post.")).isEqualTo(4);
    }

    @Test
    void anotherVictimAfterTheVerbIsOne() {
        assertThat(injured("A gunman shot dead a shopkeeper and injured another in the town.")).isEqualTo(1);
        assertThat(injured("A ranger died and another was badly hurt when a mine went off.")).isEqualTo(1);
    }

    @Test
    void anExecutionThatAnotherEventAnswersIsNotItsOwnDead() {
        assertThat(killed("Rebels executed 3 members of the group in retaliation for the execution of 40 villagers."))
                .isEqualTo(3);
    }

    @Test
    void aVictimNamedWithoutANumberCounts() {
        assertThat(killed("Assassination of the deputy governor of the province by gunmen on a motorbike.")).isEqualTo(1);
        assertThat(killed("Gunmen stormed a cafe and killed Mayor Ahmed Salim.")).isEqualTo(1);
        assertThat(killed("A car bomb killed the district judge in the capital.")).isEqualTo(1);
        assertThat(killed("Militants killed a guard and a driver at the depot.")).isEqualTo(2);
        assertThat(killed("A gunman fired one shot, fatally wounding the doctor.")).isEqualTo(1);
        assertThat(killed("A car bomb in the capital killed the head of the trade council, Omar Khalid, and four other "
                + "civilians.")).isEqualTo(5);
        assertThat(killed("The officer was fatally shot three times near his home by a gunman.")).isEqualTo(1);
    }

    @Test
    void aVictimNamedInTheNextSentenceCounts() {
        assertThat(killed("Gunmen attacked a convoy on the highway near the town. A passenger was shot dead.")).isEqualTo(1);
        assertThat(injured("Gunmen opened fire on a minibus near the market. The driver was wounded.")).isEqualTo(1);
    }

    @Test
    void anAttemptOrAGroupOrACauseIsNoVictim() {
        assertThat(killedOrZero("Gunmen tried to kill the governor but escaped after a firefight.")).isEqualTo(0);
        assertThat(killedOrZero("Gunmen killed Afghan soldiers at a checkpoint.")).isEqualTo(0);
        assertThat(killedOrZero("Residents rioted and blocked the road after the murder of a student by police.")).isEqualTo(0);
    }

    @Test
    void headlinesAndBareNounsNameOneVictim() {
        assertThat(killed("Shepherd killed near the border post.")).isEqualTo(1);
        assertThat(killed("Armed men killed former district chairman as he left the mosque.")).isEqualTo(1);
        assertThat(killed("Unidentified gunmen kill UPDF officer in the town.")).isEqualTo(1);
        assertThat(killed("Armed men stopped a truck on the road and shot the driver dead.")).isEqualTo(1);
    }

    @Test
    void oneDeathToldInThePassiveOrLater() {
        assertThat(killed("The nephew of a village chief was kidnapped and killed by a militia near the town.")).isEqualTo(1);
        assertThat(killed("A soldier was wounded when militants ambushed a patrol near the border. Another soldier was "
                + "killed.")).isEqualTo(1);
        assertThat(killed("A guard was shot by two men near the bank, taken to hospital and later pronounced dead."))
                .isEqualTo(1);
    }

    @Test
    void anUnknownNumberIsNoSingleVictim() {
        assertThat(killedOrZero("Warplanes struck a camp in the valley and killed an unknown number of fighters.")).isEqualTo(0);
        assertThat(killedOrZero("Inmates rioted in the prison after a prisoner was found dead in his cell.")).isEqualTo(0);
    }

    private static int killedOrZero(String text) {
        Integer k = killed(text);
        return k == null ? 0 : k;
    }
}
