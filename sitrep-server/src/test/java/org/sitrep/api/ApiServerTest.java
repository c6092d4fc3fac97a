package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;

@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ApiServerTest {
    @TempDir
    static Path dir;
    static Store store;
    static ApiServer server;
    static ApiToken token;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir, null);
        Fixtures.load(store);
        token = ApiToken.loadOrCreate(dir);
        server = new ApiServer(store, new DocumentRunner(Pipelines.standard(Resources.bundled()), 1, false), token).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String body, boolean auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (auth) {
            b.header("Authorization", "Bearer " + token.value());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return EventJson.MAPPER.readTree(r.body());
    }

    @Test
    void listsFiltersAndPages() throws Exception {
        JsonNode all = json(get("/api/events"));
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(json(get("/api/events?actor=northern")).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/events?type=protests")).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/events?country=SY&from=2024-05-01&to=2024-05-31")).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/events?bbox=30,30,40,40")).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/events?q=fuel%20depot")).get("total").asInt()).isEqualTo(1);
        JsonNode p = json(get("/api/events?limit=2&offset=2&sort=-date"));
        assertThat(p.get("events")).hasSize(1);
        assertThat(p.get("events").get(0).get("date").get("start").asText()).isEqualTo("2024-05-03");
    }

    @Test
    void badFiltersAreJson400sThatSayWhatToFix() throws Exception {
        for (String q : new String[] {"from=yesterday", "type=war", "bbox=1,2,3", "limit=0", "sort=best", "limit=abc"}) {
            HttpResponse<String> r = get("/api/events?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(json(r).get("error").asText()).as(q).isNotBlank();
        }
        assertThat(get("/api/events/nope").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/nothing-here")).get("error").asText()).contains("openapi");
        assertThat(get("/api/timeline?by=day").statusCode()).isEqualTo(400);
    }

    @Test
    void eventDetailHasSourcesAndHighlightedEvidence() throws Exception {
        JsonNode d = json(get("/api/events/" + Fixtures.e1().id()));
        assertThat(d.get("sources")).hasSize(2);
        JsonNode ev = d.get("evidence").get(0);
        String context = ev.get("context").asText();
        assertThat(context.substring(ev.get("highlight_start").asInt(), ev.get("highlight_end").asInt())).isEqualTo(ev.get("quote").asText());
    }

    @Test
    void timelineBucketsByWeekAndMonthAndCountsUndated() throws Exception {
        JsonNode w = json(get("/api/timeline?by=week"));
        assertThat(w.get("buckets").get(0).asText()).isEqualTo("2024-04-29");
        int sum = 0;
        for (JsonNode s : w.get("series")) {
            for (JsonNode n : s) {
                sum += n.asInt();
            }
        }
        assertThat(sum).isEqualTo(3);
        assertThat(w.get("undated").asInt()).isZero();
        JsonNode m = json(get("/api/timeline?by=month&group=admin1"));
        assertThat(m.get("buckets")).hasSize(1);
        assertThat(m.get("series").has("Borno")).isTrue();
    }

    @Test
    void actorsAndExportsAndOpenApi() throws Exception {
        assertThat(json(get("/api/actors?q=front")).get(0).get("name").asText()).isEqualTo("Northern Front");
        HttpResponse<String> csv = get("/api/export.csv?country=NG");
        assertThat(csv.body().lines().count()).isEqualTo(2);
        assertThat(json(get("/api/export.geojson")).get("features")).hasSize(3);
        assertThat(get("/api/export.jsonl?type=protests").body().lines().count()).isEqualTo(1);
        JsonNode api = json(get("/api/openapi.json"));
        assertThat(api.get("paths").has("/api/timeline")).isTrue();
    }

    @Test
    void writesNeedTheTokenAndTheTokenFileIsPrivate() throws Exception {
        assertThat(send("POST", "/api/documents", "{\"id\":\"x\",\"text\":\"y\"}", false).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/events/" + Fixtures.e4().id() + "/reject", "{}", false).statusCode()).isEqualTo(401);
        assertThat(Files.getPosixFilePermissions(token.file())).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aTokenFileLeftReadableByOthersIsMadeOwnerOnlyAgain(@TempDir Path own) throws Exception {
        ApiToken first = ApiToken.loadOrCreate(own);
        Files.setPosixFilePermissions(first.file(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        ApiToken again = ApiToken.loadOrCreate(own);
        assertThat(again.value()).isEqualTo(first.value());
        assertThat(Files.getPosixFilePermissions(again.file())).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void postDocumentsIsIdempotent() throws Exception {
        String body = "{\"id\":\"posted-1\",\"text\":\"Rebels shelled the market of Varno on Friday, residents said.\",\"published\":\"2024-06-01\"}";
        HttpResponse<String> r = send("POST", "/api/documents", body, true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("stored").asInt()).isEqualTo(1);
        assertThat(json(send("POST", "/api/documents", body, true)).get("unchanged").asInt()).isEqualTo(1);
        assertThat(send("POST", "/api/documents", "{\"text\":\"no id\"}", true).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/documents", "not json", true).statusCode()).isEqualTo(400);
        String huge = "{\"id\":\"big\",\"text\":\"" + "a".repeat((int) ApiServer.MAX_BODY + 10) + "\"}";
        assertThat(send("POST", "/api/documents", huge, true).statusCode()).isEqualTo(413);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void correctionsThroughTheApi() throws Exception {
        String id = Fixtures.e3().id();
        HttpResponse<String> r = send("PATCH", "/api/events/" + id, "{\"fields\":{\"subtype\":\"protest_with_intervention\"}}", true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(get("/api/events/" + id)).get("event").get("subtype").asText()).isEqualTo("protest_with_intervention");
        assertThat(send("PATCH", "/api/events/" + id, "{\"fields\":{\"type\":\"picnic\"}}", true).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/events/" + id + "/merge", "{\"with\":[\"" + Fixtures.e4().id() + "\"]}", true).statusCode())
                .isEqualTo(400);
    }

    @Test
    void eventIdsWithSlashesWork(@TempDir Path own) throws Exception {
        String text = "Militants raided the depot at Kessa on 3 May, officials said.";
        Event e = Fixtures.event("feeds/wire/1.html", text, "2024-05-04", org.sitrep.model.SubEventType.ARMED_CLASH, "2024-05-03",
                "Kessa", "ML", "Mopti", 14.5, -4.1, "Hill Brigade", org.sitrep.model.ActorKind.REBEL_GROUP, null);
        try (Store s = Store.open(own, null); ApiServer api = new ApiServer(s, null, token).start("127.0.0.1", 0)) {
            s.ingest(Fixtures.doc("feeds/wire/1.html", text, "2024-05-04"), java.util.List.of(e));
            s.rebuildDirty();
            String base = "http://127.0.0.1:" + api.port();
            java.util.function.Function<String, HttpResponse<String>> get = path -> {
                try {
                    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception x) {
                    throw new IllegalStateException(x);
                }
            };
            assertThat(get.apply("/api/events/" + e.id()).statusCode()).isEqualTo(200);
            String enc = java.net.URLEncoder.encode(e.id(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(json(get.apply("/api/event?id=" + enc)).get("event").get("id").asText()).isEqualTo(e.id());
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/corrections"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"" + e.id() + "\",\"kind\":\"set\",\"fields\":{\"incidents\":2}}"))
                    .header("Authorization", "Bearer " + token.value()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json(get.apply("/api/event?id=" + enc)).get("event").get("incidents").asInt()).isEqualTo(2);
            assertThat(json(get.apply("/api/timeline?by=month")).get("series").get("battles").get(0).asInt()).isEqualTo(2);
        }
        assertThat(send("POST", "/api/corrections", "{\"event_id\":\"x\",\"kind\":\"bless\"}", true).statusCode()).isEqualTo(400);
    }

    @Test
    void staticFilesCannotEscapeTheirFolder() throws Exception {
        for (String p : new String[] {"/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/sitrep/../../etc/passwd"}) {
            HttpResponse<String> r = get(p);
            assertThat(r.body()).as(p).doesNotContain("root:").doesNotContain("<project");
        }
    }

    @Test
    void aReplacedEventIdRedirectsPermanentlyToTheCurrentEvent(@TempDir Path own) throws Exception {
        try (Store s = Store.open(own, null); ApiServer api = new ApiServer(s, null, token).start("127.0.0.1", 0)) {
            String second = Fixtures.e2().id();
            String first = Fixtures.e1().id();
            s.ingest(Fixtures.doc("d2", Fixtures.T2, "2024-05-08"), java.util.List.of(Fixtures.e2()));
            s.rebuildDirty();
            String base = "http://127.0.0.1:" + api.port();
            HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            java.util.function.BiFunction<HttpClient, String, HttpResponse<String>> get = (client, path) -> {
                try {
                    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception x) {
                    throw new IllegalStateException(x);
                }
            };
            assertThat(get.apply(HTTP, "/api/events/" + second).statusCode()).isEqualTo(200);
            // an earlier-published report of the same attack joins: the event's id becomes the first report's
            s.ingest(Fixtures.doc("d1", Fixtures.T1, "2024-05-07"), java.util.List.of(Fixtures.e1()));
            s.rebuildDirty();
            HttpResponse<String> moved = get.apply(HTTP, "/api/events/" + second);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(308);
            assertThat(moved.headers().firstValue("Location")).contains("/api/events/" + ApiServer.pathSegment(first));
            assertThat(json(moved).get("moved_to").asText()).isEqualTo(first);
            HttpResponse<String> followed = get.apply(follow, "/api/events/" + second);
            assertThat(followed.statusCode()).isEqualTo(200);
            assertThat(json(followed).get("event").get("id").asText()).isEqualTo(first);
            assertThat(json(followed).get("sources")).hasSize(2);
            String enc = java.net.URLEncoder.encode(second, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(get.apply(HTTP, "/api/event?id=" + enc).statusCode()).isEqualTo(308);
            assertThat(json(get.apply(follow, "/api/event?id=" + enc)).get("event").get("id").asText()).isEqualTo(first);
            // a correction sent to the old id applies to the current event; rejected, the old id answers as rejected events do
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events/" + second + "/reject"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"test\"}")).header("Authorization", "Bearer " + token.value())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode rejected = json(get.apply(follow, "/api/events/" + second));
            assertThat(rejected.get("event").get("id").asText()).isEqualTo(first);
            assertThat(rejected.get("rejected").asBoolean()).isTrue();
            assertThat(get.apply(HTTP, "/api/events/never-stored").statusCode()).isEqualTo(404);
        }
    }
}
