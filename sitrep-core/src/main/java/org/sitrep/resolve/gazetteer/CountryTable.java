package org.sitrep.resolve.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.resources.ResourceFile;

/**
 * The country table {@code sitrep/countries.tsv}: ISO codes, English name, aliases, demonyms/adjectives and the
 * GeoNames id of each country. Read by the gazetteer builders and by the place recogniser (demonyms).
 */
public final class CountryTable {
    /** One country row. */
    public record Country(String iso2, String iso3, String name, List<String> aliases, List<String> demonyms,
                          long geonameId) {
    }

    private static volatile CountryTable standard;
    private final Map<String, Country> byIso2;

    private CountryTable(Map<String, Country> byIso2) {
        this.byIso2 = Collections.unmodifiableMap(byIso2);
    }

    /** The bundled table (loaded once). */
    public static CountryTable standard() {
        CountryTable t = standard;
        if (t == null) {
            t = of(ResourceFile.load("countries.tsv"));
            standard = t;
        }
        return t;
    }

    public static CountryTable of(ResourceFile file) {
        Map<String, Country> m = new LinkedHashMap<>();
        for (ResourceFile.Row r : file.rows()) {
            String iso2 = r.get(0).trim();
            if (!iso2.matches("[A-Z]{2}")) {
                throw file.error(r, "first column must be an ISO 3166-1 alpha-2 code, not '" + iso2 + "'");
            }
            long id;
            try {
                id = Long.parseLong(r.get(5).trim());
            } catch (NumberFormatException e) {
                throw file.error(r, "column 6 (geonameid) must be a number, not '" + r.get(5) + "'");
            }
            if (m.containsKey(iso2)) {
                throw file.error(r, "country " + iso2 + " is listed twice");
            }
            m.put(iso2, new Country(iso2, r.get(1).trim(), r.get(2).trim(), split(r.get(3)), split(r.get(4)), id));
        }
        return new CountryTable(m);
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : Arrays.asList(cell.split("\\|"))) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }

    public Country get(String iso2) {
        return byIso2.get(iso2);
    }

    public java.util.Collection<Country> all() {
        return byIso2.values();
    }

    /** Demonym/adjective (as written) → ISO2; the first country listing a form wins. */
    public Map<String, String> demonyms() {
        Map<String, String> m = new HashMap<>();
        for (Country c : byIso2.values()) {
            for (String d : c.demonyms()) {
                m.putIfAbsent(d, c.iso2());
            }
        }
        return m;
    }
}
