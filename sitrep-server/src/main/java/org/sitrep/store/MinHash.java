package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MinHash signatures of word 3-shingle sets, to find syndicated copies: {@value #K} hash functions, banded into
 * {@value #BANDS} bands of {@value #ROWS} rows for lookup (two documents with Jaccard similarity 0.8 share a band
 * with probability 0.9998; with 0.3, 0.13). A candidate is a near-duplicate when the estimated Jaccard similarity is
 * at least {@value #NEAR}.
 */
public final class MinHash {
    public static final int K = 64;
    public static final int BANDS = 16;
    public static final int ROWS = 4;
    public static final double NEAR = 0.8;
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[K];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < K; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private MinHash() {
    }

    public static int[] signature(String text) {
        String[] words = SPLIT.split(text.toLowerCase(Locale.ROOT).strip());
        Set<Long> shingles = new HashSet<>();
        if (words.length < 3) {
            shingles.add(fnv(String.join(" ", words)));
        }
        for (int i = 0; i + 2 < words.length; i++) {
            shingles.add(fnv(words[i] + " " + words[i + 1] + " " + words[i + 2]));
        }
        int[] sig = new int[K];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < K; i++) {
                int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < K; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / K;
    }

    /** The lookup key of band {@code b}. */
    public static int band(int[] sig, int b) {
        int h = 17;
        for (int r = 0; r < ROWS; r++) {
            h = h * 31 + sig[b * ROWS + r];
        }
        return h;
    }

    public static String encode(int[] sig) {
        StringBuilder sb = new StringBuilder(K * 8);
        for (int v : sig) {
            sb.append(String.format(Locale.ROOT, "%08x", v));
        }
        return sb.toString();
    }

    public static int[] decode(String s) {
        int[] sig = new int[K];
        for (int i = 0; i < K; i++) {
            sig[i] = (int) Long.parseLong(s.substring(i * 8, i * 8 + 8), 16);
        }
        return sig;
    }

    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
