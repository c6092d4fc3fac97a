package org.sitrep.model;

/** A sentence; {@code paragraph} counts paragraphs (blank-line separated blocks) from 0. */
public record Sentence(int start, int end, int paragraph) implements Span {
}
