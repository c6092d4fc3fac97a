package org.sitrep.ingest;

import org.sitrep.model.Document;

/** One unit read from the inputs: a document, or a failure naming the input and the problem. */
public sealed interface InputItem {
    /** Name of the input as the user gave it (path, path:line, or JSON Lines id). */
    String input();

    record Doc(String input, Document document) implements InputItem {
    }

    record Failure(String input, String message) implements InputItem {
    }
}
