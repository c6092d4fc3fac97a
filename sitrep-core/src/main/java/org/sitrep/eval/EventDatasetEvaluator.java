package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.events.CountryNames;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventType;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;

/**
 * The "Event data" protocol of evaluation.md, shared by the ACLED, GTD, Wikipedia, UCDP and PETRARCH
 * evaluators: each record is one document (text; published = the coded event date); the emitted event with the
 * highest confidence is compared with the gold. Subclasses read their gold fields into a {@link Gold} and the
 * scores are kept here. The system property {@code sitrep.eval.limit} caps the records read (for iteration only).
 */
abstract class EventDatasetEvaluator implements Evaluator {
    private static final int CAL_BINS = 10;

    static final CountryNames COUNTRIES = CountryNames.bundled();

    /** What one record's gold says, in the protocol's terms; null fields are not scored. */
    static final class Gold {
        String label;
        Set<EventType> accepted = Set.of();
        String subtype;
        String countryIso;
        boolean townPrecise;
        Double lat;
        Double lon;
        Integer fatalities;
        Integer injured;
        String actor1;
        boolean expectEvent = true;
    }

    /** Reads one record's gold; return null to skip the record entirely. */
    abstract Gold gold(JsonNode record);

    /** Publication date to give the document: the coded event date. */
    abstract LocalDate published(JsonNode record);

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            if (s.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asInt();
        }
        try {
            return (int) Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }

    static int limit() {
        String s = System.getProperty("sitrep.eval.limit");
        if (s == null || s.isBlank()) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new SitrepException(ErrorCode.E_EVAL_DATA, "sitrep.eval.limit", "'" + s + "' is not a number of records");
        }
    }

    /** Great-circle distance in km. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Counts of one ratio metric. */
    static final class Ratio {
        long num;
        long den;

        void add(boolean ok) {
            den++;
            if (ok) {
                num++;
            }
        }
    }

    /** Accuracy and macro-F1 over the gold classes of a labelled field. */
    static final class Classes {
        final Map<String, long[]> perClass = new LinkedHashMap<>(); // tp, fn, fp
        long correct;
        long total;

        void add(String gold, String predicted, boolean ok) {
            total++;
            long[] g = perClass.computeIfAbsent(gold, k -> new long[3]);
            if (ok) {
                correct++;
                g[0]++;
            } else {
                g[1]++;
                if (predicted != null) {
                    perClass.computeIfAbsent(predicted, k -> new long[3])[2]++;
                }
            }
        }

        double macroF1(Set<String> goldClasses) {
            double sum = 0;
            int n = 0;
            for (String c : goldClasses) {
                long[] v = perClass.getOrDefault(c, new long[3]);
                double p = v[0] + v[2] == 0 ? 0 : (double) v[0] / (v[0] + v[2]);
                double r = v[0] + v[1] == 0 ? 0 : (double) v[0] / (v[0] + v[1]);
                sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
                n++;
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** The label a prediction gets among this dataset's gold labels: the gold's own if accepted, else the first whose accepted types contain it. */
    abstract String labelOf(EventType predicted, Gold gold);

    @Override
    public EvalReport evaluate(Path file, Pipeline pipeline, MissWriter misses) throws IOException {
        EvalReport report = new EvalReport(file.getFileName().toString(), name());
        ActorMatcher actors = new ActorMatcher(pipeline);
        Ratio detected = new Ratio();
        Ratio noEvent = new Ratio();
        Ratio country = new Ratio();
        Ratio place25 = new Ratio();
        Ratio place161 = new Ratio();
        Ratio fat = new Ratio();
        Ratio fatPos = new Ratio();
        Ratio inj = new Ratio();
        Ratio injPos = new Ratio();
        Ratio actor1 = new Ratio();
        Ratio subtype = new Ratio();
        Ratio dateContains = new Ratio();
        Classes types = new Classes();
        int[] calN = new int[CAL_BINS];
        double[] calConf = new double[CAL_BINS];
        int[] calOk = new int[CAL_BINS];
        Set<String> goldClasses = new LinkedHashSet<>();
        int max = limit();
        long records = 0;
        long nanos = 0;
        try (GoldFile goldFile = GoldFile.open(file)) {
            for (GoldFile.Record gr : goldFile) {
                if (!(records < max)) {
                    break;
                }
                int lineNo = gr.line();
                JsonNode rec = gr.json();
                String id = text(rec, "id");
                String txt = text(rec, "text");
                if (id == null || txt == null || txt.isBlank()) {
                    continue;
                }
                Gold g = gold(rec);
                if (g == null) {
                    continue;
                }
                records++;
                LocalDate pub = published(rec);
                Document doc = Document.of(id, txt, DocumentMeta.empty().withPublished(pub, pub == null ? null : "jsonl"));
                long t0 = System.nanoTime();
                Document out = pipeline.process(doc);
                nanos += System.nanoTime() - t0;
                List<Event> events = out.has(Layers.EVENTS) ? out.get(Layers.EVENTS) : List.of();
                Event top = null;
                for (Event e : events) {
                    if (top == null || e.confidence() > top.confidence()) {
                        top = e;
                    }
                }
                if (!g.expectEvent) {
                    noEvent.add(top == null);
                    if (top != null) {
                        miss(misses, id, "no_event", "none", top.subtype().json(), txt);
                    }
                    continue;
                }
                detected.add(top != null);
                if (top == null) {
                    miss(misses, id, "detected", g.label, "none", txt);
                }
                if (g.label != null) {
                    goldClasses.add(g.label);
                    String pl = top == null ? null : labelOf(top.type(), g);
                    boolean ok = top != null && g.accepted.contains(top.type());
                    types.add(g.label, pl, ok);
                    if (top != null) {
                        int bin = Math.min(CAL_BINS - 1, Math.max(0, (int) (top.confidence() * CAL_BINS)));
                        calN[bin]++;
                        calConf[bin] += top.confidence();
                        calOk[bin] += ok ? 1 : 0;
                        report.sample(top.confidence(), ok);
                    }
                    if (!ok && top != null) {
                        miss(misses, id, "type", g.label, top.type().json() + "/" + top.subtype().json(), txt);
                    }
                }
                if (g.subtype != null) {
                    boolean ok = top != null && top.subtype().json().equals(g.subtype);
                    subtype.add(ok);
                    if (!ok && top != null) {
                        miss(misses, id, "subtype", g.subtype, top.subtype().json(), txt);
                    }
                }
                if (top != null && pub != null) {
                    // the coded event date is the record's date: does the event's interval contain it? (issue "Time")
                    boolean ok = top.date().start() != null && top.date().end() != null
                            && !pub.isBefore(top.date().start()) && !pub.isAfter(top.date().end());
                    dateContains.add(ok);
                    if (!ok) {
                        miss(misses, id, "date", pub.toString(), top.date().start() + "/" + top.date().end(), txt);
                    }
                }
                if (g.countryIso != null) {
                    String pc = top == null ? null : top.location().country();
                    boolean ok = g.countryIso.equals(pc);
                    country.add(ok);
                    if (!ok && top != null) {
                        miss(misses, id, "country", g.countryIso, pc, txt);
                    }
                }
                if (g.townPrecise && g.lat != null && g.lon != null) {
                    Double la = top == null ? null : top.location().lat();
                    Double lo = top == null ? null : top.location().lon();
                    double d = la == null || lo == null ? Double.MAX_VALUE : km(la, lo, g.lat, g.lon);
                    place25.add(d <= 25);
                    place161.add(d <= 161);
                    if (d > 161 && top != null) {
                        miss(misses, id, "place", g.lat + "," + g.lon, top.location().name() + " " + la + "," + lo, txt);
                    }
                }
                if (g.fatalities != null) {
                    int p = top == null || top.fatalities() == null || top.fatalities().best() == null ? 0 : top.fatalities().best();
                    boolean ok = p == g.fatalities;
                    fat.add(ok);
                    if (g.fatalities > 0) {
                        fatPos.add(ok);
                    }
                    if (!ok) {
                        miss(misses, id, "fatalities", String.valueOf(g.fatalities), String.valueOf(p), txt);
                    }
                }
                if (g.injured != null) {
                    int p = top == null || top.injured() == null || top.injured().best() == null ? 0 : top.injured().best();
                    boolean ok = p == g.injured;
                    inj.add(ok);
                    if (g.injured > 0) {
                        injPos.add(ok);
                    }
                    if (!ok) {
                        miss(misses, id, "injured", String.valueOf(g.injured), String.valueOf(p), txt);
                    }
                }
                if (g.actor1 != null && actors.scored(g.actor1)) {
                    EventActor a = top == null ? null : top.actor(EventActor.Role.ACTOR1);
                    boolean ok = a != null && actors.matches(g.actor1, a, g.countryIso);
                    if (!ok && a != null && a.id() == null
                            && (a.kind() == ActorKind.RIOTERS || a.kind() == ActorKind.PROTESTERS)) {
                        // a generic "Rioters (X)" acts with its named group as associated actor
                        EventActor assoc = top.actor(EventActor.Role.ASSOCIATED1);
                        ok = assoc != null && actors.matches(g.actor1, assoc, g.countryIso);
                    }
                    actor1.add(ok);
                    if (!ok) {
                        miss(misses, id, "actor1", g.actor1, top == null ? "none" : ActorMatcher.names(top.actors()).toString(), txt);
                    }
                }
            }
        }
        report.count("records", records);
        if (detected.den > 0) {
            report.ratio("detected", detected.num, detected.den);
        }
        if (noEvent.den > 0) {
            report.ratio("no_event_rate", noEvent.num, noEvent.den);
        }
        if (types.total > 0) {
            report.ratio("type.accuracy", types.correct, types.total);
            report.metric("type.macro_f1", types.macroF1(goldClasses));
        }
        int calTotal = 0;
        double ece = 0;
        for (int b = 0; b < CAL_BINS; b++) {
            calTotal += calN[b];
        }
        for (int b = 0; b < CAL_BINS && calTotal > 0; b++) {
            if (calN[b] > 0) {
                ece += (double) calN[b] / calTotal * Math.abs(calOk[b] / (double) calN[b] - calConf[b] / calN[b]);
            }
        }
        if (calTotal > 0) {
            // expected calibration error of the top event's confidence against its type being right (10 equal bins)
            report.metric("confidence.ece", ece);
        }
        ratio(report, "subtype.accuracy", subtype);
        ratio(report, "date.contains", dateContains);
        ratio(report, "country", country);
        ratio(report, "place.25km", place25);
        ratio(report, "place.161km", place161);
        ratio(report, "fatalities.exact", fat);
        ratio(report, "fatalities.exact.gold>0", fatPos);
        ratio(report, "injured.exact", inj);
        ratio(report, "injured.exact.gold>0", injPos);
        ratio(report, "actor1", actor1);
        if (records > 0) {
            report.metric("ms_per_record", nanos / 1e6 / records);
        }
        return report;
    }

    private static void ratio(EvalReport report, String name, Ratio r) {
        if (r.den > 0) {
            report.ratio(name, r.num, r.den);
        }
    }

    static void miss(MissWriter misses, String id, String field, String gold, String predicted, String text) {
        ObjectNode m = misses.newMiss(id, field);
        m.put("gold", gold);
        m.put("predicted", predicted);
        m.put("text", text.length() > 400 ? text.substring(0, 400) : text);
        misses.write(m);
    }

    static Set<EventType> types(EventType... t) {
        return new LinkedHashSet<>(List.of(t));
    }

    static String firstLabel(EventType predicted, Map<String, Set<EventType>> labels) {
        for (Map.Entry<String, Set<EventType>> e : labels.entrySet()) {
            if (e.getValue().iterator().next() == predicted) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, Set<EventType>> e : labels.entrySet()) {
            if (e.getValue().contains(predicted)) {
                return e.getKey();
            }
        }
        return predicted.json();
    }
}
