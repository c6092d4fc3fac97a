package org.sitrep.events;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.resources.ResourceFile;

/**
 * Abbreviated first-order divisions of one country ("(Nalgonda, TS)", "(UP)", "J&amp;K"): country context for an event
 * whose places the gazetteer does not know. Read from {@code places/division_abbreviations.tsv}; matched
 * case-sensitively, as the last item of a parenthesised list, alone in parentheses, or anywhere, as each row says.
 * Immutable and thread-safe.
 */
final class DivisionAbbreviations {
    private static final DivisionAbbreviations BUNDLED = new DivisionAbbreviations(
            ResourceFile.load("places/division_abbreviations.tsv"));
    /** A parenthesis of up to 80 characters: its last comma-separated item is group 2, the rest group 1. */
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{0,80},\\s*)?([^(),]{1,6})\\)");

    private final Map<String, String> inList = new HashMap<>();
    private final Map<String, String> alone = new HashMap<>();
    private final Pattern anywhere;
    private final Map<String, String> anywhereIso = new HashMap<>();

    DivisionAbbreviations(ResourceFile f) {
        StringBuilder any = new StringBuilder();
        for (ResourceFile.Row r : f.rows()) {
            String abbr = r.get(0).trim();
            String iso = r.get(1).trim();
            String where = r.get(2).trim();
            if (abbr.isEmpty() || iso.length() != 2) {
                throw f.error(r, "write an abbreviation and an ISO 3166-1 alpha-2 code, got '" + abbr + "' and '" + iso + "'");
            }
            switch (where) {
                case "text":
                    any.append(any.length() == 0 ? "" : "|").append(Pattern.quote(abbr));
                    anywhereIso.put(abbr, iso);
                    // fall through: an abbreviation found anywhere is also found in parentheses
                case "parenthesis":
                    alone.put(abbr, iso);
                    // fall through
                case "list":
                    inList.put(abbr, iso);
                    break;
                default:
                    throw f.error(r, "where is '" + where + "'; write list, parenthesis or text");
            }
        }
        anywhere = any.length() == 0 ? null : Pattern.compile("(?<![\\p{L}\\p{N}&])(?:" + any + ")(?![\\p{L}\\p{N}&])");
    }

    static DivisionAbbreviations bundled() {
        return BUNDLED;
    }

    /** Calls {@code found} with each abbreviation in the text and its country, once per occurrence. */
    void find(String text, BiConsumer<String, String> found) {
        if (text.indexOf('(') >= 0) {
            Matcher m = PAREN.matcher(text);
            while (m.find()) {
                String abbr = m.group(2).trim();
                String iso = m.group(1) == null ? alone.get(abbr) : inList.get(abbr);
                if (iso != null && !anywhereIso.containsKey(abbr)) {
                    found.accept(abbr, iso);
                }
            }
        }
        if (anywhere != null) {
            Matcher m = anywhere.matcher(text);
            while (m.find()) {
                found.accept(m.group(), anywhereIso.get(m.group()));
            }
        }
    }

    /** The one country the text's abbreviations name, or null when none or several. */
    String country(String text) {
        String[] one = {null};
        boolean[] several = {false};
        find(text, (abbr, iso) -> {
            if (one[0] != null && !one[0].equals(iso)) {
                several[0] = true;
            }
            one[0] = iso;
        });
        return several[0] ? null : one[0];
    }
}
