package org.sitrep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Gazetteers;
import org.sitrep.resolve.gazetteer.GazetteerIndexBuilder;

/**
 * A tiny in-memory gazetteer from a few hand-written GeoNames rows, for unit tests that must not need the bundled
 * index. Coordinates and populations are rounded public facts; ids are GeoNames ids where known.
 */
public final class TinyGazetteer {
    /** id, name, asciiname, alternate names, lat, lon, class, code, country, admin1, population. */
    public static final List<String> PLACES = List.of(
            row(2210554, "Sirte", "Sirte", "Surt,Sirt,Syrta", 31.2089, 16.5887, "P", "PPLA", "LY", "76", 128123),
            row(87205, "Darnah", "Darnah", "Derna,Dernah,Darna", 32.767, 22.6367, "P", "PPLA", "LY", "70", 78782),
            row(2210247, "Tripoli", "Tripoli", "Tarabulus,Trablus", 32.8872, 13.1913, "P", "PPLC", "LY", "77", 1150989),
            row(88319, "Benghazi", "Benghazi", "Banghazi,Bengasi", 32.1167, 20.0667, "P", "PPLA", "LY", "69", 807250),
            row(2210221, "Ṣabrātah", "Sabratah", "Sabratha,Sabrata", 32.7933, 12.4885, "P", "PPL", "LY", "68", 102038),
            row(266826, "Tripoli", "Tripoli", "Trablous,Tarabulus ash Sham", 34.4367, 35.8497, "P", "PPLA", "LB", "09", 229398),
            row(276781, "Beirut", "Beirut", "Bayrut,Beyrouth", 33.8933, 35.5016, "P", "PPLC", "LB", "04", 1916100),
            row(1138958, "Kabul", "Kabul", "Kabol,Caboul", 34.5281, 69.1723, "P", "PPLC", "AF", "13", 4434550),
            row(1133453, "Mazār-e Sharīf", "Mazar-e Sharif", "Mazar-i-Sharif,Mazar-i Sharif,Mazar", 36.709, 67.11, "P", "PPLA",
                    "AF", "30", 469247),
            row(1142264, "Dawlatabad", "Dawlatabad", "Dawlat Abad,Daulatabad", 36.4341, 64.9211, "P", "PPL", "AF", "30", 14000),
            row(1142265, "Dawlatabad", "Dawlatabad", "Dawlat Abad", 36.988, 66.8207, "P", "PPL", "AF", "31", 9000),
            row(2331447, "Maiduguri", "Maiduguri", "Yerwa", 11.8464, 13.1603, "P", "PPLA", "NG", "27", 1112449),
            row(2339354, "Gwoza", "Gwoza", "", 11.083, 13.6953, "P", "PPL", "NG", "27", 276568),
            row(4250542, "Springfield", "Springfield", "", 39.8017, -89.6437, "P", "PPLA", "US", "IL", 116565),
            row(4409896, "Springfield", "Springfield", "", 37.2153, -93.2982, "P", "PPLA2", "US", "MO", 166810),
            row(4951788, "Springfield", "Springfield", "", 42.1015, -72.5898, "P", "PPLA2", "US", "MA", 155929),
            row(4250000, "Peoria", "Peoria", "", 40.6936, -89.589, "P", "PPLA2", "US", "IL", 113150),
            row(4406831, "Branson", "Branson", "", 36.6437, -93.2185, "P", "PPL", "US", "MO", 11039),
            row(4952000, "Holyoke", "Holyoke", "", 42.2043, -72.6162, "P", "PPL", "US", "MA", 40249),
            row(2990440, "Nice", "Nice", "Nizza", 43.7031, 7.2661, "P", "PPLA2", "FR", "93", 342522),
            row(1282027, "Male", "Male", "Male'", 4.1748, 73.5089, "P", "PPLC", "MV", "40", 103693),
            row(4076598, "Mobile", "Mobile", "", 30.6944, -88.043, "P", "PPLA2", "US", "AL", 190265),
            row(4140963, "Washington, D.C.", "Washington, D.C.", "Washington,Washington DC", 38.8951, -77.0364, "P", "PPLC",
                    "US", "DC", 689545),
            row(170063, "Aleppo", "Aleppo", "Halab,Alep", 36.2021, 37.1343, "P", "PPLA", "SY", "09", 1602264),
            row(170654, "Damascus", "Damascus", "Dimashq,Damas", 33.5102, 36.2913, "P", "PPLC", "SY", "13", 1569394),
            row(4744709, "Alexandria", "Alexandria", "", 38.8048, -77.0469, "P", "PPL", "US", "VA", 150575),
            row(361058, "Alexandria", "Alexandria", "Al Iskandariyah,Iskandariyya", 31.2018, 29.9158, "P", "PPLA", "EG", "06",
                    3811516),
            row(360630, "Cairo", "Cairo", "Al Qahirah,Le Caire", 30.0626, 31.2497, "P", "PPLC", "EG", "11", 7734614),
            row(4928096, "Jordan", "Jordan", "", 40.8, -76.7, "P", "PPL", "US", "PA", 900),
            row(5000001, "Of", "Of", "", 40.9456, 40.2639, "P", "PPL", "TR", "61", 15000),
            row(5000002, "Enterprise", "Enterprise", "", 31.3152, -85.8552, "P", "PPL", "US", "AL", 28711),
            row(5000003, "Police", "Police", "", 53.5521, 14.5718, "P", "PPL", "PL", "87", 33500),
            row(5000004, "Hill", "Hill", "", 42.6, -71.6, "P", "PPL", "US", "NH", 1000),
            row(5000005, "Baghdadi", "Baghdadi", "", 32.0, 44.0, "P", "PPL", "IQ", "01", 2000),
            row(98182, "Baghdad", "Baghdad", "Bagdad", 33.3406, 44.4009, "P", "PPLC", "IQ", "07", 7216000),
            row(418606, "Behshahr", "Behshahr", "Ashraf", 36.6922, 53.5526, "P", "PPLA2", "IR", "35", 93500),
            row(2357048, "Ouagadougou", "Ouagadougou", "Wagadugu", 12.3647, -1.5332, "P", "PPLC", "BF", "53", 1086505),
            row(2643743, "London", "London", "Londres", 51.5085, -0.1257, "P", "PPLC", "GB", "ENG", 8961989),
            // for the context rules of place resolution (synthetic ids from 5000100: invented small places)
            row(1261481, "New Delhi", "New Delhi", "", 28.6358, 77.2245, "P", "PPLC", "IN", "07", 317797),
            row(2314302, "Kinshasa", "Kinshasa", "Leopoldville", -4.3276, 15.3136, "P", "PPLC", "CD", "06", 7785965),
            row(53654, "Mogadishu", "Mogadishu", "Muqdisho", 2.0371, 45.3438, "P", "PPLC", "SO", "02", 2587183),
            row(184745, "Nairobi", "Nairobi", "", -1.2833, 36.8167, "P", "PPLC", "KE", "05", 2750547),
            row(909137, "Lusaka", "Lusaka", "", -15.4134, 28.2771, "P", "PPLC", "ZM", "09", 1267440),
            row(2212775, "Sabha", "Sabha", "Sebha", 27.0377, 14.4283, "P", "PPLA", "LY", "71", 130000),
            row(5000100, "Kasempa Falls", "Kasempa Falls", "Musoma", -13.45, 25.83, "P", "PPL", "ZM", "06", 3000),
            row(5000101, "Qoryoley Hudur", "Qoryoley Hudur", "Garsale", 4.1, 43.9, "P", "PPL", "SO", "04", 2000),
            row(5000102, "Garsale", "Garsale", "", 0.9, 38.1, "P", "PPL", "KE", "07", 9000),
            row(5000103, "Millbrook Corners", "Millbrook Corners", "Growers", 41.2, -84.1, "P", "PPL", "US", "OH", 6200),
            row(5000104, "Tovarna", "Tovarna", "Vila", 45.9, 14.9, "P", "PPL", "SI", "01", 1500),
            row(5000105, "Josville", "Josville", "JVL", 9.9, 8.9, "P", "PPLA", "NG", "22", 800000),
            row(5000106, "Borg Nour", "Borg Nour", "", 30.9, 29.6, "P", "PPL", "EG", "06", 12000),
            row(611717, "Tbilisi", "Tbilisi", "Tiflis", 41.6941, 44.8337, "P", "PPLC", "GE", "04", 1049498),
            row(4180439, "Atlanta", "Atlanta", "", 33.749, -84.388, "P", "PPLA", "US", "GA", 463878),
            row(350203, "Rosetta", "Rosetta", "Rashid", 31.4044, 30.4164, "P", "PPL", "EG", "03", 200000),
            row(1255634, "Srinagar", "Srinagar", "", 34.0837, 74.7973, "P", "PPLA", "IN", "12", 975857),
            row(109223, "Medina", "Medina", "Madinat,Al Madinah", 24.4686, 39.6142, "P", "PPLA", "SA", "05", 1300000),
            row(5000107, "Wadi Rada", "Wadi Rada", "", 14.42, 44.84, "P", "PPL", "YE", "20", 60000),
            row(5000108, "Al Bayda", "Al Bayda", "", 32.76, 21.75, "P", "PPL", "LY", "63", 745),
            row(5000109, "Jebel", "Jebel", "", 45.55, 21.23, "P", "PPL", "RO", "36", 3500),
            row(5000110, "Jardim", "Jardim", "", -21.48, -56.14, "P", "PPL", "BR", "11", 24000),
            row(5000111, "Colonia Libertad", "Colonia Libertad", "", 19.68, -99.2, "P", "PPL", "MX", "15", 3000),
            row(5000112, "Sud", "Sud", "", 18.2, -73.76, "P", "PPL", "HT", "12", 8000),
            // for short texts with thin country evidence (geo4)
            row(1264728, "Ludhiana", "Ludhiana", "", 30.9, 75.85, "P", "PPL", "IN", "23", 1545368),
            row(1172451, "Lahore", "Lahore", "", 31.558, 74.3507, "P", "PPLA", "PK", "04", 6310888),
            row(173811, "Al Ḩasakah", "Al Hasakah", "Al-Hasakeh,Hasakeh", 36.5024, 40.7477, "P", "PPLA", "SY", "01", 81539),
            row(97990, "Hīt", "Hit", "Heet", 33.6416, 42.8251, "P", "PPL", "IQ", "01", 60000),
            row(1004109, "Brits", "Brits", "", -25.6347, 27.7802, "P", "PPLA3", "ZA", "03", 120000),
            row(511196, "Perm", "Perm", "Molotov", 58.0105, 56.2502, "P", "PPLA", "RU", "90", 982419),
            row(1264527, "Chennai", "Chennai", "Madras", 13.0878, 80.2785, "P", "PPLA", "IN", "25", 4646732),
            row(5735238, "Madras", "Madras", "", 44.6335, -121.1295, "P", "PPL", "US", "OR", 6500),
            // a Chinese town, so that China is a country of the tiny gazetteer (geo6)
            row(1816670, "Beijing", "Beijing", "Peking", 39.9075, 116.3972, "P", "PPLC", "CN", "22", 18960744),
            row(5000113, "Nov", "Nov", "", 40.15, 69.37, "P", "PPL", "TJ", "02", 9000),
            row(3019329, "Eu", "Eu", "", 50.046, 1.4208, "P", "PPL", "FR", "28", 7000),
            row(5000114, "Dale", "Dale", "", 39.1, -86.9, "P", "PPL", "US", "IN", 1500),
            row(2147714, "Sydney", "Sydney", "", -33.8679, 151.2073, "P", "PPLA", "AU", "02", 4627345));

    public static final List<String> ADMIN1 = List.of(
            "LY.76\tSurt\tSurt\t2210553", "LY.70\tDarnah\tDarnah\t87204", "LY.77\tTripoli\tTripoli\t2210251",
            "LY.69\tBanghazi\tBanghazi\t88318", "LY.68\tAz Zawiyah\tAz Zawiyah\t2210374", "LB.09\tNorth Governorate\tNorth Governorate\t266837",
            "LB.04\tBeyrouth\tBeyrouth\t276780", "AF.13\tKabul\tKabul\t1138957", "AF.30\tBalkh\tBalkh\t1147288",
            "AF.31\tJowzjan\tJowzjan\t1139049", "NG.27\tBorno\tBorno\t2346794", "US.IL\tIllinois\tIllinois\t4896861",
            "US.MO\tMissouri\tMissouri\t4398678", "US.MA\tMassachusetts\tMassachusetts\t6254926", "US.AL\tAlabama\tAlabama\t4829764",
            "US.DC\tWashington, D.C.\tWashington, D.C.\t4138106", "US.VA\tVirginia\tVirginia\t6254928",
            "SY.09\tAleppo\tAleppo\t170062", "SY.13\tDimashq\tDimashq\t170652", "EG.06\tAlexandria\tAlexandria\t361059",
            "EG.11\tCairo\tCairo\t360631", "FR.93\tProvence-Alpes-Côte d'Azur\tProvence-Alpes-Cote d'Azur\t2985244",
            "US.PA\tPennsylvania\tPennsylvania\t6254927", "US.GA\tGeorgia\tGeorgia\t4197000", "IN.12\tKashmir\tKashmir\t1269320", "YE.20\tAl Bayda Governorate\tAl Bayda Governorate\t79838", "IQ.07\tBaghdad\tBaghdad\t98180", "GB.ENG\tEngland\tEngland\t6269131",
            "IN.23\tPunjab\tPunjab\t1259223", "PK.04\tPunjab\tPunjab\t1167710", "SY.01\tAl-Hasakah\tAl-Hasakah\t173813",
            "SO.04\tBay\tBay\t64538", "AU.02\tNew South Wales\tNew South Wales\t2155400");

    private static volatile Gazetteer instance;

    private TinyGazetteer() {
    }

    static String row(long id, String name, String ascii, String alt, double lat, double lon, String fclass, String fcode,
                      String cc, String admin1, long pop) {
        return id + "\t" + name + "\t" + ascii + "\t" + alt + "\t" + lat + "\t" + lon + "\t" + fclass + "\t" + fcode + "\t"
                + cc + "\t\t" + admin1 + "\t\t\t\t" + pop + "\t\t0\tUTC\t2020-01-01";
    }

    /** Writes the rows as a GeoNames dump (cities500.txt, admin1CodesASCII.txt) into {@code dir}. */
    public static void writeDump(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("cities500.txt"), PLACES, StandardCharsets.UTF_8);
        Files.write(dir.resolve("admin1CodesASCII.txt"), ADMIN1, StandardCharsets.UTF_8);
    }

    /** The tiny gazetteer (built once per JVM). */
    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            try {
                Path dir = Files.createTempDirectory("tiny-gazetteer");
                writeDump(dir);
                g = Gazetteers.of(GazetteerIndexBuilder.compile(dir.resolve("cities500.txt"),
                        dir.resolve("admin1CodesASCII.txt"), null, Map.of()), "tiny test gazetteer");
                instance = g;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }
}
