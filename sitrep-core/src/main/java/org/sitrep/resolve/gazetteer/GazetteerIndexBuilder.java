package org.sitrep.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds an on-disk gazetteer index from a full GeoNames dump directory: {@code allCountries.txt} (or
 * {@code cities1000.txt}, {@code cities500.txt}, {@code cities5000.txt}, {@code cities15000.txt}) plus
 * {@code admin1CodesASCII.txt} and, if present, {@code admin2Codes.txt}. Writes {@code gazetteer.bin} in the
 * same format as the bundled index; {@link org.sitrep.resolve.Gazetteers#open(Path)} memory-maps it.
 */
public final class GazetteerIndexBuilder {
    /** Name of the index file inside a gazetteer directory. */
    public static final String FILE = "gazetteer.bin";
    private static final List<String> TABLES = List.of("allCountries.txt", "cities500.txt", "cities1000.txt",
            "cities5000.txt", "cities15000.txt");

    private GazetteerIndexBuilder() {
    }

    /** Builds {@code toDir/gazetteer.bin} from the dump in {@code fromDir}; returns the number of places. */
    public static int build(Path fromDir, Path toDir) throws IOException {
        if (!Files.isDirectory(fromDir)) {
            throw new IOException(fromDir + " is not a directory; give the folder holding the GeoNames dump files");
        }
        Path table = null;
        for (String t : TABLES) {
            if (Files.exists(fromDir.resolve(t))) {
                table = fromDir.resolve(t);
                break;
            }
        }
        if (table == null) {
            throw new IOException(fromDir + " holds none of " + TABLES
                    + "; download one (unzipped) from the GeoNames export dump into it");
        }
        Path admin1 = fromDir.resolve("admin1CodesASCII.txt");
        if (!Files.exists(admin1)) {
            throw new IOException(fromDir + " lacks admin1CodesASCII.txt; download it from the GeoNames export dump");
        }
        Path admin2 = fromDir.resolve("admin2Codes.txt");
        GazetteerBuilder b = compile(table, admin1, Files.exists(admin2) ? admin2 : null, Map.of());
        Files.createDirectories(toDir);
        b.write(toDir.resolve(FILE));
        return b.size();
    }

    /** Reads the tables into a builder; {@code centroids} (iso2 → lat, lon) may be empty. */
    public static GazetteerBuilder compile(Path table, Path admin1, Path admin2, Map<String, double[]> centroids)
            throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        b.meta("source", "GeoNames dump " + table.getFileName());
        GeoNamesLoader loader = new GeoNamesLoader(b);
        loader.readGeonames(table, GazetteerIndexBuilder::keep);
        try (BufferedReader r = Files.newBufferedReader(admin1, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 4 || f[0].indexOf('.') < 0) {
                    continue;
                }
                int dot = f[0].indexOf('.');
                loader.addAdmin1(f[0].substring(0, dot), f[0].substring(dot + 1), parseId(f[3]), f[1], List.of(f[2]));
            }
        }
        if (admin2 != null) {
            try (BufferedReader r = Files.newBufferedReader(admin2, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    String[] code = f[0].split("\\.");
                    if (f.length < 4 || code.length != 3) {
                        continue;
                    }
                    loader.addAdmin2(code[0], code[1], code[2], parseId(f[3]), f[1], f[2]);
                }
            }
        }
        loader.addCountries(CountryTable.standard(), centroids);
        loader.addWorldRegions();
        loader.addUsAbbreviations();
        return b;
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Rows worth indexing from allCountries: populated places, divisions, countries, anything with people. */
    private static boolean keep(String[] f) {
        String fclass = f[6];
        String fcode = f[7];
        if (fclass.equals("P")) {
            return true;
        }
        if (fclass.equals("A")) {
            return fcode.equals("ADM1") || fcode.equals("ADM2") || fcode.startsWith("PCL");
        }
        return !f[14].isEmpty() && !f[14].equals("0");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerIndexBuilder FROM_DIR TO_DIR");
            System.exit(2);
        }
        int n = build(Path.of(args[0]), Path.of(args[1]));
        System.out.println("gazetteer: " + n + " places written to " + Path.of(args[1]).resolve(FILE));
    }
}
