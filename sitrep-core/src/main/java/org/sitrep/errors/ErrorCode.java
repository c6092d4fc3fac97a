package org.sitrep.errors;

/**
 * The one catalogue of sitrep errors. Each message template names the input and says how to fix the problem;
 * {@code %s} placeholders are filled with the input name and details.
 */
public enum ErrorCode {
    E_EMPTY("%s: the document is empty (no text after reading it); give a file with text, or drop it from the input"),
    E_BINARY("%s: looks like binary data (%s), not text, HTML or JSON Lines; pass text, HTML, JSON Lines, WARC or a feed"),
    E_ENCODING("%s: is not valid UTF-8 (first bad byte at offset %s); convert it with e.g. `iconv -f LATIN1 -t UTF-8`"),
    E_TOO_LARGE("%s: is %s, larger than the %s limit per document; split it, or raise the limit with --max-bytes"),
    E_UNREADABLE("%s: cannot be read (%s); check the path and its permissions"),
    E_NOT_FOUND("%s: no such file or directory; check the path"),
    E_JSONL_SYNTAX("%s: line %s is not valid JSON (%s); each line must be one JSON object"),
    E_JSONL_FIELD("%s: line %s lacks %s; each JSON Lines document needs \"id\" and \"text\" or \"html\""),
    E_FORMAT("%s: unknown input format '%s'; use one of auto, text, html, jsonl, warc, feed"),
    E_LANGUAGE("%s: language is %s, not English; only English documents are processed"),
    E_DATE("%s: cannot read the publication date '%s'; give it as YYYY-MM-DD"),
    E_RESOURCE("resource %s: %s; reinstall sitrep or rebuild with ./sitrep (the build regenerates resources)"),
    E_GAZETTEER("gazetteer %s: %s; run `./sitrep gazetteer build --from DIR --to DIR` or drop --gazetteer"),
    E_EVAL_DATA("%s: %s"),
    E_INTERNAL("%s: internal error in stage %s (%s); please report it with the input"),
    E_STORE("store %s: %s"),
    E_FETCH("%s: cannot be fetched (%s); check the URL and the network, or download it and give the file");

    private final String template;

    ErrorCode(String template) {
        this.template = template;
    }

    public String format(Object... args) {
        return String.format(java.util.Locale.ROOT, template, args);
    }
}
