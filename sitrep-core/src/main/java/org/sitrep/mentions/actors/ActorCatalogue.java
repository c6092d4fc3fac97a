package org.sitrep.mentions.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorKind;
import org.sitrep.resources.ResourceFile;

/**
 * The actor catalogue: hand-written entries from {@code sitrep/actors.tsv}, the state forces, police,
 * governments and ministries of every country generated from {@code sitrep/countries.tsv}, and the pattern
 * words of {@code sitrep/actors/patterns.tsv}. Lookup walks a trie over normalised tokens ({@link NormTokens})
 * and returns the longest alias that matches; short all-capital aliases (IS, US, AQAP, KIA) must be written
 * in capitals in the text, an alias starting with {@code ?} also needs an actor context, and an alias starting
 * with {@code [words]} needs those words just before it, one starting with {@code =} must match case exactly, and
 * one starting with {@code {XX,YY}} only matches in documents whose focus country is XX or YY. Immutable and thread-safe.
 */
public final class ActorCatalogue {
    /** Columns of actors.tsv. */
    public static final List<String> COLUMNS = List.of("id", "name", "kind", "country", "parent", "from", "to", "flags",
            "aliases", "ref");

    /** A state role that a force noun stands for. */
    public enum StateRole { MILITARY, POLICE, GOV, MINISTRY }

    /** One alias of an entry inside the trie. */
    record AliasRef(ActorEntry entry, String[] exact, String[] leftContext, boolean needsContext, int order,
                    Set<String> focusCountries) {
    }

    static final class Node {
        Map<String, Node> next;
        List<AliasRef> refs;
        List<String> countries;
        StateRole role;

        Node child(String key) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }

        Node get(String key) {
            return next == null ? null : next.get(key);
        }
    }

    /** A match of an alias: tokens {@code [start, end)} of the normalised view. */
    public record Match(ActorEntry entry, int start, int end) {
    }

    /** A country word match (name, alias or demonym). */
    public record CountryMatch(String iso2, int start, int end) {
    }

    /** A state force noun match ("security forces", "army", "police"). */
    public record RoleMatch(StateRole role, int start, int end) {
    }

    private final Map<String, ActorEntry> byId;
    private final List<ActorEntry> entries;
    private final Node aliasTrie = new Node();
    private final Node countryTrie = new Node();
    private final Node roleTrie = new Node();
    private final Map<String, String> countryNames;
    private final Set<String> modifiers;
    private final Set<String> members;
    private final Map<String, String> affiliations;
    private final Map<String, ActorKind> groupHeads;
    /** Collective person nouns that are protesters or rioters when protest or riot words follow. */
    private final Set<String> crowd = new HashSet<>();
    private final Set<String> protestWords = new HashSet<>();
    private final Set<String> riotWords = new HashSet<>();
    /** Verbs of assault that make a crowd rioters only when they follow it closely in the active voice. */
    private final Set<String> assaultWords = new HashSet<>();
    /** Verbs after which a bare country name is its armed forces ("the US bombed", "Russia struck"). */
    private final Set<String> stateVerbs = new HashSet<>();
    /** Spelling variants folded before alias lookup ("shoura" = "shura", "el" = "al"). */
    private final Map<String, String> variants = new HashMap<>();
    private final Set<String> branches;
    private final Node anaphorTrie = new Node();
    private final Map<String, Map<String, ActorEntry>> childrenByCountry = new HashMap<>();
    private final String version;

    private ActorCatalogue(ResourceFile actors, ResourceFile countries, ResourceFile patterns) {
        this.countryNames = new LinkedHashMap<>();
        Map<String, ActorEntry> ids = new LinkedHashMap<>();
        List<ActorEntry> templates = new ArrayList<>();
        // countries: name, aliases, demonyms
        for (ResourceFile.Row row : countries.rows()) {
            String iso2 = row.get(0).trim();
            if (iso2.length() != 2) {
                throw countries.error(row, "first column must be an ISO 3166 alpha-2 code, got '" + iso2 + "'");
            }
            String name = row.get(2).trim();
            countryNames.put(iso2, name);
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(split(row.get(3)));
            forms.addAll(split(row.get(4)));
            for (String f : forms) {
                addCountryForm(f, iso2);
            }
        }
        // pattern words
        Set<String> mods = new HashSet<>();
        Set<String> mem = new HashSet<>();
        Map<String, String> aff = new HashMap<>();
        Map<String, ActorKind> heads = new HashMap<>();
        Set<String> br = new HashSet<>();
        for (ResourceFile.Row row : patterns.rows()) {
            String type = row.get(0).trim();
            String phrase = row.get(1).trim();
            String value = row.get(2).trim();
            switch (type) {
                case "state_noun" -> {
                    StateRole role;
                    try {
                        role = StateRole.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw patterns.error(row, "unknown state role '" + value + "'; use military, police, gov or ministry");
                    }
                    Node n = walk(roleTrie, phrase);
                    n.role = role;
                }
                case "modifier" -> mods.add(phrase.toLowerCase(Locale.ROOT));
                case "member" -> mem.add(phrase.toLowerCase(Locale.ROOT));
                case "affiliation" -> aff.put(phrase.toLowerCase(Locale.ROOT), value);
                case "branch" -> br.add(phrase.toLowerCase(Locale.ROOT));
                case "variant" -> variants.put(phrase.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
                case "state_verb" -> stateVerbs.add(phrase.toLowerCase(Locale.ROOT));
                case "crowd" -> crowd.add(phrase.toLowerCase(Locale.ROOT));
                case "protest_word" -> protestWords.add(phrase.toLowerCase(Locale.ROOT));
                case "riot_word" -> riotWords.add(phrase.toLowerCase(Locale.ROOT));
                case "assault_word" -> assaultWords.add(phrase.toLowerCase(Locale.ROOT));
                case "group_head" -> {
                    try {
                        heads.put(phrase.toLowerCase(Locale.ROOT), ActorKind.fromJson(value));
                    } catch (IllegalArgumentException e) {
                        throw patterns.error(row, e.getMessage());
                    }
                }
                case "anaphor" -> {
                    Node n = walk(anaphorTrie, phrase);
                    if (n.refs == null) {
                        n.refs = new ArrayList<>(1);
                    }
                    n.refs.add(new AliasRef(null, null, null, false, 0, null));
                }
                default -> throw patterns.error(row, "unknown pattern type '" + type
                        + "'; use state_noun, modifier, member, affiliation, branch, group_head, anaphor, variant, state_verb, crowd, "
                        + "protest_word, riot_word or assault_word");
            }
        }
        this.modifiers = Set.copyOf(mods);
        this.members = Set.copyOf(mem);
        this.affiliations = Map.copyOf(aff);
        this.groupHeads = Map.copyOf(heads);
        this.branches = Set.copyOf(br);
        // generated state entries
        for (Map.Entry<String, String> c : countryNames.entrySet()) {
            String iso2 = c.getKey();
            String name = c.getValue();
            String the = needsThe(name) ? "the " + name : name;
            put(ids, new ActorEntry("state:" + iso2 + ":military", "Military Forces of " + the, ActorKind.STATE_FORCES, iso2,
                    "gov:" + iso2, null, null, false, false, false, false, "generated from countries.tsv", List.of()), null);
            put(ids, new ActorEntry("state:" + iso2 + ":police", "Police Forces of " + the, ActorKind.STATE_FORCES, iso2,
                    "gov:" + iso2, null, null, false, false, false, false, "generated from countries.tsv", List.of()), null);
            put(ids, new ActorEntry("gov:" + iso2, "Government of " + the, ActorKind.STATE_FORCES, iso2, null, null, null,
                    false, false, false, false, "generated from countries.tsv", List.of()), null);
            put(ids, new ActorEntry("gov:" + iso2 + ":ministry", "Ministries of " + the, ActorKind.STATE_FORCES, iso2,
                    "gov:" + iso2, null, null, true, false, false, false, "generated from countries.tsv", List.of()), null);
        }
        // hand-written entries
        int order = 0;
        List<String> header = split(actors.header("columns") == null ? "" : actors.header("columns").replace('\t', '|'));
        if (!header.equals(COLUMNS)) {
            throw new org.sitrep.errors.SitrepException(org.sitrep.errors.ErrorCode.E_RESOURCE, actors.path(),
                    "'# columns:' must list " + String.join(" ", COLUMNS) + " separated by tabs, got " + header);
        }
        for (ResourceFile.Row row : actors.rows()) {
            ActorEntry e = parse(actors, row);
            if (e.focus()) {
                templates.add(e);
                for (Map.Entry<String, String> c : countryNames.entrySet()) {
                    ActorEntry inst = new ActorEntry(e.id().replace("@", c.getKey()), e.name().replace("@", c.getValue()),
                            e.kind(), c.getKey(), e.parent() == null ? null : e.parent().replace("@", c.getKey()),
                            e.from(), e.to(), e.reporter(), e.generic(), false, false, e.ref(), List.of());
                    ids.putIfAbsent(inst.id(), inst);
                }
                ids.put(e.id(), e);
            } else {
                put(ids, e, actors.error(row, "id '" + e.id() + "' is used twice; ids must be unique"));
                e = ids.get(e.id());
            }
            for (String alias : e.aliases()) {
                addAlias(e, alias, order++, actors, row);
            }
        }
        for (ActorEntry e : ids.values()) {
            if (e.parent() != null && e.country() != null && !e.focus()) {
                childrenByCountry.computeIfAbsent(e.parent(), k -> new HashMap<>()).putIfAbsent(e.country(), e);
            }
        }
        for (ActorEntry e : ids.values()) {
            if (e.parent() != null && !e.parent().contains("@") && !ids.containsKey(e.parent())
                    && !e.parent().startsWith("gov:") && !e.parent().startsWith("state:")) {
                // gov:/state: parents are generated from countries.tsv and may be absent from a partial country list
                throw new org.sitrep.errors.SitrepException(org.sitrep.errors.ErrorCode.E_RESOURCE, actors.path(),
                        "actor '" + e.id() + "' names parent '" + e.parent() + "' which is not in the catalogue; add it or fix the id");
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.entries = List.copyOf(ids.values());
        this.version = (actors.sha256() + countries.sha256() + patterns.sha256()).hashCode() + "";
    }

    private static boolean needsThe(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        return l.startsWith("united ") || l.endsWith(" republic") || l.endsWith(" islands") || l.endsWith("lands")
                || l.equals("gambia") || l.equals("philippines") || l.equals("bahamas") || l.endsWith(" emirates")
                || l.startsWith("democratic republic") || l.startsWith("central african") || l.equals("maldives");
    }

    private static void put(Map<String, ActorEntry> ids, ActorEntry e, RuntimeException dup) {
        ActorEntry prev = ids.putIfAbsent(e.id(), e);
        if (prev != null) {
            if (dup != null && !prev.ref().equals("generated from countries.tsv")) {
                throw dup;
            }
            // a hand-written entry adds aliases and dates to the generated one; the name stays the one generated
            // from countries.tsv so that every state actor is named the same way
            ids.put(e.id(), new ActorEntry(e.id(), prev.name(), e.kind(), e.country(), e.parent(), e.from(), e.to(),
                    e.reporter(), e.generic(), e.focus(), e.anaphor(), e.ref(), e.aliases()));
        }
    }

    private static ActorEntry parse(ResourceFile f, ResourceFile.Row row) {
        String id = row.get(0).trim();
        String name = row.get(1).trim();
        if (id.isEmpty() || name.isEmpty()) {
            throw f.error(row, "id and name are required");
        }
        ActorKind kind;
        try {
            kind = ActorKind.fromJson(row.get(2).trim());
        } catch (IllegalArgumentException e) {
            throw f.error(row, e.getMessage());
        }
        String country = row.get(3).trim();
        String parent = row.get(4).trim();
        LocalDate from = date(f, row, row.get(5).trim(), true);
        LocalDate to = date(f, row, row.get(6).trim(), false);
        Set<String> flags = new HashSet<>(split(row.get(7).replace(',', '|')));
        for (String fl : flags) {
            if (!Set.of("reporter", "generic", "focus", "anaphor").contains(fl)) {
                throw f.error(row, "unknown flag '" + fl + "'; use reporter, generic, focus, anaphor (comma separated)");
            }
        }
        String ref = row.get(9).trim();
        if (ref.isEmpty()) {
            throw f.error(row, "every entry needs a public reference in the ref column (a Wikipedia title or UCDP actor name)");
        }
        boolean focus = flags.contains("focus");
        if (focus != id.contains("@")) {
            throw f.error(row, "an entry has flag 'focus' exactly when its id contains '@' (the focus country)");
        }
        return new ActorEntry(id, name, kind, country.isEmpty() || focus ? null : country, parent.isEmpty() ? null : parent,
                from, to, flags.contains("reporter"), flags.contains("generic"), focus, flags.contains("anaphor"), ref,
                split(row.get(8)));
    }

    private static LocalDate date(ResourceFile f, ResourceFile.Row row, String s, boolean start) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.length() == 4) {
                int y = Integer.parseInt(s);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (s.length() == 7) {
                java.time.YearMonth ym = java.time.YearMonth.parse(s);
                return start ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.parse(s);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw f.error(row, "validity date '" + s + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("\\|")) {
            String t = p.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private void addCountryForm(String form, String iso2) {
        NormTokens t = NormTokens.ofPhrase(form);
        if (t.size() == 0) {
            return;
        }
        Node n = countryTrie;
        String[] exact = new String[t.size()];
        boolean cs = false;
        for (int i = 0; i < t.size(); i++) {
            n = n.child(t.lower(i));
            if (caseSensitive(t.exact(i))) {
                exact[i] = t.exact(i);
                cs = true;
            }
        }
        if (n.countries == null) {
            n.countries = new ArrayList<>(1);
        }
        // case-sensitive forms are stored as "iso2|EXACT|EXACT" so that "us" (the pronoun) is not the US
        n.countries.add(cs ? iso2 + "|" + String.join("|", java.util.Arrays.stream(exact)
                .map(x -> x == null ? "" : x).toList()) : iso2);
    }

    private Node walk(Node root, String phrase) {
        NormTokens t = NormTokens.ofPhrase(phrase);
        Node n = root;
        for (int i = 0; i < t.size(); i++) {
            n = n.child(t.lower(i));
        }
        return n;
    }

    /** The spelling used for lookup: transliteration variants are folded to one form. */
    String fold(String lower) {
        String v = variants.get(lower);
        return v == null ? lower : v;
    }

    /** All-capital (or capitals and digits) words of up to five characters must be capitals in the text. */
    static boolean caseSensitive(String w) {
        if (w.length() > 5 || w.length() < 2) {
            return w.length() == 1 && Character.isUpperCase(w.charAt(0));
        }
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private void addAlias(ActorEntry e, String alias, int order, ResourceFile f, ResourceFile.Row row) {
        String a = alias;
        boolean ctx = false;
        boolean allExact = false;
        String[] left = null;
        Set<String> focusCountries = null;
        if (a.startsWith("{")) {
            int close = a.indexOf('}');
            if (close < 0) {
                throw f.error(row, "alias '" + alias + "' opens '{' without '}'");
            }
            focusCountries = Set.copyOf(split(a.substring(1, close).replace(',', '|')));
            a = a.substring(close + 1).trim();
        }
        if (a.startsWith("=")) {
            allExact = true;
            a = a.substring(1).trim();
        }
        if (a.startsWith("?")) {
            ctx = true;
            a = a.substring(1).trim();
        }
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            if (close < 0) {
                throw f.error(row, "alias '" + alias + "' opens '[' without ']'");
            }
            NormTokens l = NormTokens.ofPhrase(a.substring(1, close));
            left = new String[l.size()];
            for (int i = 0; i < l.size(); i++) {
                left[i] = fold(l.lower(i));
            }
            a = a.substring(close + 1).trim();
        }
        NormTokens t = NormTokens.ofPhrase(a);
        if (t.size() == 0) {
            throw f.error(row, "alias '" + alias + "' has no words");
        }
        Node n = aliasTrie;
        String[] exact = new String[t.size()];
        boolean cs = false;
        for (int i = 0; i < t.size(); i++) {
            n = n.child(fold(t.lower(i)));
            if (allExact || caseSensitive(t.exact(i))) {
                exact[i] = t.exact(i);
                cs = true;
            }
        }
        if (n.refs == null) {
            n.refs = new ArrayList<>(1);
        }
        n.refs.add(new AliasRef(e, cs ? exact : null, left, ctx, order, focusCountries));
    }

    // ------------------------------------------------------------------ loading

    private static volatile ActorCatalogue standard;

    /** The catalogue built from the bundled resources (loaded once). */
    public static ActorCatalogue standard() {
        ActorCatalogue c = standard;
        if (c == null) {
            synchronized (ActorCatalogue.class) {
                c = standard;
                if (c == null) {
                    c = of(ResourceFile.load("actors.tsv"), ResourceFile.load("countries.tsv"),
                            ResourceFile.load("actors/patterns.tsv"));
                    standard = c;
                }
            }
        }
        return c;
    }

    public static ActorCatalogue of(ResourceFile actors, ResourceFile countries, ResourceFile patterns) {
        return new ActorCatalogue(actors, countries, patterns);
    }

    // ------------------------------------------------------------------ queries

    public List<ActorEntry> entries() {
        return entries;
    }

    public ActorEntry entry(String id) {
        return byId.get(id);
    }

    public String version() {
        return version;
    }

    public String countryName(String iso2) {
        return countryNames.get(iso2);
    }

    public Set<String> countries() {
        return countryNames.keySet();
    }

    /** Number of entries per kind (templates counted once, their per-country instances not). */
    public Map<ActorKind, Integer> countByKind(boolean generatedToo) {
        Map<ActorKind, Integer> m = new EnumMap<>(ActorKind.class);
        for (ActorEntry e : entries) {
            boolean generated = e.ref().equals("generated from countries.tsv");
            boolean instance = !e.focus() && e.aliases().isEmpty() && !generated;
            if (instance || (generated && !generatedToo)) {
                continue;
            }
            m.merge(e.kind(), 1, Integer::sum);
        }
        return m;
    }

    /** The child of {@code parentId} for a country ("isis" + LY gives the Libya province), or null. */
    public ActorEntry child(String parentId, String iso2) {
        Map<String, ActorEntry> m = childrenByCountry.get(parentId);
        return m == null ? null : m.get(iso2);
    }

    public boolean isModifier(String lower) {
        return modifiers.contains(lower);
    }

    public boolean isMember(String lower) {
        return members.contains(lower);
    }

    /** "same" (GNA-aligned: the actor itself), "proxy" (Iranian-backed: a new actor with that parent), or null. */
    public String affiliation(String lower) {
        return affiliations.get(lower);
    }

    public boolean isCrowd(String lower) {
        return crowd.contains(lower);
    }

    public boolean isProtestWord(String lower) {
        return protestWords.contains(lower);
    }

    public boolean isRiotWord(String lower) {
        return riotWords.contains(lower);
    }

    /** "villagers attacked", "youths assaulted": an assault verb that, right after a crowd noun, makes it rioters. */
    public boolean isAssaultWord(String lower) {
        return assaultWords.contains(lower);
    }

    public boolean isStateVerb(String lower) {
        return stateVerbs.contains(lower);
    }

    public boolean isBranch(String lower) {
        return branches.contains(lower);
    }

    public ActorKind groupHead(String lower) {
        return groupHeads.get(lower);
    }

    /**
     * The longest alias match starting at token {@code i} valid on {@code date}; {@code context} says whether
     * the position is in an actor context (for aliases marked {@code ?}). Ties go to the earlier row.
     */
    public Match match(NormTokens t, int i, LocalDate date, java.util.function.IntPredicate context) {
        return match(t, i, date, context, null);
    }

    /**
     * As {@link #match(NormTokens, int, LocalDate, java.util.function.IntPredicate)}, in a document whose focus
     * country is {@code focus}: aliases marked {@code {XX}} only match there, and among equally long matches an
     * actor of the focus country is preferred ("NAF" in a Ukrainian or a Nigerian report).
     */
    public Match match(NormTokens t, int i, LocalDate date, java.util.function.IntPredicate context, String focus) {
        Node n = aliasTrie;
        Match best = null;
        int bestOrder = Integer.MAX_VALUE;
        boolean bestLocal = false;
        for (int j = i; j < t.size(); j++) {
            n = n.get(fold(t.lower(j)));
            if (n == null) {
                break;
            }
            if (n.refs != null) {
                for (AliasRef r : n.refs) {
                    if (!r.entry().validOn(date) || !exactOk(t, i, r.exact()) || !leftOk(t, i, r.leftContext())) {
                        continue;
                    }
                    if (r.needsContext() && !context.test(i)) {
                        continue;
                    }
                    if (r.focusCountries() != null && (focus == null || !r.focusCountries().contains(focus))) {
                        continue;
                    }
                    boolean local = focus != null && focus.equals(r.entry().country()) || r.focusCountries() != null;
                    boolean longer = best == null || j + 1 > best.end();
                    boolean tieWins = best != null && j + 1 == best.end()
                            && (local && !bestLocal || local == bestLocal && r.order() < bestOrder);
                    if (longer || tieWins) {
                        best = new Match(r.entry(), i, j + 1);
                        bestOrder = r.order();
                        bestLocal = local;
                    }
                }
            }
        }
        return best;
    }

    private static boolean exactOk(NormTokens t, int i, String[] exact) {
        if (exact == null) {
            return true;
        }
        for (int k = 0; k < exact.length; k++) {
            if (exact[k] != null && !exact[k].equals(t.exact(i + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean leftOk(NormTokens t, int i, String[] left) {
        if (left == null) {
            return true;
        }
        if (i < left.length) {
            return false;
        }
        for (int k = 0; k < left.length; k++) {
            if (!left[k].equals(fold(t.lower(i - left.length + k)))) {
                return false;
            }
        }
        return true;
    }

    /** The longest country name, alias or demonym starting at token {@code i}, or null. */
    public CountryMatch country(NormTokens t, int i) {
        Node n = countryTrie;
        CountryMatch best = null;
        for (int j = i; j < t.size(); j++) {
            n = n.get(t.lower(j));
            if (n == null) {
                break;
            }
            if (n.countries != null) {
                for (String c : n.countries) {
                    int bar = c.indexOf('|');
                    if (bar < 0) {
                        best = new CountryMatch(c, i, j + 1);
                        break;
                    }
                    String[] ex = c.substring(bar + 1).split("\\|", -1);
                    boolean ok = true;
                    for (int k = 0; k < ex.length && ok; k++) {
                        ok = ex[k].isEmpty() || ex[k].equals(t.exact(i + k));
                    }
                    if (ok) {
                        best = new CountryMatch(c.substring(0, bar), i, j + 1);
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** The longest state force noun starting at token {@code i} ("security forces", "police"), or null. */
    public RoleMatch role(NormTokens t, int i) {
        Node n = roleTrie;
        RoleMatch best = null;
        for (int j = i; j < t.size(); j++) {
            n = n.get(t.lower(j));
            if (n == null) {
                break;
            }
            if (n.role != null) {
                best = new RoleMatch(n.role, i, j + 1);
            }
        }
        return best;
    }

    /** End (exclusive) of the longest anaphor ("the group", "the terror group") starting at {@code i}, or -1. */
    public int anaphor(NormTokens t, int i) {
        Node n = anaphorTrie;
        int end = -1;
        for (int j = i; j < t.size(); j++) {
            n = n.get(t.lower(j));
            if (n == null) {
                break;
            }
            if (n.refs != null) {
                end = j + 1;
            }
        }
        return end;
    }

    /** The state entry of a country for a role. */
    public ActorEntry state(String iso2, StateRole role) {
        return switch (role) {
            case MILITARY -> byId.get("state:" + iso2 + ":military");
            case POLICE -> byId.get("state:" + iso2 + ":police");
            case GOV -> byId.get("gov:" + iso2);
            case MINISTRY -> byId.get("gov:" + iso2 + ":ministry");
        };
    }
}
