package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of token phrases with payloads, matched over lower-cased tokens by hash lookup on the first token. A
 * pattern token ending in {@code *} matches any token that starts with the rest; other tokens match exactly.
 * Immutable after construction and thread-safe.
 *
 * @param <T> payload type
 */
final class PhraseSet<T> {
    /** A compiled phrase. */
    record Phrase<T>(String[] tokens, boolean[] prefix, T payload, String source) {
        int length() {
            return tokens.length;
        }
    }

    /** A match of a phrase starting at token {@code start} and ending before token {@code end}. */
    record Match<T>(int start, int end, Phrase<T> phrase) {
        T payload() {
            return phrase.payload();
        }
    }

    private static final int KEY = 3;
    private final Map<String, List<Phrase<T>>> exact = new HashMap<>();
    private final Map<String, List<Phrase<T>>> prefixed = new HashMap<>();
    private final List<Phrase<T>> shortPrefix = new ArrayList<>();

    /** Adds every "|"-separated alternative of {@code pattern} with {@code payload}. */
    void add(String pattern, T payload) {
        for (String alt : pattern.split("\\|")) {
            String a = alt.trim().toLowerCase(Locale.ROOT);
            if (a.isEmpty()) {
                continue;
            }
            String[] parts = a.split("\\s+");
            boolean[] pre = new boolean[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].length() > 1 && parts[i].endsWith("*")) {
                    pre[i] = true;
                    parts[i] = parts[i].substring(0, parts[i].length() - 1);
                }
            }
            Phrase<T> p = new Phrase<>(parts, pre, payload, a);
            if (!pre[0]) {
                exact.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(p);
            } else if (parts[0].length() >= KEY) {
                prefixed.computeIfAbsent(parts[0].substring(0, KEY), k -> new ArrayList<>()).add(p);
            } else {
                shortPrefix.add(p);
            }
        }
    }

    private static boolean tokenMatches(Phrase<?> p, int i, String tok) {
        return p.prefix()[i] ? tok.startsWith(p.tokens()[i]) : tok.equals(p.tokens()[i]);
    }

    private boolean matchesAt(Phrase<T> p, String[] toks, int at, int limit) {
        if (at + p.length() > limit) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (!tokenMatches(p, i, toks[at + i])) {
                return false;
            }
        }
        return true;
    }

    /** Every phrase that matches at {@code at} (ending at or before {@code limit}). */
    void matchesAt(String[] toks, int at, int limit, List<Match<T>> out) {
        String t = toks[at];
        List<Phrase<T>> l = exact.get(t);
        if (l != null) {
            for (Phrase<T> p : l) {
                if (matchesAt(p, toks, at, limit)) {
                    out.add(new Match<>(at, at + p.length(), p));
                }
            }
        }
        if (t.length() >= KEY) {
            l = prefixed.get(t.substring(0, KEY));
            if (l != null) {
                for (Phrase<T> p : l) {
                    if (matchesAt(p, toks, at, limit)) {
                        out.add(new Match<>(at, at + p.length(), p));
                    }
                }
            }
        }
        for (Phrase<T> p : shortPrefix) {
            if (matchesAt(p, toks, at, limit)) {
                out.add(new Match<>(at, at + p.length(), p));
            }
        }
    }

    /** All matches (overlapping allowed) over tokens {@code [from, to)}. */
    List<Match<T>> findAll(String[] toks, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            matchesAt(toks, i, to, out);
        }
        return out;
    }
}
