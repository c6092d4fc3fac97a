package org.sitrep.resolve.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.testing.StageInvariants;
import org.sitrep.testing.TinyGazetteer;

/**
 * Which date an event gets, through the whole standard pipeline, on reports written for these tests: the event's
 * own date, never one that names a law, modifies another noun or sits in a relative clause; "since X" up to
 * publication; the reporting window for an undated event of a news report; unknown without a publication date.
 */
class EventDatingTest {
    private static final Pipeline PIPELINE = Pipelines.standard(TinyGazetteer.get());

    private static List<Event> events(String text, String published) {
        DocumentMeta meta = published == null ? DocumentMeta.empty() : DocumentMeta.empty().withPublished(LocalDate.parse(published), "test");
        Document d = PIPELINE.process(Document.of("t", text, meta));
        return d.get(Layers.EVENTS);
    }

    /** The date of the event with the highest confidence (the one the evaluations score). */
    private static EventDate top(String text, String published) {
        List<Event> ev = events(text, published);
        assertThat(ev).as("events of: %s", text).isNotEmpty();
        return ev.stream().max(Comparator.comparingDouble(Event::confidence)).orElseThrow().date();
    }

    private static EventDate day(String iso) {
        return new EventDate(LocalDate.parse(iso), LocalDate.parse(iso), DatePrecision.DAY, null);
    }

    @Test
    void aDateModifyingAnotherNounDoesNotDateTheEvent() {
        // "the 2012 mine collapse" is the grievance; the protest is undated, so the reporting window
        EventDate d = top("Relatives of the victims of the 2012 mine collapse protested outside the court.", "2016-04-12");
        assertThat(d.start()).isEqualTo(LocalDate.of(2016, 4, 12));
        assertThat(d.end()).isEqualTo(LocalDate.of(2016, 4, 12));
        EventDate e = top("Students marched against the April 2 shooting of a classmate.", "2016-04-12");
        assertThat(e.start()).isEqualTo(LocalDate.of(2016, 4, 12));
    }

    @Test
    void theYearOfALawDoesNotDateTheEvent() {
        EventDate d = top("Lawyers protested against amendments to the Press Freedom Act, 2011.", "2016-04-12");
        assertThat(d.start()).isEqualTo(LocalDate.of(2016, 4, 12));
    }

    @Test
    void aDateInARelativeClauseAfterTheTriggerBelongsToThatClause() {
        EventDate d = top("Students rallied to demand the release of three classmates who were detained last week.", "2016-04-12");
        assertThat(d.start()).isEqualTo(LocalDate.of(2016, 4, 12));
    }

    @Test
    void theEventsOwnDateStillWins() {
        // published on a Thursday; Monday is the attack's own date, before the trigger or after it
        EventDate d = top("Gunmen attacked a police checkpoint on Monday, killing two officers.", "2016-04-14");
        assertThat(d.start()).isEqualTo(LocalDate.of(2016, 4, 11));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        EventDate e = top("On the 2nd of April 2016 gunmen attacked a police checkpoint.", "2016-04-14");
        assertThat(e.start()).isEqualTo(LocalDate.of(2016, 4, 2));
    }

    @Test
    void possessivePrepositionalAndGrievanceDatesBelongToTheirNoun() {
        // published on a Wednesday
        assertThat(top("Traders shut their shops protesting Monday's attack on a market.", "2016-04-13").start())
                .isEqualTo(LocalDate.of(2016, 4, 13));
        assertThat(top("Teachers marched over the failure to honour promises made in the run-up to 2014 general election.",
                "2016-04-13").start()).isEqualTo(LocalDate.of(2016, 4, 13));
        assertThat(top("Villagers blocked the highway protesting against the killing of a farmer on Sunday.", "2016-04-13").start())
                .isEqualTo(LocalDate.of(2016, 4, 13));
        // "the night of" is part of the date, not a noun it modifies
        assertThat(top("In the night of 3 April militants attacked a police post.", "2016-04-13").start())
                .isEqualTo(LocalDate.of(2016, 4, 3));
        // what follows an attack is often the same day: "after" is no grievance
        assertThat(top("Police fired tear gas after clashes on Sunday.", "2016-04-13").start()).isEqualTo(LocalDate.of(2016, 4, 10));
    }

    @Test
    void aDateInBracketsAfterARelativeOneIsTheEventsDate() {
        EventDate d = top("A soldier was killed in an ambush less than a week ago [9 April 2016].", "2016-04-13");
        assertThat(d.start()).isEqualTo(LocalDate.of(2016, 4, 9));
        EventDate r = top("Rioters torched a bus yesterday (11/04) near the depot.", "2016-04-13");
        assertThat(r.start()).isEqualTo(LocalDate.of(2016, 4, 11));
    }

    @Test
    void anOngoingActionRunsFromItsStartToPublication() {
        EventDate since = top("Farmers have been protesting since Monday outside the district office.", "2016-04-14");
        assertThat(since.start()).isEqualTo(LocalDate.of(2016, 4, 11));
        assertThat(since.end()).isEqualTo(LocalDate.of(2016, 4, 14));
        assertThat(since.precision()).isEqualTo(DatePrecision.RANGE);
        EventDate began = top("Nurses continued a protest that began on March 28.", "2016-04-12");
        assertThat(began.start()).isEqualTo(LocalDate.of(2016, 3, 28));
        assertThat(began.end()).isEqualTo(LocalDate.of(2016, 4, 12));
        // a start without anything going on is the event's own day
        EventDate once = top("Rioters started a fire at the market on March 28.", "2016-04-12");
        assertThat(once.start()).isEqualTo(LocalDate.of(2016, 3, 28));
        assertThat(once.end()).isEqualTo(LocalDate.of(2016, 3, 28));
    }

    @Test
    void anUndatedEventOfANewsReportGetsTheReportingWindow() {
        assertThat(top("Rebels shelled the port.", "2016-05-02")).isEqualTo(day("2016-05-02"));
    }

    @Test
    void anUndatedBackgroundEventStaysUnknown() {
        // past perfect: background, not what the report is about
        assertThat(top("Militants had attacked the town.", "2016-05-02").start()).isNull();
        // an undated event deep in a long analysis is background too
        StringBuilder t = new StringBuilder("Analysis. The conflict has many causes.\n\n");
        for (int i = 0; i < 4; i++) {
            t.append("Observers list the grievances of farmers. Land is scarce. Prices rise.\n\n");
        }
        t.append("Rebels shelled the port.");
        assertThat(top(t.toString(), "2016-05-02").start()).isNull();
    }

    @Test
    void withoutAPublicationDateOnlyAbsoluteDatesDateEvents() {
        List<Event> ev = events("Rebels shelled the port on Monday. On Aug. 3, 2016, gunmen killed two soldiers in an ambush.", null);
        assertThat(ev).hasSizeGreaterThanOrEqualTo(2);
        Event shelling = ev.stream().filter(e -> e.evidence().get(0).start() == 0).findFirst().orElseThrow();
        assertThat(shelling.date().start()).isNull();
        assertThat(shelling.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(ev.stream().filter(e -> e.date().start() != null).map(e -> e.date().start()))
                .containsOnly(LocalDate.of(2016, 8, 3));
    }

    @Test
    void governsOnSingleMentions() {
        Document d = DatesFixtureAccess.run("Police arrested a suspect in the 2013 hotel bombing.", "2016-01-10");
        ResolvedDate y = d.get(Layers.DATES).get(0);
        String text = d.text();
        int arrested = text.indexOf("arrested");
        int bombing = text.indexOf("bombing");
        assertThat(EventDating.governs(text, 0, text.length(), y, arrested)).isFalse();
        // the bombing itself is dated by its own modifier
        assertThat(EventDating.governs(text, 0, text.length(), y, bombing)).isTrue();
    }

    @Test
    void aDateAfterBehindTheAttackIsTheAttacks() {
        Document d = DatesFixtureAccess.run("Troops killed two gunmen suspected of being behind the attack on a bank on Friday.", "2016-04-13");
        ResolvedDate friday = d.get(Layers.DATES).get(0);
        String text = d.text();
        assertThat(EventDating.governs(text, 0, text.length(), friday, text.indexOf("killed"))).isFalse();
        assertThat(EventDating.governs(text, 0, text.length(), friday, text.indexOf("attack"))).isTrue();
    }

    @Test
    void passesTheStageInvariants() {
        StageInvariants.check(PIPELINE, 20261125L, 40);
    }

    /** The date stages alone, for single mentions. */
    private static final class DatesFixtureAccess {
        static Document run(String text, String published) {
            return org.sitrep.mentions.dates.DatesFixture.run(text, LocalDate.parse(published));
        }
    }
}
