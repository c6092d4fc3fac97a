package org.sitrep.model;

/** A document that reports an event. */
public record SourceRef(String doc, String url, String title, String published, String attributedTo, EventStatus status) {
}
