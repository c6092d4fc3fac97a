package org.sitrep.model;

/** A count with best estimate and bounds; {@code text} holds the source words. */
public record Count(Integer best, Integer low, Integer high, String text) {
    public static Count exact(int n, String text) {
        return new Count(n, n, n, text);
    }
}
