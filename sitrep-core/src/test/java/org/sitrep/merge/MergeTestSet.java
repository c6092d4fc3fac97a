package org.sitrep.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The merge test set (src/test/resources/merge/reports.jsonl): reports written for this test, several per real
 * event, each with the facts a careful reader takes from it and the id of the real event ("gold").
 */
public final class MergeTestSet {
    public record Report(String id, String gold, String published, String title, String text, JsonNode facts) {
    }

    private MergeTestSet() {
    }

    public static List<Report> load() {
        List<Report> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MergeTestSet.class.getResourceAsStream("/merge/reports.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = m.readTree(line);
                out.add(new Report(n.get("id").asText(), n.get("gold").asText(), n.get("published").asText(),
                        n.get("title").asText(), n.get("text").asText(), n.get("facts")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The event a careful reader records from one report. */
    public static Event event(Report r) {
        JsonNode f = r.facts();
        // the reader took the date from the report's words (a date with no text is a publication-day fallback)
        EventDate date = new EventDate(LocalDate.parse(f.get("date_start").asText()), LocalDate.parse(f.get("date_end").asText()),
                DatePrecision.valueOf(f.get("date_precision").asText().toUpperCase()), f.get("date_start").asText());
        EventLocation loc = new EventLocation(text(f, "place"), text(f, "country"), text(f, "admin1"),
                f.get("lat").isNull() ? null : f.get("lat").asDouble(), f.get("lon").isNull() ? null : f.get("lon").asDouble(),
                null, GeoPrecision.valueOf(f.get("geo_precision").asText().toUpperCase()), text(f, "place"));
        List<EventActor> actors = new ArrayList<>();
        for (JsonNode a : f.get("actors")) {
            actors.add(new EventActor(EventActor.Role.valueOf(a.get("role").asText().toUpperCase()), text(a, "id"),
                    a.get("name").asText(), ActorKind.fromJson(a.get("kind").asText()), text(a, "country"), null));
        }
        EventStatus status = EventStatus.valueOf(f.get("status").asText().toUpperCase());
        int end = r.text().indexOf(". ");
        end = end < 0 ? r.text().length() : end + 1;
        return new Event(0, end, 0, 1, "ev-" + r.id(), EventType.fromJson(f.get("type").asText()),
                SubEventType.fromJson(f.get("subtype").asText()), date, loc, actors, count(f.get("fatalities")),
                count(f.get("injured")), null, List.of(), status, null, 0.8,
                List.of(new Evidence(r.id(), 0, end, r.text().substring(0, end))),
                List.of(new SourceRef(r.id(), "https://example.org/" + r.id(), r.title(), r.published(), null, status)), "test");
    }

    private static Count count(JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        return new Count(c.get("best").asInt(), c.get("low").isNull() ? null : c.get("low").asInt(),
                c.get("high").isNull() ? null : c.get("high").asInt(), text(c, "text"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Inflation, pairwise precision and recall of a clustering against the gold real event of each member's document. */
    public record Scores(int input, int stored, int real, double inflation, double precision, double recall) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "input events %d, stored %d, real %d, inflation %.3f, pairwise precision %.3f, pairwise recall %.3f",
                    input, stored, real, inflation, precision, recall);
        }
    }

    /** {@code goldOfDoc}: real event per document id; each member's gold is its first source's. */
    public static Scores score(List<EventMerger.Cluster> clusters, Map<String, String> goldOfDoc) {
        int input = 0;
        long tp = 0;
        long predicted = 0;
        Map<String, Integer> perGold = new HashMap<>();
        Set<String> real = new HashSet<>();
        for (EventMerger.Cluster c : clusters) {
            List<String> golds = new ArrayList<>();
            for (Event e : c.members()) {
                String g = goldOfDoc.get(e.sources().get(0).doc());
                golds.add(g);
                perGold.merge(g, 1, Integer::sum);
                real.add(g);
                input++;
            }
            for (int i = 0; i < golds.size(); i++) {
                for (int j = i + 1; j < golds.size(); j++) {
                    predicted++;
                    if (golds.get(i).equals(golds.get(j))) {
                        tp++;
                    }
                }
            }
        }
        long truePairs = 0;
        for (int n : perGold.values()) {
            truePairs += (long) n * (n - 1) / 2;
        }
        double precision = predicted == 0 ? 1 : (double) tp / predicted;
        double recall = truePairs == 0 ? 1 : (double) tp / truePairs;
        return new Scores(input, clusters.size(), real.size(), (double) clusters.size() / real.size(), precision, recall);
    }
}
