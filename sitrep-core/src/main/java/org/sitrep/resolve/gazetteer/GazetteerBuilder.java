package org.sitrep.resolve.gazetteer;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.resolve.NameKey;

/**
 * Collects places and their names in memory and writes the compact binary index that {@link BinaryGazetteer}
 * reads. Used by the build-time compiler (npm GeoNames packages) and by {@link GazetteerIndexBuilder} (a full
 * GeoNames dump). Not thread-safe.
 *
 * <p>Format (big-endian): magic {@code SITREPGZ}, version, counts; place columns (id, lat, lon, population,
 * feature class, feature code, country, admin1 code, name as string ids); the string table; an open-addressing
 * hash table of name keys (64-bit {@link NameKey} hashes, 0 = empty) pointing into a postings array of place
 * indices sorted by prior; a flag per slot (name, prefix of a longer name).
 */
public final class GazetteerBuilder {
    public static final int VERSION = 1;
    static final byte[] MAGIC = "SITREPGZ".getBytes(StandardCharsets.US_ASCII);

    private long[] id = new long[1024];
    private float[] lat = new float[1024];
    private float[] lon = new float[1024];
    private int[] pop = new int[1024];
    private byte[] fclass = new byte[1024];
    private int[] fcode = new int[1024];
    private int[] country = new int[1024];
    private int[] admin1 = new int[1024];
    private int[] name = new int[1024];
    private int n;
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringList = new ArrayList<>();
    private final Map<Long, int[]> names = new HashMap<>();
    private final Map<Long, Boolean> prefixes = new HashMap<>();
    private final Map<Long, Integer> byGeonameId = new HashMap<>();
    private final Map<String, String> meta = new LinkedHashMap<>();

    public GazetteerBuilder() {
        str("");
    }

    public int size() {
        return n;
    }

    public void meta(String key, String value) {
        meta.put(key, value);
    }

    private int str(String s) {
        String v = s == null ? "" : s;
        Integer i = strings.get(v);
        if (i == null) {
            i = stringList.size();
            strings.put(v, i);
            stringList.add(v);
        }
        return i;
    }

    /** Index of the place with this GeoNames id, or -1. */
    public int indexOf(long geonameId) {
        Integer i = byGeonameId.get(geonameId);
        return i == null ? -1 : i;
    }

    public double lat(int i) {
        return lat[i];
    }

    public double lon(int i) {
        return lon[i];
    }

    public long population(int i) {
        return pop[i];
    }

    /** Moves place {@code i} (a division placed from its towns) to better coordinates. */
    public void setCoordinates(int i, double latitude, double longitude) {
        lat[i] = (float) latitude;
        lon[i] = (float) longitude;
    }

    public void setPopulation(int i, long population) {
        pop[i] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, population));
    }

    public String featureCode(int i) {
        return stringList.get(fcode[i]);
    }

    public String countryCode(int i) {
        return stringList.get(country[i]);
    }

    public String admin1Code(int i) {
        return stringList.get(admin1[i]);
    }

    /** Adds a place (its primary name is indexed too) and returns its index. */
    public int addPlace(long geonameId, String placeName, String countryCode, String admin1Code, double latitude,
                        double longitude, char featureClass, String featureCode, long population) {
        if (n == id.length) {
            int cap = n * 2;
            id = Arrays.copyOf(id, cap);
            lat = Arrays.copyOf(lat, cap);
            lon = Arrays.copyOf(lon, cap);
            pop = Arrays.copyOf(pop, cap);
            fclass = Arrays.copyOf(fclass, cap);
            fcode = Arrays.copyOf(fcode, cap);
            country = Arrays.copyOf(country, cap);
            admin1 = Arrays.copyOf(admin1, cap);
            name = Arrays.copyOf(name, cap);
        }
        int i = n++;
        id[i] = geonameId;
        lat[i] = (float) latitude;
        lon[i] = (float) longitude;
        pop[i] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, population));
        fclass[i] = (byte) featureClass;
        fcode[i] = str(featureCode);
        country[i] = str(countryCode);
        admin1[i] = str(admin1Code);
        name[i] = str(placeName);
        byGeonameId.putIfAbsent(geonameId, i);
        addName(i, placeName);
        return i;
    }

    /** Indexes another name of place {@code i}; names that fold to nothing are ignored. */
    public void addName(int i, String alias) {
        if (alias == null) {
            return;
        }
        String c = NameKey.canonical(alias);
        if (c.isEmpty()) {
            return;
        }
        addCanonical(i, c);
        String fused = NameKey.fusedArticle(c);
        if (fused != null) {
            addCanonical(i, fused);
        }
    }

    private void addCanonical(int i, String c) {
        long key = NameKey.hash(c);
        int[] list = names.get(key);
        if (list == null) {
            names.put(key, new int[] {i});
        } else {
            for (int x : list) {
                if (x == i) {
                    return;
                }
            }
            int[] l2 = Arrays.copyOf(list, list.length + 1);
            l2[list.length] = i;
            names.put(key, l2);
        }
        int sp = c.indexOf(' ');
        while (sp > 0) {
            prefixes.put(NameKey.hash(c.substring(0, sp)), Boolean.TRUE);
            sp = c.indexOf(' ', sp + 1);
        }
    }

    /** Prior used to order candidates: countries, then first-order divisions, then by population. */
    public static double prior(String featureCode, long population) {
        double p = Math.log10(population + 1.0);
        if (featureCode.startsWith("PCL")) {
            p += 4;
        } else if (featureCode.equals("ADM1")) {
            p += 2;
        } else if (featureCode.equals("PPLC")) {
            p += 1;
        } else if (featureCode.equals("PPLA")) {
            p += 0.5;
        } else if (featureCode.equals("CONT") || featureCode.equals("RGN") || population == 0
                && (featureCode.equals("OCN") || featureCode.equals("SEA") || featureCode.equals("GULF"))) {
            p += 3;
        }
        return p;
    }

    public void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            write(os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public void write(OutputStream os) throws IOException {
        double[] pri = new double[n];
        for (int i = 0; i < n; i++) {
            pri[i] = prior(stringList.get(fcode[i]), pop[i]);
        }
        // hash table
        java.util.Set<Long> keys = new java.util.HashSet<>(names.keySet());
        keys.addAll(prefixes.keySet());
        int cap = 16;
        while (cap < keys.size() + keys.size() / 2) {
            cap <<= 1; // load factor 0.5 to 0.67
        }
        long[] tKeys = new long[cap];
        int[] tPost = new int[cap];
        byte[] tFlags = new byte[cap];
        Arrays.fill(tPost, -1);
        int postLen = 0;
        for (int[] l : names.values()) {
            postLen += l.length + 1;
        }
        int[] postings = new int[postLen];
        int pp = 0;
        for (long k : keys) {
            int slot = (int) (mix(k) & (cap - 1));
            while (tKeys[slot] != 0) {
                slot = (slot + 1) & (cap - 1);
            }
            tKeys[slot] = k;
            int[] l = names.get(k);
            byte flags = 0;
            if (l != null) {
                flags |= 1;
                Integer[] sorted = new Integer[l.length];
                for (int j = 0; j < l.length; j++) {
                    sorted[j] = l[j];
                }
                Arrays.sort(sorted, (a, b) -> Double.compare(pri[b], pri[a]));
                tPost[slot] = pp;
                postings[pp++] = l.length;
                for (Integer x : sorted) {
                    postings[pp++] = x;
                }
            }
            if (prefixes.containsKey(k)) {
                flags |= 2;
            }
            tFlags[slot] = flags;
        }
        byte[][] encoded = new byte[stringList.size()][];
        int blob = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = stringList.get(i).getBytes(StandardCharsets.UTF_8);
            blob += encoded[i].length;
        }
        StringBuilder metaText = new StringBuilder();
        meta.forEach((k, v) -> metaText.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        byte[] metaBytes = metaText.toString().getBytes(StandardCharsets.UTF_8);

        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        d.write(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(n);
        d.writeInt(encoded.length);
        d.writeInt(blob);
        d.writeInt(cap);
        d.writeInt(postLen);
        d.writeInt(metaBytes.length);
        d.write(metaBytes);
        for (int i = 0; i < n; i++) {
            d.writeLong(id[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeFloat(lat[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeFloat(lon[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeInt(pop[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeInt(fcode[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeInt(country[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeInt(admin1[i]);
        }
        for (int i = 0; i < n; i++) {
            d.writeInt(name[i]);
        }
        d.write(fclass, 0, n);
        int off = 0;
        for (byte[] e : encoded) {
            d.writeInt(off);
            off += e.length;
        }
        d.writeInt(off);
        for (byte[] e : encoded) {
            d.write(e);
        }
        for (long k : tKeys) {
            d.writeLong(k);
        }
        for (int p : tPost) {
            d.writeInt(p);
        }
        d.write(tFlags);
        for (int p : postings) {
            d.writeInt(p);
        }
        d.flush();
    }

    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
