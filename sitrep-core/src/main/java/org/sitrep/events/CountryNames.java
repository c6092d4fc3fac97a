package org.sitrep.events;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.resources.ResourceFile;

/**
 * English country names to ISO 3166-1 alpha-2 codes and back: {@code countries.tsv} (names and aliases),
 * {@code events/country-names.tsv} (variants), and the JDK's English names as the base. Thread-safe.
 */
public final class CountryNames {
    private static final CountryNames BUNDLED = new CountryNames();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();

    private CountryNames() {
        for (String iso : Locale.getISOCountries()) {
            String n = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            byName.put(key(n), iso);
            nameOf.put(iso, n);
        }
        ResourceFile ours = ResourceFile.load("events/country-names.tsv");
        for (ResourceFile.Row r : ours.rows()) {
            String iso = r.get(0).trim();
            nameOf.put(iso, r.get(1).trim());
            byName.put(key(r.get(1)), iso);
            for (String a : r.get(2).split("\\|")) {
                if (!a.isBlank()) {
                    byName.put(key(a), iso);
                }
            }
        }
        ResourceFile countries = ResourceFile.load("countries.tsv");
        for (ResourceFile.Row r : countries.rows()) {
            String iso = r.get(0).trim();
            if (iso.length() != 2) {
                continue;
            }
            byName.putIfAbsent(key(r.get(2)), iso);
            byName.putIfAbsent(key(r.get(1)), iso);
            for (String a : r.get(3).split("\\|")) {
                if (!a.isBlank()) {
                    byName.putIfAbsent(key(a), iso);
                }
            }
        }
    }

    public static CountryNames bundled() {
        return BUNDLED;
    }

    static String key(String s) {
        String n = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^the ", "").replaceAll("[^a-z0-9' ]", " ");
        return n.replaceAll("\\s+", " ").trim();
    }

    /** ISO alpha-2 code of an English country name or variant, or null. */
    public String iso(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return byName.get(key(name));
    }

    /** English short name of an ISO code (the code itself when unknown). */
    public String name(String iso) {
        if (iso == null) {
            return null;
        }
        return nameOf.getOrDefault(iso, iso);
    }
}
