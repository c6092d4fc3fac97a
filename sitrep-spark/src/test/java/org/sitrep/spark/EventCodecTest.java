package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.export.EventJson;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;

class EventCodecTest {
    static Event full() {
        return new Event(10, 95, 22, 29, "e1", EventType.BATTLES, SubEventType.values()[0],
                new EventDate(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 2), DatePrecision.values()[0], "on Wednesday"),
                new EventLocation("Gao", "ML", "Gao Region", 16.2716612345, -0.0446712345, 2457163L, GeoPrecision.values()[0], "in Gao"),
                List.of(new EventActor(EventActor.Role.ACTOR1, "a1", "Army", ActorKind.values()[1], "ML", "soldiers"),
                        new EventActor(EventActor.Role.ACTOR2, null, "Gunmen", ActorKind.values()[0], null, null)),
                new Count(6, 5, 8, "six soldiers"), new Count(null, null, null, null), 2, List.of("Group X"), EventStatus.values()[0],
                "the army", 0.123456789, List.of(new Evidence("d1", 10, 95, "Soldiers clashed ... Gao — ünïcödé")),
                List.of(new SourceRef("d1", "https://example.org/x", "Title", "2023-03-02", "the army", EventStatus.values()[0]),
                        new SourceRef("d2", null, null, null, null, null)), "sitrep-0.1.0+x");
    }

    static Event sparse() {
        return new Event(0, 0, 0, 0, null, EventType.PROTESTS, SubEventType.values()[SubEventType.values().length - 1],
                EventDate.unknown(), EventLocation.unknown(), List.of(), null, null, null, List.of(), EventStatus.values()[1], null,
                0.5, List.of(), List.of(), null);
    }

    @Test
    void everyFieldSurvivesExactly() {
        for (Event e : List.of(full(), sparse())) {
            Event back = EventCodec.decode(EventCodec.encode(e));
            assertThat(back).isEqualTo(e);
            assertThat(back.confidence()).isEqualTo(e.confidence());
            assertThat(EventJson.line(back)).isEqualTo(EventJson.line(e));
        }
        assertThat(EventCodec.decode(EventCodec.encode(full())).location().lat()).isEqualTo(16.2716612345);
    }

    @Test
    void aForeignVersionIsRefusedWithAMessage() {
        byte[] b = EventCodec.encode(full());
        b[0] = 99;
        assertThatThrownBy(() -> EventCodec.decode(b)).hasMessageContaining("codec version 99");
    }

    @Test
    void monthPartitionIsTheStartMonthOrUnknown() {
        assertThat(EventRows.month(full())).isEqualTo("2023-03");
        assertThat(EventRows.month(sparse())).isEqualTo(EventRows.UNKNOWN_MONTH);
    }
}
