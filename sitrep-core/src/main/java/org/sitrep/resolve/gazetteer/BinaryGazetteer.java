package org.sitrep.resolve.gazetteer;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.resolve.Gazetteer;

/**
 * The gazetteer over the binary index written by {@link GazetteerBuilder}: the columns are views into one
 * buffer (heap bytes from the class path, or a memory-mapped file), so loading does no per-entry parsing.
 * Immutable and thread-safe.
 */
public final class BinaryGazetteer implements Gazetteer {
    private final String description;
    private final int n;
    private final LongBuffer ids;
    private final FloatBuffer lats;
    private final FloatBuffer lons;
    private final IntBuffer pops;
    private final IntBuffer fcodes;
    private final IntBuffer countries;
    private final IntBuffer admin1s;
    private final IntBuffer names;
    private final ByteBuffer fclasses;
    private final IntBuffer stringOffsets;
    private final ByteBuffer blob;
    private final String[] stringCache;
    /** Place objects made so far (benign races: equal values). */
    private final Place[] placeCache;
    private final LongBuffer tKeys;
    private final IntBuffer tPost;
    private final ByteBuffer tFlags;
    private final IntBuffer postings;
    private final int mask;
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private final Map<String, Integer> admin1Index = new HashMap<>();
    private final Map<String, Integer> capitalIndex = new HashMap<>();
    private final Map<String, String> meta = new HashMap<>();

    /** Opens an index held in {@code buf} (position 0); fails with a message naming {@code source} if it is not one. */
    public BinaryGazetteer(ByteBuffer buf, String source) {
        this.description = source;
        ByteBuffer b = buf.duplicate();
        byte[] magic = new byte[8];
        if (b.remaining() < 40) {
            throw new IllegalArgumentException(source + " is too short to be a sitrep gazetteer index");
        }
        b.get(magic);
        if (!Arrays.equals(magic, GazetteerBuilder.MAGIC)) {
            throw new IllegalArgumentException(source + " is not a sitrep gazetteer index (bad magic)");
        }
        int version = b.getInt();
        if (version != GazetteerBuilder.VERSION) {
            throw new IllegalArgumentException(source + " has index format " + version + ", this sitrep reads "
                    + GazetteerBuilder.VERSION + "; rebuild the index");
        }
        n = b.getInt();
        int nStrings = b.getInt();
        int blobLen = b.getInt();
        int cap = b.getInt();
        int postLen = b.getInt();
        int metaLen = b.getInt();
        byte[] metaBytes = new byte[metaLen];
        b.get(metaBytes);
        for (String line : new String(metaBytes, StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                meta.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        ids = slice(b, n * 8L).asLongBuffer();
        lats = slice(b, n * 4L).asFloatBuffer();
        lons = slice(b, n * 4L).asFloatBuffer();
        pops = slice(b, n * 4L).asIntBuffer();
        fcodes = slice(b, n * 4L).asIntBuffer();
        countries = slice(b, n * 4L).asIntBuffer();
        admin1s = slice(b, n * 4L).asIntBuffer();
        names = slice(b, n * 4L).asIntBuffer();
        fclasses = slice(b, n);
        stringOffsets = slice(b, (nStrings + 1) * 4L).asIntBuffer();
        blob = slice(b, blobLen);
        tKeys = slice(b, cap * 8L).asLongBuffer();
        tPost = slice(b, cap * 4L).asIntBuffer();
        tFlags = slice(b, cap);
        postings = slice(b, postLen * 4L).asIntBuffer();
        mask = cap - 1;
        stringCache = new String[nStrings];
        placeCache = new Place[n];
        for (int i = 0; i < n; i++) {
            if (fclasses.get(i) == 'P') {
                if (string(fcodes.get(i)).equals("PPLC")) {
                    String cc = string(countries.get(i));
                    Integer prev = capitalIndex.get(cc);
                    if (prev == null || pops.get(prev) < pops.get(i)) {
                        capitalIndex.put(cc, i); // the seat of government when a country has two (the larger)
                    }
                }
                continue;
            }
            if (fclasses.get(i) != 'A') {
                continue; // countries and divisions are class A
            }
            String fc = string(fcodes.get(i));
            if (fc.startsWith("PCL")) {
                countryIndex.putIfAbsent(string(countries.get(i)), i);
            } else if (fc.equals("ADM1")) {
                admin1Index.putIfAbsent(string(countries.get(i)) + "." + string(admin1s.get(i)), i);
            }
        }
    }

    private static ByteBuffer slice(ByteBuffer b, long len) {
        if (len > b.remaining()) {
            throw new IllegalArgumentException("gazetteer index is truncated; rebuild it");
        }
        ByteBuffer s = b.slice();
        s.limit((int) len);
        b.position(b.position() + (int) len);
        return s;
    }

    private String string(int i) {
        String s = stringCache[i];
        if (s == null) {
            int from = stringOffsets.get(i);
            int to = stringOffsets.get(i + 1);
            byte[] bytes = new byte[to - from];
            blob.get(from, bytes);
            s = new String(bytes, StandardCharsets.UTF_8);
            stringCache[i] = s; // benign race: equal values
        }
        return s;
    }

    /** Build metadata (sources, counts) stored in the index. */
    public Map<String, String> meta() {
        return meta;
    }

    private int slot(long key) {
        int s = (int) (GazetteerBuilder.mix(key) & mask);
        while (true) {
            long k = tKeys.get(s);
            if (k == key) {
                return s;
            }
            if (k == 0) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    @Override
    public int probe(long key) {
        int s = slot(key);
        return s < 0 ? 0 : tFlags.get(s);
    }

    @Override
    public List<Place> candidates(long key) {
        return candidates(key, Integer.MAX_VALUE);
    }

    @Override
    public List<Place> candidates(long key, int limit) {
        int s = slot(key);
        if (s < 0) {
            return List.of();
        }
        int p = tPost.get(s);
        if (p < 0) {
            return List.of();
        }
        int len = Math.min(limit, postings.get(p));
        List<Place> out = new ArrayList<>(len);
        for (int j = 1; j <= len; j++) {
            out.add(place(postings.get(p + j)));
        }
        return out;
    }

    @Override
    public Place capital(String iso2) {
        Integer i = iso2 == null ? null : capitalIndex.get(iso2);
        return i == null ? null : place(i);
    }

    public Place place(int i) {
        Place cached = placeCache[i];
        if (cached == null) {
            cached = makePlace(i);
            placeCache[i] = cached;
        }
        return cached;
    }

    private Place makePlace(int i) {
        String cc = string(countries.get(i));
        String a1 = string(admin1s.get(i));
        String a1Name = null;
        if (!a1.isEmpty()) {
            Integer ai = admin1Index.get(cc + "." + a1);
            if (ai != null) {
                a1Name = string(names.get(ai));
            }
        }
        return new Place(ids.get(i), string(names.get(i)), cc.isEmpty() ? null : cc, a1.isEmpty() ? null : a1, a1Name,
                lats.get(i), lons.get(i), (char) fclasses.get(i), string(fcodes.get(i)), pops.get(i));
    }

    @Override
    public Place country(String iso2) {
        Integer i = iso2 == null ? null : countryIndex.get(iso2);
        return i == null ? null : place(i);
    }

    @Override
    public Place admin1(String iso2, String admin1Code) {
        Integer i = iso2 == null || admin1Code == null ? null : admin1Index.get(iso2 + "." + admin1Code);
        return i == null ? null : place(i);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String description() {
        return description + " (" + n + " places)";
    }
}
