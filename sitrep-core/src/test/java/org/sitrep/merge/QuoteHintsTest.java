package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;

/** The merger's recovery from extraction errors through the reports' own words (sentences written for this test). */
class QuoteHintsTest {
    static final EventLocation TOWN = new EventLocation("Gwoza", "NG", "Borno", 11.083, 13.695, null, GeoPrecision.EXACT, "Gwoza");
    static final EventLocation OTHER_TOWN = new EventLocation("Bama", "NG", "Borno", 11.522, 13.686, null, GeoPrecision.EXACT, "Bama");
    static final EventLocation COUNTRY = new EventLocation("Nigeria", "NG", null, null, null, null, GeoPrecision.COUNTRY, null);

    static Event event(String id, SubEventType t, String day, String dayText, EventLocation l, String published, String quote,
            Integer deaths) {
        LocalDate d = LocalDate.parse(day);
        return new Event(0, quote.length(), 0, 1, "ev-" + id, t.type(), t, new EventDate(d, d, DatePrecision.DAY, dayText), l, List.of(),
                deaths == null ? null : new Count(deaths, null, null, deaths + " killed"), null, null, List.of(), EventStatus.OCCURRED,
                null, 0.8, List.of(new Evidence(id, 0, quote.length(), quote)),
                List.of(new SourceRef(id, null, null, published, null, EventStatus.OCCURRED)), "test");
    }

    @Test
    void theReportingDayTakenForTheEventsDayStillMatchesTheDayTheQuoteNames() {
        // 2025-03-06 is a Thursday, 2025-03-07 a Friday
        Event said = event("a", SubEventType.ARRESTS, "2025-03-07", "Friday", TOWN, "2025-03-07",
                "Police in Gwoza said on Friday they had detained 14 suspected bandits in raids on Thursday.", null);
        Event dated = event("b", SubEventType.ARRESTS, "2025-03-06", "March 6", TOWN, "2025-03-07",
                "Fourteen suspected bandits were detained in Gwoza on March 6, police said.", null);
        assertThat(QuoteHints.otherDays(said)).containsExactly(LocalDate.parse("2025-03-06"));
        assertThat(Similarity.dateScore(said, dated)).isEqualTo(Similarity.REPORTED_DAY);
        assertThat(EventMerger.cluster(List.of(said, dated))).hasSize(1);
        // a report of the next day's raids that only mentions the earlier ones is another event
        Event next = event("c", SubEventType.ARRESTS, "2025-03-07", "Friday", TOWN, "2025-03-07",
                "A day after Thursday's raids, police in Gwoza detained nine more suspects on Friday.", null);
        assertThat(QuoteHints.otherDays(next)).isEmpty();
        assertThat(Similarity.score(next, dated)).isEqualTo(Similarity.REJECT);
        assertThat(EventMerger.cluster(List.of(next, dated))).hasSize(2);
        // the named day must be the other event's: Wednesday's arrests are not Thursday's
        Event wednesday = event("d", SubEventType.ARRESTS, "2025-03-05", "Wednesday", TOWN, "2025-03-05",
                "Police detained suspects in Gwoza on Wednesday.", null);
        assertThat(Similarity.score(said, wednesday)).isEqualTo(Similarity.REJECT);
    }

    @Test
    void aCountryLevelReportJoinsTheTownItsWordsNameAndNotTheOtherOne() {
        Event gwoza = event("g", SubEventType.ATTACK, "2025-03-02", "Sunday", TOWN, "2025-03-02",
                "Gunmen killed six villagers in Gwoza on Sunday.", 6);
        Event bama = event("h", SubEventType.ATTACK, "2025-03-02", "Sunday", OTHER_TOWN, "2025-03-02",
                "Gunmen killed four traders in Bama on Sunday.", 4);
        // the resolver missed the town ("Gwozza" is no gazetteer spelling) and kept the country
        Event coarse = event("c", SubEventType.ATTACK, "2025-03-02", "Sunday", COUNTRY, "2025-03-03",
                "Six people died when gunmen raided Gwozza on Sunday, residents said.", 6);
        assertThat(QuoteHints.namesPlaceOf(coarse, gwoza)).isTrue();
        assertThat(QuoteHints.namesPlaceOf(coarse, bama)).isFalse();
        List<EventMerger.Cluster> c = EventMerger.cluster(List.of(gwoza, bama, coarse));
        assertThat(c).hasSize(2);
        assertThat(c).anySatisfy(x -> assertThat(x.members()).extracting(Event::id).containsExactlyInAnyOrder("ev-g", "ev-c"));
        // naming neither, it stays apart: both candidates report deaths
        Event vague = event("v", SubEventType.ATTACK, "2025-03-02", "Sunday", COUNTRY, "2025-03-03",
                "Gunmen killed several people in Borno state on Sunday.", 5);
        assertThat(EventMerger.cluster(List.of(gwoza, bama, vague))).hasSize(3);
    }

    @Test
    void aCoarseReportOfDeathsJoinsTheOneCandidateWithDeaths() {
        Event deadly = event("g", SubEventType.AIR_DRONE_STRIKE, "2025-03-01", "Saturday", TOWN, "2025-03-01",
                "An air strike hit a market in Gwoza on Saturday, killing three.", 3);
        Event hurt = event("h", SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, "2025-03-02", "Sunday", TOWN, "2025-03-02",
                "Shells landed on homes in Gwoza on Sunday, wounding eleven.", null);
        LocalDate sat = LocalDate.parse("2025-03-01");
        Event weekend = new Event(0, 10, 0, 1, "ev-w", EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE,
                new EventDate(sat, sat.plusDays(1), DatePrecision.RANGE, "over the weekend"), COUNTRY, List.of(),
                new Count(4, null, null, "four killed"), null, null, List.of(), EventStatus.OCCURRED, null, 0.8,
                List.of(new Evidence("w", 0, 10, "Four people were killed in a strike in the north-east over the weekend.")),
                List.of(new SourceRef("w", null, null, "2025-03-02", null, EventStatus.OCCURRED)), "test");
        assertThat(Similarity.weakLink(weekend, deadly)).isTrue();
        assertThat(Similarity.weakLink(weekend, hurt)).isTrue();
        List<EventMerger.Cluster> c = EventMerger.cluster(List.of(deadly, hurt, weekend));
        assertThat(c).hasSize(2);
        assertThat(c).anySatisfy(x -> assertThat(x.members()).extracting(Event::id).containsExactlyInAnyOrder("ev-g", "ev-w"));
    }

    @Test
    void foldingIgnoresCaseAccentsAndDoubledLetters() {
        assertThat(QuoteHints.fold("Mallam Fatori")).isEqualTo(QuoteHints.fold("Malam Fatori"));
        assertThat(QuoteHints.fold("Arīḩā")).isEqualTo("ariha");
        assertThat(QuoteHints.fold("Kismaayo")).isEqualTo(QuoteHints.fold("Kismayo"));
    }
}
