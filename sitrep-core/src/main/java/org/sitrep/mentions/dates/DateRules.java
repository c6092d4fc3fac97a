package org.sitrep.mentions.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.model.TimexType;
import org.sitrep.resources.ResourceFile;

/**
 * The recognition rules of {@code sitrep/dates/rules.tsv}, compiled once: each rule is a Java regex with macros
 * expanded from the {@link DateLexicon} and a template of fields to fill from its named groups. Immutable.
 */
public final class DateRules {
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z]{3,})\\}");
    private static final Pattern GROUP_REF = Pattern.compile("\\$\\{([A-Za-z0-9]+):([a-z0-9]+)\\}");

    /** A field of a rule's template: a literal, or a named group normalised by a word class or a shape. */
    public record FieldSpec(String key, String literal, String group, String normaliser) {
    }

    /** One compiled rule. */
    public record Rule(String id, int order, TimexType type, Pattern pattern, List<FieldSpec> fields, boolean hasSpan,
                       boolean hasEnds, int triggers, int lead, boolean[] firstChars) {
        /** Whether a match can start with {@code c} (always true outside ASCII). */
        public boolean canStartWith(char c) {
            return c >= 128 || firstChars[c];
        }
    }

    /** Trigger kinds of the rules' fifth column: a rule runs only near a token of one of its kinds. */
    public static final List<String> TRIGGERS = List.of("month", "weekday", "unit", "part", "season", "ref", "dayword",
            "setword", "number", "holiday", "decade", "direction", "digit");

    /** How many tokens before its trigger token a match may start when the rule does not say. */
    public static final int DEFAULT_LEAD = 8;

    /** The bit of a trigger kind in {@link Rule#triggers()}. */
    public static int triggerBit(String kind) {
        int i = TRIGGERS.indexOf(kind);
        return i < 0 ? 0 : 1 << i;
    }

    private final List<Rule> rules;
    private final DateLexicon lexicon;
    private final ResourceFile file;

    private DateRules(ResourceFile file, DateLexicon lexicon, List<Rule> rules) {
        this.file = file;
        this.lexicon = lexicon;
        this.rules = List.copyOf(rules);
    }

    public static DateRules load(DateLexicon lexicon) {
        return from(ResourceFile.load("dates/rules.tsv"), lexicon);
    }

    public static DateRules from(ResourceFile file, DateLexicon lexicon) {
        Map<String, String> macros = macros(lexicon);
        List<Rule> rules = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.cells().size() < 5) {
                throw file.error(row, "needs five tab-separated cells: id, type, pattern, fields, triggers (got "
                        + row.cells().size() + ")");
            }
            int triggers = 0;
            int lead = 0;
            for (String t : row.get(4).split(",")) {
                String kind = t.trim();
                int slash = kind.indexOf('/');
                int n = DEFAULT_LEAD;
                if (slash > 0) {
                    try {
                        n = Integer.parseInt(kind.substring(slash + 1));
                    } catch (NumberFormatException e) {
                        throw file.error(row, "trigger '" + t + "' needs a whole number after '/'");
                    }
                    kind = kind.substring(0, slash);
                }
                int bit = triggerBit(kind);
                if (bit == 0) {
                    throw file.error(row, "trigger '" + t + "' is not one of " + TRIGGERS + " (optionally with /N)");
                }
                triggers |= bit;
                lead = Math.max(lead, n);
            }
            String id = row.get(0);
            if (!ids.add(id)) {
                throw file.error(row, "rule id '" + id + "' is used twice; ids must be unique");
            }
            TimexType type;
            try {
                type = TimexType.valueOf(row.get(1));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "type '" + row.get(1) + "' is not one of DATE, TIME, DURATION, SET");
            }
            StringBuilder sb = new StringBuilder();
            Matcher mm = MACRO.matcher(row.get(2));
            while (mm.find()) {
                String exp = macros.get(mm.group(1));
                if (exp == null) {
                    throw file.error(row, "unknown macro {" + mm.group(1) + "}; known: " + macros.keySet());
                }
                mm.appendReplacement(sb, Matcher.quoteReplacement(exp));
            }
            mm.appendTail(sb);
            Pattern p;
            try {
                // every rule starts at a word boundary: "now" not in "known", "night" not in "midnight"
                p = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + sb, Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw file.error(row, "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex());
            }
            java.util.Set<String> groups = groupNames(row.get(2));
            List<FieldSpec> fields = new ArrayList<>();
            for (String kv : row.get(3).split(";")) {
                if (kv.isBlank()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw file.error(row, "field '" + kv + "' is not key=value");
                }
                String key = kv.substring(0, eq).trim();
                String val = kv.substring(eq + 1).trim();
                Matcher g = GROUP_REF.matcher(val);
                if (g.matches()) {
                    String group = g.group(1);
                    String norm = g.group(2);
                    if (!group.equals("0") && !groups.contains(group)) {
                        throw file.error(row, "field " + key + " refers to group '" + group + "' that the pattern lacks; groups: " + groups);
                    }
                    if (!isShape(norm) && !lexicon.hasClass(norm)) {
                        throw file.error(row, "field " + key + " uses normaliser '" + norm
                                + "', neither a word class of words.tsv nor one of int, year, num, text");
                    }
                    fields.add(new FieldSpec(key, null, group, norm));
                } else {
                    fields.add(new FieldSpec(key, val, null, null));
                }
            }
            rules.add(new Rule(id, rules.size(), type, p, List.copyOf(fields), groups.contains("span"),
                    groups.contains("a") && groups.contains("b"), triggers, lead, firstChars(p)));
        }
        return new DateRules(file, lexicon, rules);
    }

    /**
     * The ASCII characters a match of {@code p} can start with: a one-character input either matches or makes the
     * engine ask for more input ({@link Matcher#hitEnd()}); otherwise no match can start with that character.
     * Checked against every rule's examples by the resource example test.
     */
    private static boolean[] firstChars(Pattern p) {
        boolean[] ok = new boolean[128];
        if (p.pattern().contains("(?<=")) {
            // a positive lookbehind needs left context that a one-character probe lacks: allow every start
            java.util.Arrays.fill(ok, true);
            return ok;
        }
        for (char c = 0; c < 128; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            ok[c] = m.lookingAt() || m.hitEnd();
        }
        return ok;
    }

    private static boolean isShape(String n) {
        return n.equals("int") || n.equals("year") || n.equals("num") || n.equals("text");
    }

    private static java.util.Set<String> groupNames(String pattern) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, String> macros(DateLexicon lx) {
        String numWord = lx.alternation("number");
        Map<String, String> m = new java.util.HashMap<>();
        m.put("MONTH", lx.alternation("month"));
        m.put("WEEKDAY", lx.alternation("weekday"));
        m.put("UNIT", lx.alternation("unit"));
        m.put("PART", lx.alternation("part"));
        m.put("SEASON", lx.alternation("season"));
        m.put("MOD", lx.alternation("mod"));
        m.put("REF", lx.alternation("ref"));
        m.put("DIR", lx.alternation("direction"));
        m.put("ORD", lx.alternation("ordinal"));
        m.put("DAYWORD", lx.alternation("dayword"));
        m.put("HOLIDAY", lx.alternation("holiday"));
        m.put("DECADE", lx.alternation("decade"));
        // compounds ("twenty-four", "two hundred and five") never continue with an article or a vague word
        String noArticle = "(?!(?i:an?|some|several|many|few|numerous|couple|dozen)(?![\\p{L}]))";
        m.put("NUMBER", "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + numWord + "(?:[\\s\\u2010\\u2011-]+(?:and\\s+)?"
                + noArticle + numWord + ")*)");
        m.put("DAY", "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|[:.,]\\d)");
        m.put("YEAR", "(?:1[6-9]\\d\\d|20\\d\\d)(?!\\d)");
        return Map.copyOf(m);
    }

    public List<Rule> rules() {
        return rules;
    }

    public ResourceFile file() {
        return file;
    }

    /** Fills the rule's field template from a match; normalisation failures drop the field. */
    public Map<String, String> fields(Rule rule, Matcher m) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (FieldSpec f : rule.fields()) {
            if (f.literal() != null) {
                out.put(f.key(), f.literal());
                continue;
            }
            String raw = f.group().equals("0") ? m.group() : m.group(f.group());
            if (raw == null) {
                continue;
            }
            String v = normalise(f.normaliser(), raw);
            if (v != null) {
                out.put(f.key(), v);
            }
        }
        return out;
    }

    private String normalise(String norm, String raw) {
        switch (norm) {
            case "text":
                return raw.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").trim();
            case "int":
            case "year": {
                StringBuilder d = new StringBuilder();
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (c >= '0' && c <= '9') {
                        d.append(c);
                    }
                }
                if (d.length() == 0 || d.length() > 6) {
                    return null;
                }
                return String.valueOf(Integer.parseInt(d.toString()));
            }
            case "num": {
                int n = lexicon.number(raw);
                return n == -1 ? "X" : n < 0 ? null : String.valueOf(n);
            }
            default:
                return lexicon.value(norm, raw);
        }
    }
}
