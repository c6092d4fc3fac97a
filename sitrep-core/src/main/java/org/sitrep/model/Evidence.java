package org.sitrep.model;

/** A supporting span of a source document. */
public record Evidence(String doc, int start, int end, String quote) {
}
