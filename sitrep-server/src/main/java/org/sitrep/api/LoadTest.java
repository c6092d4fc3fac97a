package org.sitrep.api;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;

/**
 * A bounded load test on loopback: N synthetic events in a fresh embedded store, C concurrent clients calling
 * /api/events (random filters, 100 per page) and /api/timeline (random country, by week) for S seconds; reports
 * requests per second and p50/p99 latency per endpoint. Manual / heavy tier only ({@code sitrep loadtest}).
 */
public final class LoadTest {
    private static final String[] COUNTRIES = {"NG", "SO", "ML", "BF", "SY", "UA", "YE", "KE", "PK", "CD", "SD", "ET"};

    private LoadTest() {
    }

    public static void run(int events, int clients, int seconds, Path dir, PrintStream out) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (Store store = Store.open(dir, null)) {
            long t0 = System.nanoTime();
            List<Event> batch = new ArrayList<>();
            Random rnd = new Random(42);
            for (int i = 0; i < events; i++) {
                batch.add(synthetic(i, rnd));
                if (batch.size() == 5000) {
                    store.putMerged(batch);
                    batch.clear();
                }
            }
            store.putMerged(batch);
            // measure serving, not the tail of the bulk load: write the loaded pages to disk first
            store.checkpoint();
            out.printf(Locale.ROOT, "loaded %d events in %.1f s into %s%n", events, (System.nanoTime() - t0) / 1e9, store.url());
            try (ApiServer server = new ApiServer(store, null, ApiToken.loadOrCreate(dir)).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                // warm-up
                for (int i = 0; i < 50; i++) {
                    get(http, base + "/api/events?limit=100");
                    get(http, base + "/api/timeline?by=week");
                }
                long[][] lat = new long[2][];
                List<long[]>[] perThread = new List[clients];
                AtomicLong errors = new AtomicLong();
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                Thread[] threads = new Thread[clients];
                for (int c = 0; c < clients; c++) {
                    int id = c;
                    perThread[c] = new ArrayList<>();
                    threads[c] = new Thread(() -> {
                        SplittableRandom r = new SplittableRandom(id);
                        while (System.nanoTime() < end) {
                            boolean events1 = r.nextBoolean();
                            String url = events1 ? base + "/api/events?limit=100&country=" + COUNTRIES[r.nextInt(COUNTRIES.length)]
                                    + (r.nextBoolean() ? "&type=battles" : "") + "&from=2023-0" + (1 + r.nextInt(9)) + "-01&sort=-date"
                                    : base + "/api/timeline?by=week&country=" + COUNTRIES[r.nextInt(COUNTRIES.length)];
                            long s = System.nanoTime();
                            int status = get(http, url);
                            long d = System.nanoTime() - s;
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                            perThread[id].add(new long[] {events1 ? 0 : 1, d});
                        }
                    });
                    threads[c].start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                for (int k = 0; k < 2; k++) {
                    int kk = k;
                    lat[k] = Arrays.stream(perThread).flatMap(List::stream).filter(x -> x[0] == kk).mapToLong(x -> x[1]).sorted().toArray();
                }
                out.printf(Locale.ROOT, "%d clients for %d s on loopback, %d events stored, %d errors%n", clients, seconds, events, errors.get());
                String[] names = {"/api/events", "/api/timeline"};
                for (int k = 0; k < 2; k++) {
                    long[] l = lat[k];
                    out.printf(Locale.ROOT, "%-14s %7d requests  %7.1f req/s  p50 %6.1f ms  p99 %6.1f ms%n", names[k], l.length,
                            l.length / (double) seconds, pct(l, 0.50), pct(l, 0.99));
                }
            }
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    static int get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static Event synthetic(int i, Random r) {
        SubEventType[] subs = SubEventType.values();
        SubEventType sub = subs[r.nextInt(subs.length)];
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        LocalDate d = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(730));
        String id = "load-" + i;
        String actor = "Group " + (char) ('A' + r.nextInt(26)) + r.nextInt(8);
        String quote = "Synthetic report " + i + " of a " + sub.json().replace('_', ' ') + " involving " + actor + ".";
        return new Event(0, quote.length(), 0, 1, id, sub.type(), sub, new EventDate(d, d, DatePrecision.DAY, null),
                new EventLocation("Place " + r.nextInt(500), country, "Region " + r.nextInt(12), -10 + r.nextDouble() * 40,
                        -10 + r.nextDouble() * 60, null, GeoPrecision.EXACT, null),
                List.of(new EventActor(EventActor.Role.ACTOR1, null, actor, ActorKind.REBEL_GROUP, country, null)),
                r.nextInt(3) == 0 ? new Count(r.nextInt(20), null, null, null) : null, null, null, List.of(), EventStatus.OCCURRED,
                null, 0.6, List.of(new Evidence(id, 0, quote.length(), quote)),
                List.of(new SourceRef(id, null, "Report " + i, d.toString(), null, EventStatus.OCCURRED)), "loadtest");
    }
}
