package org.sitrep.mentions.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.QuantityMention;
import org.sitrep.model.QuantityMention.Role;

/** Quantity recognition on sentences written for these tests. */
class QuantityRecognizerTest {

    private static List<QuantityMention> q(String text) {
        return QuantityResourceExamplesTest.quantities(text);
    }

    private static QuantityMention only(String text) {
        List<QuantityMention> qs = q(text);
        assertThat(qs).as(QuantityResourceExamplesTest.describe(text, qs)).hasSize(1);
        return qs.get(0);
    }

    @Test
    void numberWords() {
        assertThat(only("Forty-two refugees drowned.").best()).isEqualTo(42);
        assertThat(only("Two hundred thousand people marched.").best()).isEqualTo(200_000);
        assertThat(only("Nine hundred and ninety-nine prisoners were freed.").best()).isEqualTo(999);
        assertThat(q("He is one of us.")).isEmpty();
    }

    @Test
    void digitsWithSeparatorsAndScales() {
        assertThat(only("Some 250,000 residents fled.").best()).isEqualTo(250_000);
        assertThat(only("About 2.3 million children need aid.").best()).isEqualTo(2_300_000);
    }

    @Test
    void boundsFromModifiers() {
        QuantityMention m = only("No fewer than 40 fighters surrendered.");
        assertThat(m.low()).isEqualTo(40);
        assertThat(m.high()).isNull();
        QuantityMention u = only("As many as 60 houses burned.");
        assertThat(u.high()).isEqualTo(60);
        assertThat(u.low()).isNull();
        QuantityMention r = only("From 20 to 25 guards were on duty.");
        assertThat(r.low()).isEqualTo(20);
        assertThat(r.high()).isEqualTo(25);
        QuantityMention p = only("The raid left 30 or more dead.");
        assertThat(p.best()).isEqualTo(30);
        assertThat(p.low()).isEqualTo(30);
        assertThat(p.high()).isNull();
        assertThat(p.role()).isEqualTo(Role.KILLED);
    }

    @Test
    void spanCoversModifierNumberAndHead() {
        String t = "Police said more than 640 fighters were wounded.";
        QuantityMention m = only(t);
        assertThat(t.substring(m.start(), m.end())).isEqualTo("more than 640 fighters");
        assertThat(t.substring(m.numberStart(), m.end())).isEqualTo("640 fighters");
        assertThat(m.role()).isEqualTo(Role.INJURED);
    }

    @Test
    void killedRoles() {
        assertThat(only("Eight bodies were recovered from the river.").role()).isEqualTo(Role.KILLED);
        assertThat(only("The clashes left 9 people dead.").role()).isEqualTo(Role.KILLED);
        assertThat(only("Fourteen fatalities were recorded.").role()).isEqualTo(Role.KILLED);
        assertThat(only("The toll climbed to 31 on Friday.").role()).isEqualTo(Role.KILLED);
        assertThat(only("Six civilians perished in the fire.").role()).isEqualTo(Role.KILLED);
        assertThat(only("Rebels ambushed a convoy, killing 17.").role()).isEqualTo(Role.KILLED);
    }

    @Test
    void agentsAreNotVictims() {
        List<QuantityMention> qs = q("Four gunmen killed nine worshippers.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).role()).isEqualTo(Role.PEOPLE);
        assertThat(qs.get(1).role()).isEqualTo(Role.KILLED);
        assertThat(qs.get(1).head()).isEqualTo("worshippers");
    }

    @Test
    void coordinatedCounts() {
        List<QuantityMention> qs = q("Seven soldiers and two civilians were killed, and 11 others were injured.");
        assertThat(qs).extracting(QuantityMention::role).containsExactly(Role.KILLED, Role.KILLED, Role.INJURED);
        assertThat(qs).extracting(QuantityMention::best).containsExactly(7, 2, 11);
    }

    @Test
    void incidents() {
        assertThat(only("The jets flew 38 sorties over the region.").role()).isEqualTo(Role.INCIDENTS);
        assertThat(only("Two car bombs exploded in the market.").head()).isEqualTo("bombs");
    }

    @Test
    void peopleWithOtherVerbs() {
        QuantityMention m = only("Nine suspects were detained after the raid.");
        assertThat(m.role()).isEqualTo(Role.PEOPLE);
        assertThat(m.head()).isEqualTo("suspects");
    }

    @Test
    void zeroStatements() {
        assertThat(only("Nobody was killed in the blast.").best()).isZero();
        QuantityMention m = only("There were no reported injuries.");
        assertThat(m.best()).isZero();
        assertThat(m.role()).isEqualTo(Role.INJURED);
        assertThat(q("There was no electricity in the town.")).isEmpty();
    }

    @Test
    void notQuantities() {
        assertThat(q("The war began in 2011 and ended in 2019.")).isEmpty();
        assertThat(q("The blast happened at 09:45 local time.")).isEmpty();
        assertThat(q("The 3rd Brigade moved on 12 March.")).isEmpty();
        assertThat(q("Violence rose in the 1990s.")).isEmpty();
        assertThat(q("A 19-year-old student was arrested.")).isEmpty();
        assertThat(q("On 2019-05-04 the talks failed.")).isEmpty();
    }

    @Test
    void otherRoleForMoneyAndMeasures() {
        assertThat(q("They demanded $2 million and fled 30 kilometres north.")).extracting(QuantityMention::role)
                .containsOnly(Role.OTHER);
        assertThat(q("Turnout was 45% in the district.")).extracting(QuantityMention::role).containsOnly(Role.OTHER);
    }

    @Test
    void vagueWithScale() {
        QuantityMention m = only("A few dozen protesters gathered.");
        assertThat(m.best()).isEqualTo(24);
        assertThat(m.high()).isEqualTo(60);
        assertThat(m.role()).isEqualTo(Role.PEOPLE);
    }

    @Test
    void vagueWordsNeedSomethingCounted() {
        assertThat(q("Many believe the truce will hold.")).isEmpty();
        assertThat(q("Several were killed.")).extracting(QuantityMention::best).containsExactly(3);
    }

    @Test
    void dateWithLeadingZerosIsNotARange() {
        assertThat(q("Posted 03-14-2018 by the desk.")).isEmpty();
        assertThat(q("The curfew starts at 0800 daily.")).isEmpty();
    }

    @Test
    void kidnappedAndKilledAreKilled() {
        assertThat(only("Four traders were abducted and killed by gunmen.").role()).isEqualTo(Role.KILLED);
    }

    @Test
    void capitalisedAcronymIsNotAStopWord() {
        QuantityMention m = only("Soldiers killed 4 IS fighters at a checkpoint.");
        assertThat(m.head()).isEqualTo("fighters");
        assertThat(m.role()).isEqualTo(Role.KILLED);
    }

    @Test
    void partsOfAToll() {
        List<QuantityMention> qs = q("Sixty were killed on Sunday, including 15 soldiers and 20 others.");
        assertThat(qs).extracting(QuantityMention::role).containsExactly(Role.KILLED, Role.KILLED, Role.KILLED);
        List<QuantityMention> other = q("Sixty were killed. Police arrested 15 soldiers and 20 others.");
        assertThat(other).extracting(QuantityMention::role).containsExactly(Role.KILLED, Role.PEOPLE, Role.PEOPLE);
    }

    @Test
    void agesAfterNamesAreNotCounts() {
        assertThat(q("Ramesh Patel, 34, died in the clash.")).isEmpty();
        assertThat(q("The victims were named as Ali Khan (27) and his cousin.")).extracting(QuantityMention::best)
                .doesNotContain(27);
        assertThat(q("Two boys aged 9 and 7 were wounded.")).extracting(QuantityMention::best).containsExactly(2);
    }

    @Test
    void verbParticlesMakeKillings() {
        assertThat(only("Troops gunned down five fighters.").role()).isEqualTo(Role.KILLED);
        assertThat(only("Villagers burnt alive two suspected witches.").role()).isEqualTo(Role.KILLED);
        assertThat(only("Insurgents shoot dead a farmer.").role()).isEqualTo(Role.KILLED);
        assertThat(only("The bombing caused the deaths of 14 pilgrims.").role()).isEqualTo(Role.KILLED);
        List<QuantityMention> agents = q("Six gunmen gunned down two guards.");
        assertThat(agents).extracting(QuantityMention::role).containsExactly(Role.PEOPLE, Role.KILLED);
    }

    @Test
    void sustainedInjuriesAndDiedLater() {
        assertThat(only("Nine others sustained serious injuries.").role()).isEqualTo(Role.INJURED);
        assertThat(only("A farmer who was wounded in the shelling died later in hospital.").role()).isEqualTo(Role.KILLED);
        List<QuantityMention> two = q("Four people were injured and two died.");
        assertThat(two).extracting(QuantityMention::role).containsExactly(Role.INJURED, Role.KILLED);
    }

    @Test
    void listsShareTheirRole() {
        List<QuantityMention> qs = q("The blast killed three soldiers, a police officer and 4 children.");
        assertThat(qs).extracting(QuantityMention::role).containsExactly(Role.KILLED, Role.KILLED, Role.KILLED);
        // a count with its own verb keeps it
        List<QuantityMention> own = q("Rebels killed two soldiers and five fighters were arrested.");
        assertThat(own).extracting(QuantityMention::role).containsExactly(Role.KILLED, Role.PEOPLE);
    }

    @Test
    void attackersOwnDeath() {
        QuantityMention m = only("The assailant was shot and killed by officers.");
        assertThat(m.best()).isEqualTo(1);
        assertThat(m.head()).isEqualTo("assailant");
        assertThat(only("He then shot himself.").head()).isEqualTo("himself");
        assertThat(q("Police killed the gunman.")).isEmpty();
    }

    @Test
    void thingsNamedAfterPeopleAreNotPeople() {
        assertThat(q("A police van was hit, killing and injuring officers.")).isEmpty();
        assertThat(q("They ambushed four army vehicles, killing all on board.")).extracting(QuantityMention::role)
                .doesNotContain(Role.KILLED);
    }

    @Test
    void alongWithSharesTheVerb() {
        List<QuantityMention> qs = q("A judge was shot dead along with three other officials.");
        assertThat(qs).extracting(QuantityMention::role).containsExactly(Role.KILLED, Role.KILLED);
        assertThat(qs.get(1).best()).isEqualTo(3);
    }
}
