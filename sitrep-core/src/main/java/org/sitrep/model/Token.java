package org.sitrep.model;

/** A token. {@code kind} is a coarse shape class used by rules. */
public record Token(int start, int end, Kind kind) implements Span {
    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL }
}
