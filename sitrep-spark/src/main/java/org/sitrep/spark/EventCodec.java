package org.sitrep.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A lossless binary form of {@link Event} for moving events between Spark executors. JSON would round
 * confidences and coordinates and drop the span offsets, and the cross-article merge reads all of them, so the
 * distributed merge could then differ from the single-process one; this codec keeps every field exactly
 * ({@code decode(encode(e)).equals(e)}).
 */
public final class EventCodec {
    private static final int VERSION = 1;

    private EventCodec() {
    }

    public static byte[] encode(Event e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(e.start());
            out.writeInt(e.end());
            out.writeInt(e.triggerStart());
            out.writeInt(e.triggerEnd());
            str(out, e.id());
            str(out, e.type() == null ? null : e.type().name());
            str(out, e.subtype() == null ? null : e.subtype().name());
            EventDate d = e.date();
            out.writeBoolean(d != null);
            if (d != null) {
                str(out, d.start() == null ? null : d.start().toString());
                str(out, d.end() == null ? null : d.end().toString());
                str(out, d.precision() == null ? null : d.precision().name());
                str(out, d.text());
            }
            EventLocation l = e.location();
            out.writeBoolean(l != null);
            if (l != null) {
                str(out, l.name());
                str(out, l.country());
                str(out, l.admin1());
                dbl(out, l.lat());
                dbl(out, l.lon());
                out.writeBoolean(l.geonamesId() != null);
                if (l.geonamesId() != null) {
                    out.writeLong(l.geonamesId());
                }
                str(out, l.precision() == null ? null : l.precision().name());
                str(out, l.text());
            }
            out.writeInt(e.actors().size());
            for (EventActor a : e.actors()) {
                str(out, a.role() == null ? null : a.role().name());
                str(out, a.id());
                str(out, a.name());
                str(out, a.kind() == null ? null : a.kind().name());
                str(out, a.country());
                str(out, a.text());
            }
            count(out, e.fatalities());
            count(out, e.injured());
            integer(out, e.incidents());
            out.writeInt(e.claimedBy().size());
            for (String c : e.claimedBy()) {
                str(out, c);
            }
            str(out, e.status() == null ? null : e.status().name());
            str(out, e.attributedTo());
            out.writeDouble(e.confidence());
            out.writeInt(e.evidence().size());
            for (Evidence x : e.evidence()) {
                str(out, x.doc());
                out.writeInt(x.start());
                out.writeInt(x.end());
                str(out, x.quote());
            }
            out.writeInt(e.sources().size());
            for (SourceRef s : e.sources()) {
                str(out, s.doc());
                str(out, s.url());
                str(out, s.title());
                str(out, s.published());
                str(out, s.attributedTo());
                str(out, s.status() == null ? null : s.status().name());
            }
            str(out, e.pipelineVersion());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return bytes.toByteArray();
    }

    public static Event decode(byte[] b) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
            int v = in.readByte();
            if (v != VERSION) {
                throw new IllegalArgumentException("event encoded with codec version " + v + ", this build reads " + VERSION
                        + "; run every executor on the same sitrep-spark.jar");
            }
            int start = in.readInt();
            int end = in.readInt();
            int tStart = in.readInt();
            int tEnd = in.readInt();
            String id = str(in);
            EventType type = en(EventType.class, str(in));
            SubEventType subtype = en(SubEventType.class, str(in));
            EventDate date = null;
            if (in.readBoolean()) {
                date = new EventDate(localDate(str(in)), localDate(str(in)), en(DatePrecision.class, str(in)), str(in));
            }
            EventLocation loc = null;
            if (in.readBoolean()) {
                String name = str(in);
                String country = str(in);
                String admin1 = str(in);
                Double lat = dbl(in);
                Double lon = dbl(in);
                Long gid = in.readBoolean() ? in.readLong() : null;
                loc = new EventLocation(name, country, admin1, lat, lon, gid, en(GeoPrecision.class, str(in)), str(in));
            }
            int n = in.readInt();
            List<EventActor> actors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                actors.add(new EventActor(en(EventActor.Role.class, str(in)), str(in), str(in), en(ActorKind.class, str(in)), str(in),
                        str(in)));
            }
            Count fatalities = count(in);
            Count injured = count(in);
            Integer incidents = integer(in);
            n = in.readInt();
            List<String> claimed = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                claimed.add(str(in));
            }
            EventStatus status = en(EventStatus.class, str(in));
            String attributedTo = str(in);
            double confidence = in.readDouble();
            n = in.readInt();
            List<Evidence> evidence = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                evidence.add(new Evidence(str(in), in.readInt(), in.readInt(), str(in)));
            }
            n = in.readInt();
            List<SourceRef> sources = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sources.add(new SourceRef(str(in), str(in), str(in), str(in), str(in), en(EventStatus.class, str(in))));
            }
            String version = str(in);
            return new Event(start, end, tStart, tEnd, id, type, subtype, date, loc, actors, fatalities, injured, incidents, claimed,
                    status, attributedTo, confidence, evidence, sources, version);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void dbl(DataOutputStream out, Double d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeDouble(d);
        }
    }

    private static Double dbl(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void integer(DataOutputStream out, Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeInt(i);
        }
    }

    private static Integer integer(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static void count(DataOutputStream out, Count c) throws IOException {
        out.writeBoolean(c != null);
        if (c != null) {
            integer(out, c.best());
            integer(out, c.low());
            integer(out, c.high());
            str(out, c.text());
        }
    }

    private static Count count(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Count(integer(in), integer(in), integer(in), str(in)) : null;
    }

    private static LocalDate localDate(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static <E extends Enum<E>> E en(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
