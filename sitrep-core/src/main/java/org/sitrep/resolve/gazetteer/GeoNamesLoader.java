package org.sitrep.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.resolve.NameKey;

/**
 * Reads GeoNames tables (the 19-column geoname table of allCountries.txt / citiesN.txt) into a
 * {@link GazetteerBuilder}, and adds the country and first-order division entries. Shared by the build-time
 * compiler and the on-disk index builder.
 */
final class GeoNamesLoader {
    /** Running sums per country or admin1 division, for centroids and population. */
    static final class Stats {
        double[] lats = new double[4];
        double[] lons = new double[4];
        int count;
        long population;
        private double[] centre;

        void add(double la, double lo, long pop) {
            if (count == lats.length) {
                lats = java.util.Arrays.copyOf(lats, count * 2);
                lons = java.util.Arrays.copyOf(lons, count * 2);
            }
            lats[count] = la;
            lons[count] = lo;
            count++;
            population += pop;
            centre = null;
        }

        /**
         * Centre of the bounding box of the places (closer to an area's centroid than their mean, which leans to where
         * people live), without the stray places that lie more than {@link #OUTLIER_FACTOR} times farther from the
         * median place than nine in ten of the others: one miscoded town must not move a province by 1,000 km.
         */
        double lat() {
            return centre()[0];
        }

        double lon() {
            return centre()[1];
        }

        private double[] centre() {
            if (centre == null) {
                centre = robustCentre(java.util.Arrays.copyOf(lats, count), java.util.Arrays.copyOf(lons, count));
            }
            return centre;
        }
    }

    /** Factor over the 90th-percentile distance from the median place beyond which a place is a stray. */
    static final double OUTLIER_FACTOR = 3.0;

    /** Bounding-box centre of the points without strays (see {@link Stats#lat()}); lon across the antimeridian kept. */
    static double[] robustCentre(double[] lats, double[] lons) {
        int n = lats.length;
        double[] sla = lats.clone();
        double[] slo = lons.clone();
        java.util.Arrays.sort(sla);
        java.util.Arrays.sort(slo);
        double mla = sla[n / 2];
        double mlo = slo[n / 2];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = degrees(lats[i], lons[i], mla, mlo);
        }
        double[] sd = d.clone();
        java.util.Arrays.sort(sd);
        double limit = OUTLIER_FACTOR * sd[(int) (0.9 * (n - 1))] + 0.01;
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        for (int i = 0; i < n; i++) {
            if (d[i] <= limit) {
                minLat = Math.min(minLat, lats[i]);
                maxLat = Math.max(maxLat, lats[i]);
                minLon = Math.min(minLon, lons[i]);
                maxLon = Math.max(maxLon, lons[i]);
            }
        }
        return new double[] {(minLat + maxLat) / 2, maxLon - minLon > 180 ? minLon : (minLon + maxLon) / 2};
    }

    /** Planar distance in degrees, longitude scaled by the cosine of the latitude and wrapped at the antimeridian. */
    private static double degrees(double la1, double lo1, double la2, double lo2) {
        double dlo = Math.abs(lo1 - lo2);
        if (dlo > 180) {
            dlo = 360 - dlo;
        }
        double x = dlo * Math.cos(Math.toRadians((la1 + la2) / 2));
        double y = la1 - la2;
        return Math.sqrt(x * x + y * y);
    }

    final GazetteerBuilder builder;
    final Map<String, Stats> byCountry = new HashMap<>();
    final Map<String, Stats> byAdmin1 = new HashMap<>();
    final Map<String, Stats> byAdmin2 = new HashMap<>();
    int rows;

    GeoNamesLoader(GazetteerBuilder builder) {
        this.builder = builder;
    }

    /** Reads a geoname table; {@code keep} filters rows by feature class and code ("P", "PPL"). */
    void readGeonames(Path file, Predicate<String[]> keep) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    throw new IOException(file + ": line has " + f.length + " columns, a GeoNames table has 19: " + line);
                }
                if (!keep.test(f)) {
                    continue;
                }
                long id = Long.parseLong(f[0]);
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                char fclass = f[6].isEmpty() ? 'P' : f[6].charAt(0);
                String fcode = f[7];
                String cc = f[8];
                String a1 = f[10];
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                int i = builder.addPlace(id, f[1], cc, a1, lat, lon, fclass, fcode, pop);
                builder.addName(i, f[2]);
                if (!f[3].isEmpty()) {
                    for (String alt : f[3].split(",")) {
                        if (usableAlias(alt)) {
                            builder.addName(i, alt);
                        }
                    }
                }
                rows++;
                if (fclass == 'P' && !cc.isEmpty()) {
                    byCountry.computeIfAbsent(cc, k -> new Stats()).add(lat, lon, pop);
                    if (!a1.isEmpty()) {
                        byAdmin1.computeIfAbsent(cc + "." + a1, k -> new Stats()).add(lat, lon, pop);
                        if (f.length > 11 && !f[11].isEmpty()) {
                            byAdmin2.computeIfAbsent(cc + "." + a1 + "." + f[11], k -> new Stats()).add(lat, lon, pop);
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether an alternate name is worth indexing for English text: Latin script (after accent folding), not a
     * code (short all-capitals, digits), not a link.
     */
    static boolean usableAlias(String alt) {
        if (alt.length() < 3 || alt.length() > 60 || alt.contains("http") || alt.contains("/")) {
            return false;
        }
        int upper = 0;
        int letters = 0;
        for (int k = 0; k < alt.length(); k++) {
            char c = alt.charAt(k);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
                char f = NameKey.fold(c);
                if (f != 0 && (f < 'a' || f > 'z')) {
                    return false;
                }
            }
        }
        if (letters == 0) {
            return false;
        }
        return !(upper == letters && letters <= 5);
    }

    /** Strips a trailing division type word: "Derna District" → "Derna"; null when there is none. */
    static String stripDivisionWord(String name) {
        for (String w : DIVISION_WORDS) {
            if (name.endsWith(" " + w)) {
                return name.substring(0, name.length() - w.length() - 1).trim();
            }
        }
        for (String w : DIVISION_PREFIXES) {
            if (name.startsWith(w + " ")) {
                return name.substring(w.length() + 1).trim();
            }
        }
        return null;
    }

    static final String[] DIVISION_WORDS = {"District", "Province", "Governorate", "State", "Region", "County",
        "Department", "Prefecture", "Oblast", "Municipality", "Division", "Territory", "Emirate", "Parish",
        "Wilayah", "Vilayet", "Velayat", "Muhafazah", "Voivodeship", "Canton", "Krai", "Republic", "Island",
        "Islands", "Autonomous Region", "Special Region", "Capital District", "Capital Territory"};
    static final String[] DIVISION_PREFIXES = {"Sha`biyat", "Muhafazat", "Wilayat", "Province of", "Provincia de",
        "Departamento de", "Estado de", "State of", "Region of", "Governorate of", "Wilaya de", "Ostan-e",
        "Velayat-e"};

    /** Adds first-order divisions with the given GeoNames code and names; centroid and population from the places. */
    int addAdmin1(String cc, String code, long geonameId, String geonamesName, Iterable<String> otherNames) {
        Stats s = byAdmin1.get(cc + "." + code);
        int existing = geonameId > 0 ? builder.indexOf(geonameId) : -1;
        int i;
        if (existing >= 0) {
            i = existing;
            builder.addName(i, geonamesName);
        } else {
            if (s == null) {
                return -1; // no place of ours lies in it: no defensible coordinates
            }
            long id = geonameId > 0 ? geonameId : -(Math.abs((long) (cc + "." + code).hashCode()) + 1);
            i = builder.addPlace(id, geonamesName, cc, code, s.lat(), s.lon(), 'A', "ADM1",
                    s.population);
        }
        addDivisionNames(i, geonamesName);
        for (String o : otherNames) {
            addDivisionNames(i, o);
        }
        return i;
    }

    /** Adds a second-order division ("Rapides Parish") from admin2Codes.txt; null-safe like {@link #addAdmin1}. */
    int addAdmin2(String cc, String a1, String a2, long geonameId, String name, String asciiName) {
        int i = geonameId > 0 ? builder.indexOf(geonameId) : -1;
        if (i < 0) {
            Stats s = byAdmin2.get(cc + "." + a1 + "." + a2);
            if (s == null) {
                return -1;
            }
            i = builder.addPlace(geonameId > 0 ? geonameId : -(Math.abs((long) (cc + a1 + a2).hashCode()) + 1), name, cc,
                    a1, s.lat(), s.lon(), 'A', "ADM2", s.population);
        }
        addDivisionNames(i, name);
        addDivisionNames(i, asciiName);
        return i;
    }

    void addDivisionNames(int i, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        builder.addName(i, name);
        String base = stripDivisionWord(name);
        if (base != null && base.length() >= 3) {
            builder.addName(i, base);
        }
    }

    /** Adds the countries of the table; centroids from {@code centroids} (iso2 → lat, lon) or the places. */
    void addCountries(CountryTable table, Map<String, double[]> centroids) {
        for (CountryTable.Country c : table.all()) {
            Stats s = byCountry.get(c.iso2());
            double[] ll = centroids.get(c.iso2());
            int existing = builder.indexOf(c.geonameId());
            int i;
            if (existing >= 0 && builder.featureCode(existing).startsWith("PCL")) {
                i = existing;
                builder.addName(i, c.name());
                if (s != null && builder.population(i) == 0) {
                    builder.setPopulation(i, s.population);
                }
            } else {
                if (ll == null && s == null) {
                    continue;
                }
                double lat = ll != null ? ll[0] : s.lat();
                double lon = ll != null ? ll[1] : s.lon();
                i = builder.addPlace(c.geonameId(), c.name(), c.iso2(), "", lat, lon, 'A', "PCLI",
                        s == null ? 0 : s.population);
            }
            for (String a : c.aliases()) {
                builder.addName(i, a);
            }
        }
    }

    /**
     * Continents, seas and regions often named in news that GeoNames' populated-place tables lack, with
     * conventional centre coordinates (public knowledge; continents and the Middle East use GeoNames' coordinates). Columns: id
     * (GeoNames id, or negative when synthetic), names (| separated, first is the name), lat, lon, feature code,
     * country (empty when it spans several).
     */
    static final String[] WORLD_REGIONS = {
        "6255146|Africa|7.19|21.09|CONT|", "6255147|Asia|29.84|89.30|CONT|", "6255148|Europe|48.69|9.14|CONT|",
        "6255149|North America|46.07|-100.55|CONT|", "6255150|South America|-14.60|-57.66|CONT|",
        "6255151|Oceania|-18.31|138.52|CONT|", "6255152|Antarctica|-78.16|16.41|CONT|",
        "-2|Middle East|Mideast|33.14|35.86|RGN|", "-3|Latin America|-4.0|-61.0|RGN|", "-4|Central America|12.8|-86.0|RGN|",
        "-5|Caribbean|16.0|-71.0|RGN|", "-6|Southeast Asia|South-East Asia|5.0|110.0|RGN|",
        "-7|West Africa|11.0|-3.0|RGN|", "-8|East Africa|2.0|37.0|RGN|", "-9|North Africa|27.0|14.0|RGN|",
        "-10|Sahel|15.0|5.0|RGN|", "-11|Balkans|43.0|20.0|RGN|", "-12|Scandinavia|63.0|15.0|RGN|",
        "-13|Horn of Africa|8.0|45.0|RGN|", "-14|Central Asia|43.0|65.0|RGN|", "-15|South Asia|22.0|79.0|RGN|",
        "-16|Sub-Saharan Africa|0.0|20.0|RGN|", "-17|European Union|EU|48.69|9.14|RGN|",
        "-18|Darfur|13.0|24.0|RGN|SD", "-19|Kurdistan|Iraqi Kurdistan|Kurdistan Region|36.4|44.4|RGN|IQ",
        "-20|Eastern Ghouta|Ghouta|East Ghouta|33.55|36.40|RGN|SY", "-21|Sinai|Sinai Peninsula|29.5|33.8|RGN|EG",
        "-22|Donbas|Donbass|48.0|38.0|RGN|UA", "-23|Kashmir|34.1|74.8|RGN|", "-24|Gaza Strip|31.42|34.36|RGN|PS",
        "-25|West Bank|32.0|35.25|RGN|PS", "-26|Caucasus|North Caucasus|42.5|44.5|RGN|",
        "-27|South Ossetia|42.34|43.97|RGN|GE", "-28|Abkhazia|43.0|41.0|RGN|GE", "-29|Golan Heights|Golan|33.0|35.75|RGN|SY",
        "-30|Nagorno-Karabakh|Karabakh|39.8|46.75|RGN|AZ", "-31|Waziristan|North Waziristan|32.6|69.9|RGN|PK",
        "-32|Mediterranean|Mediterranean Sea|35.0|18.0|SEA|", "-33|Persian Gulf|Arabian Gulf|27.0|51.0|GULF|",
        "-34|Korean Peninsula|38.0|127.5|PEN|", "-35|Atlantic|Atlantic Ocean|10.0|-25.0|OCN|",
        "-36|Pacific|Pacific Ocean|0.0|-160.0|OCN|", "-37|Indian Ocean|-10.0|70.0|OCN|", "-38|Red Sea|20.0|38.0|SEA|",
        "-39|Black Sea|43.4|34.0|SEA|", "-40|Arabian Sea|14.0|65.0|SEA|", "-41|South China Sea|12.0|114.0|SEA|",
        "-42|Gulf of Aden|12.0|48.0|GULF|", "-43|Caspian Sea|41.6|50.6|LK|", "-44|Lake Chad|13.0|14.3|LK|",
        "-45|Arctic|Arctic Ocean|80.0|0.0|OCN|", "-46|Americas|19.0|-90.0|RGN|", "-47|Gulf of Mexico|25.0|-90.0|GULF|",
        "-48|Arabian Peninsula|Arabia|24.0|46.0|PEN|", "-49|Tribal Areas|FATA|32.9|70.3|RGN|PK",
        "-50|Soviet Union|USSR|Former Soviet Union|60.0|100.0|RGN|", "-51|Western Sahara|24.5|-13.0|RGN|EH",
        "-52|Line of Control|34.4|74.2|RGN|",
    };

    void addWorldRegions() {
        for (String r : WORLD_REGIONS) {
            String[] f = r.split("\\|", -1);
            int n = f.length;
            String cc = f[n - 1];
            String code = f[n - 2];
            double lat = Double.parseDouble(f[n - 4]);
            double lon = Double.parseDouble(f[n - 3]);
            long id = Long.parseLong(f[0]);
            int i = builder.indexOf(id);
            if (i < 0) {
                i = builder.addPlace(id, f[1], cc, "", lat, lon, code.equals("CONT") || code.equals("RGN") ? 'L' : 'H', code, 0);
            }
            for (int k = 2; k < n - 4; k++) {
                builder.addName(i, f[k]);
            }
        }
    }

    /** US states' AP-style abbreviations ("Calif.", "W.Va."), as names of the state. */
    static final String[] US_ABBREVIATIONS = {
        "AL|Ala.", "AZ|Ariz.", "AR|Ark.", "CA|Calif.", "CO|Colo.", "CT|Conn.", "DE|Del.", "DC|D.C.", "FL|Fla.", "GA|Ga.",
        "IL|Ill.", "IN|Ind.", "KS|Kan.|Kans.", "KY|Ky.", "LA|La.", "MD|Md.", "MA|Mass.", "MI|Mich.", "MN|Minn.",
        "MS|Miss.", "MO|Mo.", "MT|Mont.", "NE|Neb.|Nebr.", "NV|Nev.", "NH|N.H.", "NJ|N.J.", "NM|N.M.", "NY|N.Y.",
        "NC|N.C.", "ND|N.D.", "OK|Okla.", "OR|Ore.|Oreg.", "PA|Pa.|Penn.", "RI|R.I.", "SC|S.C.", "SD|S.D.",
        "TN|Tenn.", "TX|Tex.", "VT|Vt.", "VA|Va.", "WA|Wash.", "WV|W.Va.|W. Va.", "WI|Wis.|Wisc.", "WY|Wyo.",
    };

    /**
     * Usual abbreviations of Australian states and Canadian provinces (country, GeoNames admin1 code, names); the
     * ones that are also words ("Ont", "Que", "Alta") name the division only with their dot (PlaceWords.NEEDS_DOT).
     */
    static final String[] OTHER_ABBREVIATIONS = {
        "AU|02|NSW|N.S.W.", "AU|04|Qld", "AU|07|Vic.", "CA|02|B.C.", "CA|08|Ont.", "CA|10|Que.", "CA|01|Alta.",
        "CA|11|Sask.", "CA|05|Nfld.", "CA|09|P.E.I.",
    };

    void addUsAbbreviations() {
        addAbbreviations("US", US_ABBREVIATIONS);
        for (String r : OTHER_ABBREVIATIONS) {
            int bar = r.indexOf('|');
            addAbbreviations(r.substring(0, bar), new String[] {r.substring(bar + 1)});
        }
    }

    private void addAbbreviations(String cc, String[] rows) {
        for (String r : rows) {
            String[] f = r.split("\\|");
            int i = -1;
            for (int k = 0; k < builder.size(); k++) {
                if (cc.equals(builder.countryCode(k)) && f[0].equals(builder.admin1Code(k)) && "ADM1".equals(builder.featureCode(k))) {
                    i = k;
                    break;
                }
            }
            if (i < 0) {
                continue;
            }
            for (int k = 1; k < f.length; k++) {
                builder.addName(i, f[k]);
            }
        }
    }
}
