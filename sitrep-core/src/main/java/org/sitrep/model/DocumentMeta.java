package org.sitrep.model;

import java.time.LocalDate;

/**
 * Metadata of a source document.
 *
 * @param published publication date used to anchor relative dates; null when unknown
 * @param publishedSource where the publication date came from: flag, jsonl, dateline or null
 * @param language ISO 639-3 language code as detected or given (e.g. "eng"); null before detection
 */
public record DocumentMeta(String url, String title, LocalDate published, String publishedSource, String language) {
    public static DocumentMeta empty() {
        return new DocumentMeta(null, null, null, null, null);
    }

    public DocumentMeta withPublished(LocalDate date, String source) {
        return new DocumentMeta(url, title, date, source, language);
    }

    public DocumentMeta withLanguage(String lang) {
        return new DocumentMeta(url, title, published, publishedSource, lang);
    }
}
