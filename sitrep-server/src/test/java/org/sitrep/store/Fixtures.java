package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
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

/** Hand-built documents and events for store and API tests (sentences written for these tests). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Document doc(String id, String text, String published) {
        return Document.of(id, text, new DocumentMeta("https://example.org/" + id, "Title of " + id,
                published == null ? null : LocalDate.parse(published), "jsonl", "eng"));
    }

    /** An event whose evidence is the whole first sentence of {@code text}. */
    public static Event event(String docId, String text, String published, SubEventType sub, String date, String place, String country,
                              String admin1, double lat, double lon, String actor, ActorKind kind, Integer killed) {
        int end = text.indexOf('.') + 1;
        if (end <= 0) {
            end = text.length();
        }
        LocalDate d = date == null ? null : LocalDate.parse(date);
        EventType type = sub.type();
        return new Event(0, end, 0, 1, docId + ":0:" + type.json(), type, sub,
                d == null ? EventDate.unknown() : new EventDate(d, d, DatePrecision.DAY, null),
                new EventLocation(place, country, admin1, lat, lon, null, GeoPrecision.EXACT, place),
                actor == null ? List.of() : List.of(new EventActor(EventActor.Role.ACTOR1, null, actor, kind, country, actor)),
                killed == null ? null : new Count(killed, killed, killed, killed + " killed"), null, null, List.of(), EventStatus.OCCURRED,
                null, 0.7, List.of(new Evidence(docId, 0, end, text.substring(0, end))),
                List.of(new SourceRef(docId, "https://example.org/" + docId, "Title of " + docId, published, null, EventStatus.OCCURRED)),
                "test");
    }

    public static final String T1 = "Gunmen from the Northern Front attacked a bus near Tarvik on Monday, killing four passengers. Police said the attackers fled.";
    public static final String T2 = "Four bus passengers died when Northern Front militants opened fire near the town of Tarvik on Monday. Officials blamed the group.";
    public static final String T3 = "Hundreds of teachers marched in Oldport on Tuesday to demand unpaid wages. The rally ended peacefully.";
    public static final String T4 = "An air strike hit a fuel depot outside Kessa on 3 May, killing two guards, the ministry said.";
    /** A longer report and a syndicated copy of it: the copy changes one phrase and adds a credit line. */
    public static final String LONG = "Gunmen from the Northern Front attacked a bus near Tarvik on Monday, killing four passengers. "
            + "The bus was travelling from the regional capital to the market town when it was stopped at a makeshift roadblock, "
            + "survivors told reporters at the hospital. The attackers ordered the passengers out, took their phones and money, and "
            + "opened fire on those who tried to run into the bush. A police spokesman said a patrol reached the scene an hour later "
            + "and found the bodies of three men and a woman beside the road. Six other passengers were treated for gunshot wounds. "
            + "The Northern Front has attacked traffic on the same highway several times this year, and transport unions have called "
            + "for armed escorts. The governor condemned the killings and promised to reinforce checkpoints along the route.";
    public static final String T1_COPY = LONG.replace("told reporters at the hospital", "told journalists at the hospital")
            + " (Reporting by a staff correspondent; editing by the desk.)";

    public static Event e1() {
        return event("d1", T1, "2024-05-07", SubEventType.ATTACK, "2024-05-06", "Tarvik", "NG", "Borno", 11.80, 13.15, "Northern Front",
                ActorKind.REBEL_GROUP, 4);
    }

    public static Event e2() {
        return event("d2", T2, "2024-05-08", SubEventType.ATTACK, "2024-05-06", "Tarvik", "NG", "Borno", 11.801, 13.151, "Northern Front",
                ActorKind.REBEL_GROUP, 5);
    }

    public static Event e3() {
        return event("d3", T3, "2024-05-08", SubEventType.PEACEFUL_PROTEST, "2024-05-07", "Oldport", "KE", "Mombasa", -4.04, 39.66,
                "Protesters (Kenya)", ActorKind.PROTESTERS, null);
    }

    public static Event e4() {
        return event("d4", T4, "2024-05-04", SubEventType.AIR_DRONE_STRIKE, "2024-05-03", "Kessa", "SY", "Idlib", 35.9, 36.6,
                "Military Forces of Syria", ActorKind.STATE_FORCES, 2);
    }

    public static Event longEvent() {
        return event("d1long", LONG, "2024-05-07", SubEventType.ATTACK, "2024-05-06", "Tarvik", "NG", "Borno", 11.80, 13.15,
                "Northern Front", ActorKind.REBEL_GROUP, 4);
    }

    public static Event copyEvent() {
        return event("d1copy", T1_COPY, "2024-05-07", SubEventType.ATTACK, "2024-05-06", "Tarvik", "NG", "Borno", 11.80, 13.15,
                "Northern Front", ActorKind.REBEL_GROUP, 4);
    }

    /** Stores the four fixture documents (the first two report the same attack). */
    public static void load(Store s) {
        s.ingest(doc("d1", T1, "2024-05-07"), List.of(e1()));
        s.ingest(doc("d2", T2, "2024-05-08"), List.of(e2()));
        s.ingest(doc("d3", T3, "2024-05-08"), List.of(e3()));
        s.ingest(doc("d4", T4, "2024-05-04"), List.of(e4()));
        s.rebuildDirty();
    }
}
