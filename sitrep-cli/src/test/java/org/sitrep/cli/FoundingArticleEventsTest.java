package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Layers;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/**
 * The founding article (shared/seeds, read at test time, never copied): the events a careful coder would code.
 * Nothing in the code or resources is keyed to this article; these are the checks its coding must pass.
 */
class FoundingArticleEventsTest {
    private static List<Event> events;

    @BeforeAll
    static void extract() {
        Path shared = Cli.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds")), "../shared/seeds is absent: skipped");
        Path seed = shared.resolve("seeds").resolve("000_8d23f708b8edc622.txt");
        assumeTrue(Files.exists(seed), "the founding article is absent: skipped");
        DocumentRunner runner = new DocumentRunner(Pipelines.standard(Resources.bundled()), 1, true);
        ReadOptions opts = new ReadOptions(InputFormat.AUTO, LocalDate.of(2017, 7, 25), ReadOptions.DEFAULT_MAX_BYTES);
        InputItem item = new InputReader(List.of(seed.toString()), opts, System.in).iterator().next();
        DocumentRunner.Result r = runner.processOne(item);
        assertThat(r.ok()).as(String.valueOf(r.failure())).isTrue();
        events = r.document().get(Layers.EVENTS);
    }

    private static List<Event> find(SubEventType subtype, Predicate<Event> p) {
        return events.stream().filter(e -> e.subtype() == subtype).filter(p).toList();
    }

    private static boolean actor(Event e, EventActor.Role role, String name) {
        EventActor a = e.actor(role);
        return a != null && a.name().contains(name);
    }

    @Test
    void theAirstrikeCampaignIsOneRecordOf495IncidentsOverItsWholeInterval() {
        List<Event> c = find(SubEventType.AIR_DRONE_STRIKE, e -> LocalDate.of(2016, 8, 1).equals(e.date().start()));
        assertThat(c).hasSize(1);
        Event e = c.get(0);
        assertThat(e.date().end()).isEqualTo(LocalDate.of(2016, 12, 19));
        assertThat(e.incidents()).isEqualTo(495);
        assertThat(e.actor(EventActor.Role.ACTOR1).country()).isEqualTo("US");
        assertThat(actor(e, EventActor.Role.ACTOR2, "Islamic State")).isTrue();
        assertThat(e.location().country()).isEqualTo("LY");
    }

    @Test
    void theJanuary2017StrikesSouthOfSirteKilledDozens() {
        List<Event> c = find(SubEventType.AIR_DRONE_STRIKE, e -> LocalDate.of(2017, 1, 1).equals(e.date().start()));
        assertThat(c).hasSize(1);
        Event e = c.get(0);
        assertThat(e.date().end()).isEqualTo(LocalDate.of(2017, 1, 31));
        assertThat(e.location().name()).isEqualTo("Sirte");
        assertThat(e.location().precision().json()).isEqualTo("near");
        assertThat(e.fatalities().best()).isEqualTo(12);
        assertThat(e.fatalities().text()).contains("dozens");
        assertThat(actor(e, EventActor.Role.ACTOR2, "Islamic State")).isTrue();
        assertThat(e.actor(EventActor.Role.ACTOR1).country()).isEqualTo("US");
    }

    @Test
    void theGnaAlignedForcesLossesAreCounted() {
        List<Event> c = events.stream().filter(e -> e.injured() != null && Integer.valueOf(3200).equals(e.injured().best())).toList();
        assertThat(c).hasSize(1);
        assertThat(c.get(0).date().start()).isEqualTo(LocalDate.of(2016, 8, 1));
    }

    @Test
    void theDernaBaseIsCoded() {
        assertThat(find(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, e -> "LY".equals(e.location().country())
                && e.location().name() != null && e.location().name().startsWith("Darn")
                && actor(e, EventActor.Role.ACTOR1, "Islamic State"))).hasSize(1);
    }

    @Test
    void theLossOfTheDernaBaseToRivalJihadistsIsCoded() {
        assertThat(find(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e -> "LY".equals(e.location().country())
                && e.location().name() != null && e.location().name().startsWith("Darn")
                && actor(e, EventActor.Role.ACTOR2, "Islamic State")
                && e.actor(EventActor.Role.ACTOR1) != null
                && e.actor(EventActor.Role.ACTOR1).name().toLowerCase(java.util.Locale.ROOT).contains("qaeda"))).hasSize(1);
    }

    @Test
    void theAttacksInTripoliAndBenghaziAreOneEventEach() {
        assertThat(events).anyMatch(e -> "Tripoli".equals(e.location().name()) && actor(e, EventActor.Role.ACTOR1, "Islamic State"));
        assertThat(events).anyMatch(e -> "Benghazi".equals(e.location().name()) && actor(e, EventActor.Role.ACTOR1, "Islamic State"));
    }

    @Test
    void theNovember2015OperationAgainstTheIsLeaderIsDatedToItsMonth() {
        assertThat(events).anyMatch(e -> LocalDate.of(2015, 11, 1).equals(e.date().start())
                && LocalDate.of(2015, 11, 30).equals(e.date().end()) && e.actor(EventActor.Role.ACTOR1) != null
                && "US".equals(e.actor(EventActor.Role.ACTOR1).country()));
    }

    @Test
    void theNovember2014RecognitionOfTheLibyanBranchIsAStrategicDevelopment() {
        assertThat(find(SubEventType.CHANGE_TO_GROUP_ACTIVITY, e -> LocalDate.of(2014, 11, 1).equals(e.date().start())
                && actor(e, EventActor.Role.ACTOR1, "Islamic State"))).hasSize(1);
    }

    @Test
    void theGnaAlignedForcesLostMoreThan700() {
        assertThat(events).anyMatch(e -> e.fatalities() != null && Integer.valueOf(700).equals(e.fatalities().best())
                && e.fatalities().text() != null && e.fatalities().text().contains("more than 700"));
    }

    @Test
    void nothingInEuropeAndNothingDatedToThePublicationMonth() {
        Set<String> europe = Set.of("FR", "DE", "GB", "IT", "ES", "BE", "NL", "AT", "SE", "DK", "PL", "GR", "PT", "IE");
        assertThat(events).noneMatch(e -> europe.contains(e.location().country()));
        assertThat(events).noneMatch(e -> e.date().start() != null && !e.date().start().isBefore(LocalDate.of(2017, 7, 1)));
    }

    @Test
    void plannedThreatenedAndHypotheticalHappeningsAreNotEvents() {
        // "could use Libya as a fallback zone", "planned attacks", "will reclaim the cities": no event dated after 2016
        // other than the January 2017 strikes
        assertThat(events.stream().filter(e -> e.date().start() != null && e.date().start().getYear() >= 2017))
                .allMatch(e -> e.subtype() == SubEventType.AIR_DRONE_STRIKE);
    }
}
