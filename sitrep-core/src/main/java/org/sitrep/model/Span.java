package org.sitrep.model;

/** A half-open range {@code [start, end)} of UTF-16 code units in a document's clean text. */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean contains(int offset) {
        return start() <= offset && offset < end();
    }
}
