package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A small made-up corpus in every input shape batch reads: a JSON Lines file of wire reports (several reports of
 * the same incidents, so the merge has work), text files in a sub-folder, an HTML page, plus inputs that must be
 * skipped (a bad JSON line, a line without text, an empty file). All sentences are written here from templates.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Place(String city, String country) {
    }

    private static final Place[] PLACES = {new Place("Mogadishu", "Somalia"), new Place("Maiduguri", "Nigeria"),
            new Place("Kandahar", "Afghanistan"), new Place("Aleppo", "Syria"), new Place("Benghazi", "Libya"),
            new Place("Peshawar", "Pakistan"), new Place("Mosul", "Iraq"), new Place("Gao", "Mali")};
    private static final String[] ARMED = {"al-Shabaab", "Boko Haram", "the Taliban", "Islamic State", "Islamic State",
            "the Pakistani Taliban", "Islamic State", "JNIM"};

    private Corpus() {
    }

    /** Writes the corpus under {@code dir}; returns the number of documents that should be processed. */
    public static int write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("notes"));
            Random rnd = new Random(42);
            List<String> lines = new ArrayList<>();
            int docs = 0;
            LocalDate base = LocalDate.of(2023, 1, 9);
            for (int incident = 0; incident < 12; incident++) {
                int p = incident % PLACES.length;
                LocalDate day = base.plusDays(incident * 9L + rnd.nextInt(3));
                int kind = incident % 4;
                int killed = 2 + rnd.nextInt(20);
                for (int report = 0; report < 3; report++) {
                    LocalDate published = day.plusDays(report == 0 ? 0 : 1);
                    String text = report(PLACES[p], ARMED[p], kind, killed + report * (report == 2 ? 3 : 0), day, published, report);
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", String.format(Locale.ROOT, "wire-%02d-%d", incident, report));
                    o.put("published", published.toString());
                    o.put("title", PLACES[p].city() + " report " + report);
                    o.put("url", "https://example.org/" + incident + "/" + report);
                    o.put("text", text);
                    lines.add(JSON.writeValueAsString(o));
                    docs++;
                }
            }
            lines.add(12, "{\"id\": \"broken\", \"text\": ");
            lines.add(20, "{\"id\": \"no-text\", \"published\": \"2023-02-01\"}");
            lines.add(7, "");
            Files.write(dir.resolve("wire.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 4; i++) {
                Place pl = PLACES[(i * 3) % PLACES.length];
                LocalDate day = LocalDate.of(2023, 6, 5).plusDays(i * 6L);
                String dateline = pl.city().toUpperCase(Locale.ROOT) + ", " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + day.getDayOfMonth() + " — ";
                String body = i == 3 ? "The city council met to discuss the budget and approved new street lights."
                        : report(pl, ARMED[(i * 3) % PLACES.length], i, 3 + i, day, day, i);
                Files.writeString(dir.resolve("notes").resolve("note-" + i + ".txt"), dateline + body + "\n");
                docs++;
            }
            Files.writeString(dir.resolve("notes").resolve("undated.txt"),
                    "Militants stormed a police station in Peshawar on Monday, killing three officers, officials said.\n");
            docs++;
            Files.writeString(dir.resolve("page.html"), "<!doctype html><html><head><title>Clashes in Gao</title>"
                    + "<meta property=\"article:published_time\" content=\"2023-09-14T08:00:00Z\"></head><body><article><p>"
                    + "Soldiers clashed with JNIM fighters on the outskirts of Gao, Mali, on Wednesday, and six soldiers were killed,"
                    + " the army said.</p><p>The fighting lasted several hours.</p></article></body></html>\n");
            docs++;
            Files.writeString(dir.resolve("notes").resolve("empty.txt"), "");
            Files.writeString(dir.resolve(".hidden.txt"), "Gunmen killed two people in Mosul on Monday.\n");
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(Place p, String armed, int kind, int killed, LocalDate day, LocalDate published, int variant) {
        String when = day.equals(published) ? "on " + weekday(day) : day.equals(published.minusDays(1)) ? "on " + weekday(day)
                : "on " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
        String said = switch (variant % 3) {
            case 0 -> ", police said.";
            case 1 -> ", a military spokesman told reporters.";
            default -> ", according to local officials.";
        };
        String first = switch (kind) {
            case 0 -> capital(armed) + " fighters attacked an army base in " + p.city() + ", " + p.country() + ", " + when
                    + ", killing " + killed + " soldiers" + said;
            case 1 -> "A car bomb exploded near a busy market in " + p.city() + ", " + p.country() + ", " + when + ", killing "
                    + killed + " civilians and wounding " + (killed * 2) + " others" + said;
            case 2 -> "Security forces clashed with " + armed + " militants in " + p.city() + ", " + p.country() + ", " + when
                    + ", and " + killed + " militants were killed" + said;
            default -> "Gunmen abducted " + killed + " villagers near " + p.city() + ", " + p.country() + ", " + when + said;
        };
        String second = switch (variant) {
            case 0 -> " Residents said the area was calm by evening.";
            case 1 -> " The government condemned the violence and promised an investigation.";
            default -> " Hospitals in the region appealed for blood donations.";
        };
        return first + second;
    }

    private static String weekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String capital(String s) {
        return s.startsWith("the ") ? "The " + s.substring(4) : s;
    }
}
