package org.sitrep.ingest;

import java.util.Locale;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;

/** Input formats of cli.md's {@code --input-format}. */
public enum InputFormat {
    AUTO, TEXT, HTML, JSONL, WARC, FEED;

    public static InputFormat parse(String s, String input) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SitrepException(ErrorCode.E_FORMAT, input, s);
        }
    }
}
