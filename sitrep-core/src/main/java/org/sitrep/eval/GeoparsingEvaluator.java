package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.pipeline.Pipeline;

/**
 * Geoparsing protocol of shared/spec/evaluation.md ("Places") for LGL, GeoVirus and GeoWebNews records:
 * {@code {"id", "text", "toponyms": [{"start", "end", "lat", "lon", ...}]}} with code-point offsets. Gold
 * toponyms with coordinates count; a gold toponym is found when a place mention's span overlaps it.
 * Metrics: {@code found} (recall), {@code accuracy@161km} among found, {@code end_to_end}, {@code precision}
 * (mentions overlapping any gold span, with or without coordinates).
 */
public final class GeoparsingEvaluator implements Evaluator {
    public static final double KM = 161;

    @Override
    public String name() {
        return "geoparsing";
    }

    @Override
    public boolean accepts(JsonNode first) {
        return first.has("text") && first.path("toponyms").isArray();
    }

    @Override
    public EvalReport evaluate(Path file, Pipeline pipeline, MissWriter misses) throws IOException {
        long gold = 0;
        long found = 0;
        long within = 0;
        long mentions = 0;
        long mentionsOnGold = 0;
        long docs = 0;
        try (GoldFile records = GoldFile.open(file)) {
            for (GoldFile.Record gr : records) {
                int lineNo = gr.line();
                JsonNode rec = gr.json();
                String id = rec.path("id").asText("line-" + lineNo);
                String text = rec.path("text").asText("");
                docs++;
                Document out = pipeline.process(Document.of(id, text));
                List<ResolvedPlace> places = out.get(Layers.PLACES);
                int[][] spans = new int[rec.path("toponyms").size()][];
                int g = 0;
                for (JsonNode t : rec.path("toponyms")) {
                    int s = utf16(text, t.path("start").asInt());
                    int e = utf16(text, t.path("end").asInt());
                    spans[g++] = new int[] {s, e};
                    if (!t.hasNonNull("lat") || !t.hasNonNull("lon")) {
                        continue;
                    }
                    gold++;
                    double lat = t.get("lat").asDouble();
                    double lon = t.get("lon").asDouble();
                    ResolvedPlace hit = null;
                    for (ResolvedPlace p : places) {
                        if (p.start() < e && s < p.end()) {
                            if (hit == null || hit.place() == null && p.place() != null) {
                                hit = p;
                            }
                        }
                    }
                    if (hit == null) {
                        ObjectNode miss = misses.newMiss(id, "place.found");
                        miss.put("phrase", t.path("phrase").asText());
                        miss.put("context", context(text, s, e));
                        misses.write(miss);
                        continue;
                    }
                    found++;
                    Place p = hit.place();
                    double d = p == null ? Double.POSITIVE_INFINITY : Place.km(lat, lon, p.lat(), p.lon());
                    if (d <= KM) {
                        within++;
                    } else {
                        ObjectNode miss = misses.newMiss(id, "place.distance");
                        miss.put("phrase", t.path("phrase").asText());
                        miss.put("gold", lat + "," + lon);
                        miss.put("system", p == null ? "unresolved" : p.name() + " " + p.country() + " " + p.featureCode()
                                + " " + p.lat() + "," + p.lon() + " id " + p.geonameId());
                        miss.put("km", Double.isInfinite(d) ? -1 : Math.round(d));
                        int rank = -1;
                        List<Place> cands = hit.mention().candidates();
                        for (int ci = 0; ci < cands.size() && rank < 0; ci++) {
                            if (Place.km(lat, lon, cands.get(ci).lat(), cands.get(ci).lon()) <= KM) {
                                rank = ci;
                            }
                        }
                        miss.put("gold_candidate_rank", rank);
                        miss.put("candidates", cands.size());
                        miss.put("context", context(text, s, e));
                        misses.write(miss);
                    }
                }
                for (ResolvedPlace p : places) {
                    mentions++;
                    boolean on = false;
                    for (int[] sp : spans) {
                        if (p.start() < sp[1] && sp[0] < p.end()) {
                            on = true;
                            break;
                        }
                    }
                    if (on) {
                        mentionsOnGold++;
                    } else {
                        ObjectNode miss = misses.newMiss(id, "place.spurious");
                        miss.put("phrase", text.substring(p.start(), p.end()));
                        miss.put("kind", p.mention().kind().name());
                        miss.put("context", context(text, p.start(), p.end()));
                        misses.write(miss);
                    }
                }
            }
        }
        EvalReport rep = new EvalReport(file.getFileName().toString(), name());
        rep.ratio("found", found, gold);
        rep.ratio("accuracy@161km", within, found);
        rep.ratio("end_to_end", within, gold);
        rep.ratio("precision", mentionsOnGold, mentions);
        rep.count("documents", docs);
        return rep;
    }

    /** UTF-16 index of a code-point offset (gold offsets are Python code points). */
    static int utf16(String text, int codePoints) {
        try {
            return text.offsetByCodePoints(0, Math.max(0, codePoints));
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    private static String context(String text, int s, int e) {
        int a = Math.max(0, s - 60);
        int b = Math.min(text.length(), e + 60);
        return text.substring(a, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, b);
    }
}
