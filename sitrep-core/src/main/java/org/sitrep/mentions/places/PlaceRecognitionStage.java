package org.sitrep.mentions.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.NameKey;
import org.sitrep.resolve.gazetteer.CountryTable;
import org.sitrep.resources.ResourceFile;

/**
 * Finds place expressions: gazetteer names (multi-word, accent-folded, possessive "Sirte's"), demonyms and
 * adjectives ("Libyan": context only), parts of countries ("eastern Libya") and relative expressions ("south of
 * Sirte", "on the outskirts of Kabul", "20 km from Kabul": relation NEAR). Rejects common words that are place
 * names (capitalisation, stoplists, a population floor) and place names inside person and organisation names
 * ("Jordan Hill", "Washington Post", "Abu Bakr al Baghdadi"). Lookup hashes the normalised tokens incrementally
 * (a trie over name keys), so no strings are built per candidate span. Stateless and thread-safe.
 */
public final class PlaceRecognitionStage implements Stage {
    /** Longest name, in tokens. */
    private static final int MAX_TOKENS = 7;
    private static final int MAX_CANDIDATES = 24;
    private final Gazetteer gazetteer;
    /** Demonym key → country entry. */
    private final Map<Long, Place> demonyms = new HashMap<>();
    /** Keys of demonyms of more than one word ("South Sudanese") and their prefixes. */
    private final Set<Long> demonymPrefixes = new HashSet<>();
    private final Set<Long> countryNameKeys = new HashSet<>();

    public PlaceRecognitionStage(Gazetteer gazetteer) {
        this(gazetteer, CountryTable.standard());
    }

    public PlaceRecognitionStage(Gazetteer gazetteer, CountryTable countries) {
        this.gazetteer = gazetteer;
        for (CountryTable.Country c : countries.all()) {
            Place p = gazetteer.country(c.iso2());
            if (p == null) {
                continue;
            }
            countryNameKeys.add(NameKey.of(c.name()));
            for (String a : c.aliases()) {
                countryNameKeys.add(NameKey.of(a));
            }
            for (String d : c.demonyms()) {
                addDemonym(d, p);
            }
        }
        loadCues("places/country_cues.tsv");
        for (String[] rd : PlaceWords.REGION_DEMONYMS) {
            for (Place p : gazetteer.candidates(rd[1])) {
                if (!p.isPopulatedPlace() && !p.isCountry() && !p.isAdminRegion()) {
                    addDemonym(rd[0], p);
                    break;
                }
            }
        }
    }

    /** Country cue words ("dharna", "upazila") by canonical form: weak country context, like a demonym. */
    private final Map<String, Place> cues = new HashMap<>();
    /** First two letters of the cue words (a-z pairs), to skip most tokens without folding them. */
    private final boolean[] cueFirst = new boolean[26 * 26];
    private int cueMinLen = Integer.MAX_VALUE;
    private int cueMaxLen = 0;

    private void loadCues(String resource) {
        ResourceFile f = ResourceFile.load(resource);
        for (ResourceFile.Row r : f.rows()) {
            String cue = NameKey.canonical(r.get(0));
            Place p = gazetteer.country(r.get(1).trim());
            if (cue.isEmpty()) {
                throw f.error(r, "cue '" + r.get(0) + "' is empty; write a word or a phrase of words");
            }
            if (p == null) {
                continue; // a gazetteer without that country (test gazetteers)
            }
            int sp = cue.indexOf(' ');
            if (sp > 0) {
                // a phrase ("lok sabha", "local government area"): found by its first word, then its other words
                phraseCues.computeIfAbsent(cue.substring(0, sp), x -> new ArrayList<>(2))
                        .add(new PhraseCue(cue.substring(sp + 1).split(" "), p));
                cue = cue.substring(0, sp);
            } else {
                cues.put(cue, p);
            }
            char c0 = cue.charAt(0);
            char c1 = cue.charAt(1);
            if (c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z') {
                throw f.error(r, "cue '" + r.get(0) + "' must start with two plain letters");
            }
            cueFirst[(c0 - 'a') * 26 + (c1 - 'a')] = true;
            cueMinLen = Math.min(cueMinLen, cue.length());
            cueMaxLen = Math.max(cueMaxLen, cue.length());
        }
    }

    /** Cue phrases by their first word: the words after it and the country. */
    private final Map<String, List<PhraseCue>> phraseCues = new HashMap<>();

    private record PhraseCue(String[] rest, Place country) {
    }

    /**
     * The country cue that starts at token i, its last token in {@code last[0]}; null when none. A phrase ("Lok
     * Sabha") wins over a word.
     */
    private Place cue(Toks tk, int i, int[] last) {
        Token t = tk.tokens.get(i);
        if (t.kind() != Token.Kind.WORD || t.length() < cueMinLen || t.length() > cueMaxLen) {
            return null;
        }
        char c0 = Character.toLowerCase(tk.text.charAt(t.start()));
        char c1 = Character.toLowerCase(tk.text.charAt(t.start() + 1));
        if (c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || !cueFirst[(c0 - 'a') * 26 + (c1 - 'a')]) {
            return null;
        }
        String w = tk.c(i);
        List<PhraseCue> phrases = phraseCues.get(w);
        if (phrases != null) {
            for (PhraseCue pc : phrases) {
                int j = i;
                boolean all = true;
                for (String r : pc.rest()) {
                    j++;
                    if (!tk.word(j) || tk.tokens.get(j).start() - tk.tokens.get(j - 1).end() > 1 || !tk.c(j).equals(r)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    last[0] = j;
                    return pc.country();
                }
            }
        }
        last[0] = i;
        return cues.get(w);
    }

    private void addDemonym(String form, Place p) {
        String canon = NameKey.canonical(form);
        if (canon.isEmpty()) {
            return;
        }
        demonyms.putIfAbsent(NameKey.hash(canon), p);
        int sp = canon.indexOf(' ');
        while (sp > 0) {
            demonymPrefixes.add(NameKey.hash(canon.substring(0, sp)));
            sp = canon.indexOf(' ', sp + 1);
        }
    }

    @Override
    public String name() {
        return "places.recognize";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACE_MENTIONS);
    }

    /** Per-document token view: canonical forms and shapes. */
    private static final class Toks {
        final String text;
        final List<Token> tokens;
        final String[] canon;
        final boolean[] cap;
        final boolean[] sentenceStart;
        /** The first word of a sentence (not after a bracket, quote or colon). */
        final boolean[] firstWord;
        final boolean[] titleCase;

        Toks(Document doc) {
            text = doc.text();
            tokens = pieces(text, doc.get(Layers.TOKENS));
            int n = tokens.size();
            canon = new String[n];
            cap = new boolean[n];
            sentenceStart = new boolean[n];
            firstWord = new boolean[n];
            titleCase = new boolean[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                char c = text.charAt(t.start());
                cap[i] = t.kind() == Token.Kind.WORD && (Character.isUpperCase(c) || Character.isTitleCase(c));
            }
            List<Sentence> sentences = doc.get(Layers.SENTENCES);
            int k = 0;
            for (Sentence s : sentences) {
                while (k < n && tokens.get(k).start() < s.start()) {
                    k++;
                }
                int first = -1;
                int words = 0;
                int caps = 0;
                int j = k;
                for (; j < n && tokens.get(j).end() <= s.end(); j++) {
                    if (tokens.get(j).kind() == Token.Kind.WORD) {
                        if (first < 0) {
                            first = j;
                        }
                        if (tokens.get(j).length() > 3 && first != j) {
                            words++;
                            if (cap[j]) {
                                caps++;
                            }
                        }
                    }
                }
                if (first >= 0) {
                    sentenceStart[first] = true;
                    firstWord[first] = true;
                }
                boolean tc = words >= 4 && caps * 10 >= words * 8;
                for (int x = k; x < j; x++) {
                    titleCase[x] = tc;
                }
                k = j;
            }
            // a word right after an opening quote, a colon or a dash also starts a clause
            for (int i = 1; i < n; i++) {
                Token p = tokens.get(i - 1);
                if (p.kind() == Token.Kind.PUNCT) {
                    char c = text.charAt(p.start());
                    if (c == '"' || c == '“' || c == ':' || c == '(' || c == '—' || c == '–' || c == '|') {
                        sentenceStart[i] = true;
                    }
                }
            }
        }

        /** Splits hyphenated words into their parts ("Tbilisi-based", "Arab-Israeli") so names inside them are found. */
        static List<Token> pieces(String text, List<Token> tokens) {
            List<Token> out = null;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int h = -1;
                if (t.kind() == Token.Kind.WORD) {
                    for (int k = t.start() + 1; k < t.end() - 1; k++) {
                        char c = text.charAt(k);
                        if (c == '-' || c == '‑') {
                            h = k;
                            break;
                        }
                    }
                }
                if (h < 0) {
                    if (out != null) {
                        out.add(t);
                    }
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(tokens.size() + 8);
                    out.addAll(tokens.subList(0, i));
                }
                int from = t.start();
                for (int k = t.start(); k <= t.end(); k++) {
                    if (k == t.end() || text.charAt(k) == '-' || text.charAt(k) == '‑') {
                        if (k > from) {
                            out.add(new Token(from, k, Token.Kind.WORD));
                        }
                        from = k + 1;
                    }
                }
            }
            return out == null ? tokens : out;
        }

        /** Whether token i is an abbreviation dot glued to the word before it ("St." in "St. Louis"). */
        boolean abbreviationDot(int i) {
            return i > 0 && punct(i, '.') && tokens.get(i - 1).end() == tokens.get(i).start()
                    && tokens.get(i - 1).kind() == Token.Kind.WORD && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Token.Kind.WORD;
        }

        String lower(int i) {
            return i >= 0 && i < canon.length ? c(i) : "";
        }

        /** Canonical form of token i, computed on first use. */
        String c(int i) {
            String s = canon[i];
            if (s == null) {
                Token t = tokens.get(i);
                s = NameKey.canonical(text.subSequence(t.start(), t.end()));
                canon[i] = s;
            }
            return s;
        }

        boolean word(int i) {
            return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD;
        }

        boolean punct(int i, char c) {
            if (i < 0 || i >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(i);
            return t.length() == 1 && text.charAt(t.start()) == c;
        }

        /** Whether token i ends with a possessive 's. */
        boolean possessive(int i) {
            Token t = tokens.get(i);
            int e = t.end();
            return t.length() > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’');
        }

        boolean allCaps(int i) {
            Token t = tokens.get(i);
            for (int k = t.start(); k < t.end(); k++) {
                if (Character.isLowerCase(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public Document process(Document doc) {
        Toks tk = new Toks(doc);
        List<PlaceMention> out = new ArrayList<>();
        Set<String> personWords = new HashSet<>();
        int[] cueLast = new int[1];
        int n = tk.tokens.size();
        int i = 0;
        while (i < n) {
            Place cueCountry = cue(tk, i, cueLast);
            if (cueCountry != null) {
                Token t = tk.tokens.get(i);
                Token u = tk.tokens.get(cueLast[0]);
                out.add(new PlaceMention(t.start(), u.end(), t.start(), u.end(), tk.text.substring(t.start(), u.end()),
                        PlaceMention.Kind.DEMONYM, PlaceMention.Relation.IN, List.of(cueCountry)));
                i = cueLast[0] + 1;
                continue;
            }
            if (!tk.cap[i]) {
                i++;
                continue;
            }
            int end = -1;
            boolean endPossessive = false;
            long h = NameKey.start();
            int parts = 0;
            // toponym: longest gazetteer name starting at i
            for (int j = i; j < n && j < i + MAX_TOKENS; j++) {
                if (j > i && tk.abbreviationDot(j)) {
                    continue; // "St. Petersburg"
                }
                if (tk.tokens.get(j).kind() != Token.Kind.WORD) {
                    break;
                }
                if (j > i && tk.tokens.get(j).start() - tk.tokens.get(j - 1).end() > 2) {
                    break;
                }
                String c = tk.c(j);
                if (c.isEmpty()) {
                    break;
                }
                if (tk.possessive(j)) {
                    String base = NameKey.canonical(tk.text.subSequence(tk.tokens.get(j).start(), tk.tokens.get(j).end() - 2));
                    long hb = NameKey.finish(NameKey.append(h, base, parts == 0));
                    if ((gazetteer.probe(hb) & Gazetteer.NAME) != 0 && tk.cap[j]) {
                        end = j;
                        endPossessive = true;
                    }
                    // a name with a possessive inside goes on ("People's Republic of China"), but never ends at
                    // the possessive ("Canada's" is no "Canadas", "Hill's" no "Hills"); any other name stops here
                    if ((gazetteer.probe(NameKey.finish(NameKey.append(h, c, parts == 0))) & Gazetteer.PREFIX) == 0) {
                        break;
                    }
                }
                h = NameKey.append(h, c, parts == 0);
                parts++;
                long key = NameKey.finish(h);
                int flags = gazetteer.probe(key);
                if ((flags & Gazetteer.NAME) != 0 && tk.cap[j] && !tk.possessive(j)) {
                    end = j;
                    endPossessive = false;
                }
                if ((flags & Gazetteer.PREFIX) == 0) {
                    break;
                }
            }
            // demonym: "Libyan", "South Sudanese"
            int dEnd = -1;
            Place dCountry = null;
            long dh = NameKey.start();
            for (int j = i; j < n && j < i + 3; j++) {
                if (tk.tokens.get(j).kind() != Token.Kind.WORD) {
                    break;
                }
                String c = tk.c(j);
                if (tk.possessive(j)) {
                    c = NameKey.canonical(tk.text.subSequence(tk.tokens.get(j).start(), tk.tokens.get(j).end() - 2));
                }
                dh = NameKey.append(dh, c, j == i);
                long key = NameKey.finish(dh);
                Place p = demonyms.get(key);
                if (p != null && tk.cap[j]) {
                    dEnd = j;
                    dCountry = p;
                }
                if (!demonymPrefixes.contains(key)) {
                    break;
                }
            }
            if (end >= 0 && end >= dEnd && modifierNext(tk, end)) {
                // "US dollar", "Turkey-backed": a country name used as an adjective, context like a demonym
                List<Place> cands = gazetteer.candidates(nameKey(tk, i, end, false), MAX_CANDIDATES);
                if (!cands.isEmpty() && cands.get(0).isCountry()) {
                    Token a = tk.tokens.get(i);
                    Token b = tk.tokens.get(end);
                    out.add(new PlaceMention(a.start(), b.end(), a.start(), b.end(), tk.text.substring(a.start(), b.end()),
                            PlaceMention.Kind.DEMONYM, PlaceMention.Relation.IN, List.of(cands.get(0))));
                    i = end + 1;
                    continue;
                }
            }
            // "the Somali capital", "Kenya's capital": the country's capital city
            int capEnd = dEnd >= 0 && dEnd >= end ? dEnd : end >= 0 && endPossessive ? end : -1;
            if (capEnd >= 0 && capitalWord(tk, capEnd + 1)) {
                Place country = capEnd == dEnd && dCountry != null ? dCountry : null;
                if (country == null) {
                    List<Place> cs = gazetteer.candidates(nameKey(tk, i, capEnd, true), MAX_CANDIDATES);
                    country = cs.isEmpty() || !cs.get(0).isCountry() ? null : cs.get(0);
                }
                Place capital = country != null && country.isCountry() ? gazetteer.capital(country.country()) : null;
                if (capital != null) {
                    // the word "capital" is the city; the country's name or demonym stays a mention of its own
                    out.add(capitalMention(tk, capEnd + 1, capital));
                }
            }
            if (dEnd >= 0 && dEnd >= end && !(end == dEnd && townAfterLocative(tk, i, end))) {
                long key = nameKey(tk, i, dEnd, false);
                if (!countryNameKeys.contains(key) || end < dEnd) {
                    Token a = tk.tokens.get(i);
                    Token b = tk.tokens.get(dEnd);
                    int nameEnd = tk.possessive(dEnd) ? b.end() - 2 : b.end();
                    out.add(new PlaceMention(a.start(), nameEnd, a.start(), nameEnd, tk.text.substring(a.start(), nameEnd),
                            PlaceMention.Kind.DEMONYM, PlaceMention.Relation.IN, List.of(dCountry)));
                    i = dEnd + 1;
                    continue;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            PlaceMention m = accept(tk, i, end, endPossessive, personWords, out);
            if (m != null) {
                out.add(m);
                // "the capital of Somalia": the word "capital" is the capital city
                if (i >= 2 && tk.lower(i - 1).equals("of") && capitalWord(tk, i - 2) && !endPossessive
                        && !m.candidates().isEmpty() && m.candidates().get(0).isCountry()) {
                    Place capital = gazetteer.capital(m.candidates().get(0).country());
                    if (capital != null) {
                        out.add(capitalMention(tk, i - 2, capital));
                    }
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        // a word used in a person's name elsewhere in the document is a name here too ("Obama" after "Barack Obama")
        if (!personWords.isEmpty()) {
            out.removeIf(m -> m.kind() == PlaceMention.Kind.TOPONYM && personWords.contains(NameKey.canonical(m.name()))
                    && !m.candidates().isEmpty() && !m.candidates().get(0).isCountry());
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return doc.with(Layers.PLACE_MENTIONS, out, name());
    }


    /** Whether tokens j.. are ", NN," or ", NN)": a person's age after the name ("Charlie Chen, 48, of Tyler"). */
    private static boolean age(Toks tk, int j) {
        if (!tk.punct(j, ',') || j + 2 >= tk.tokens.size() || tk.tokens.get(j + 1).kind() != Token.Kind.NUMBER) {
            return false;
        }
        Token num = tk.tokens.get(j + 1);
        return num.end() - num.start() <= 3 && (tk.punct(j + 2, ',') || tk.punct(j + 2, ')'));
    }

    /** Whether token j is a single capital letter right before its dot ("D." in "Matthew D. Flores"). */
    private static boolean initial(Toks tk, int j) {
        Token t = tk.tokens.get(j);
        return tk.word(j) && t.end() - t.start() == 1 && Character.isUpperCase(tk.text.charAt(t.start()))
                && j + 1 < tk.tokens.size() && tk.tokens.get(j + 1).start() == t.end()
                && t.start() > 0 && tk.text.charAt(t.start() - 1) == ' ' // not "D-W. Va."
                && j >= 1 && tk.tokens.get(j - 1).end() - tk.tokens.get(j - 1).start() >= 2;
    }

    private static PlaceMention capitalMention(Toks tk, int j, Place capital) {
        Token t = tk.tokens.get(j);
        return new PlaceMention(t.start(), t.end(), t.start(), t.end(), tk.text.substring(t.start(), t.end()),
                PlaceMention.Kind.TOPONYM, PlaceMention.Relation.IN, List.of(capital));
    }

    /** Whether token j is the lower-case word "capital" right after the name ("Kenyan capital", not "Capital FM"). */
    private static boolean capitalWord(Toks tk, int j) {
        if (!tk.word(j) || tk.cap[j] && !tk.titleCase[j] || !tk.lower(j).equals("capital")) {
            return false;
        }
        return !(tk.word(j + 1) && PlaceWords.CAPITAL_NOT_CITY.contains(tk.lower(j + 1)));
    }

    /** Whether the word after token {@code end} makes the name a modifier ("Saudi-led", "Turkey backed", "US dollar"). */
    private static boolean modifierNext(Toks tk, int end) {
        return tk.word(end + 1) && !tk.possessive(end) && PlaceWords.MODIFIER_HEADS.contains(tk.lower(end + 1))
                && tk.tokens.get(end + 1).start() - tk.tokens.get(end).end() <= 1;
    }

    /**
     * Whether token i is the second part of a hyphenated word whose first part is neither a place, a demonym nor a
     * prefix ("Extreme-Nord", "Vila-Nova" are other names; "Kabul-Kandahar", "pro-Kabul" are not).
     */
    private static boolean insideHyphenated(Toks tk, int i, List<PlaceMention> out) {
        if (i == 0) {
            return false;
        }
        Token t = tk.tokens.get(i);
        Token p = tk.tokens.get(i - 1);
        if (p.end() + 1 != t.start() || tk.text.charAt(p.end()) != '-' && tk.text.charAt(p.end()) != '‑'
                || p.kind() != Token.Kind.WORD) {
            return false;
        }
        if (PlaceWords.HYPHEN_PREFIXES.contains(tk.lower(i - 1)) || !tk.cap[i - 1]) {
            return false;
        }
        return out.isEmpty() || out.get(out.size() - 1).nameEnd() != p.end();
    }

    /** Words that may follow a town's name where a demonym would be followed by its noun. */
    private static final Set<String> AFTER_TOWN = Set.of("on", "in", "at", "and", "near", "where", "when", "after",
            "during", "last", "this", "for", "to", "from", "with", "while", "since", "was", "were", "is", "are", "has",
            "have", "had");

    /**
     * Whether a word that is both a demonym and a town's own name is used as the town: after "in", "near", "at"...
     * and before no noun ("a clinic near Brits", "unrest in Brits on Monday"; not "in Afghan villages").
     */
    private boolean townAfterLocative(Toks tk, int i, int end) {
        if (i == 0 || !tk.word(i - 1) || !PlaceWords.LOCATIVE.contains(tk.lower(i - 1))) {
            return false;
        }
        int nx = end + 1;
        if (tk.word(nx) && !tk.cap[nx] && !AFTER_TOWN.contains(tk.lower(nx))) {
            return false;
        }
        String whole = NameKey.canonical(tk.text.substring(tk.tokens.get(i).start(), tk.tokens.get(end).end()));
        for (Place c : gazetteer.candidates(nameKey(tk, i, end, false), MAX_CANDIDATES)) {
            if (c.isPopulatedPlace() && c.population() >= 5_000 && NameKey.canonical(c.name()).equals(whole)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name [i, end] is a piece of a hyphenated common phrase joined by a function word ("Hit-and-run",
     * "Face-to-face"): the phrase is no place, whatever its pieces name.
     */
    static boolean inHyphenPhrase(Toks tk, int i, int end) {
        int n = tk.tokens.size();
        // every other piece of the hyphenated word lowercase ("Hit-and-run"; not "Goleta-foothills-to-Carpinteria")
        for (int j = end; j + 1 < n && hyphenBetween(tk, j, j + 1); j++) {
            if (tk.cap[j + 1]) {
                return false;
            }
        }
        for (int j = i; j - 1 >= 0 && hyphenBetween(tk, j - 1, j); j--) {
            if (tk.cap[j - 1]) {
                return false;
            }
        }
        if (end + 2 < n && hyphenBetween(tk, end, end + 1) && tk.word(end + 1) && !tk.cap[end + 1]
                && PlaceWords.PHRASE_LINKS.contains(tk.lower(end + 1)) && hyphenBetween(tk, end + 1, end + 2)) {
            return true;
        }
        return i >= 2 && hyphenBetween(tk, i - 1, i) && tk.word(i - 1) && !tk.cap[i - 1]
                && PlaceWords.PHRASE_LINKS.contains(tk.lower(i - 1)) && hyphenBetween(tk, i - 2, i - 1);
    }

    /** Whether tokens a and b are the pieces of one hyphenated word ("hit" and "and" in "hit-and-run"). */
    private static boolean hyphenBetween(Toks tk, int a, int b) {
        Token x = tk.tokens.get(a);
        Token y = tk.tokens.get(b);
        if (x.end() + 1 != y.start()) {
            return false;
        }
        char c = tk.text.charAt(x.end());
        return c == '-' || c == '‑';
    }

    private static long nameKey(Toks tk, int from, int to, boolean possessive) {
        long h = NameKey.start();
        boolean firstPart = true;
        for (int j = from; j <= to; j++) {
            String c = tk.c(j);
            if (c.isEmpty()) {
                continue; // the dot of "St."
            }
            if (j == to && possessive) {
                c = NameKey.canonical(tk.text.subSequence(tk.tokens.get(j).start(), tk.tokens.get(j).end() - 2));
            }
            h = NameKey.append(h, c, firstPart);
            firstPart = false;
        }
        return NameKey.finish(h);
    }

    /**
     * The first-order divisions a division word fits when the name is a division in several countries: "Punjab
     * State" keeps the divisions of countries whose divisions are states (India's Punjab), "Punjab province" the
     * others (Pakistan's). The candidates unchanged when the word tells them apart no further.
     */
    static List<Place> byDivisionWord(List<Place> cands, String word) {
        boolean state = word.equals("state");
        if (!state && !word.equals("province")) {
            return cands;
        }
        List<Place> fit = null;
        int admin1 = 0;
        for (Place p : cands) {
            if (!p.isAdmin1() || p.country() == null) {
                continue;
            }
            admin1++;
            if (PlaceWords.STATE_COUNTRIES.contains(p.country()) == state) {
                if (fit == null) {
                    fit = new ArrayList<>(cands.size());
                }
                fit.add(p);
            }
        }
        if (fit == null || fit.size() == admin1) {
            return cands;
        }
        for (Place p : cands) {
            if (!p.isAdmin1() && !fit.contains(p) && p.country() != null && fit.get(0).country().equals(p.country())) {
                fit.add(p); // other readings in the country kept (a town named like its division)
            }
        }
        return fit;
    }

    private static boolean countryOrRegionOrBig(List<Place> cands) {
        for (Place c : cands) {
            if (c.isCountry() || c.isAdmin1() || c.population() >= PlaceWords.COMMON_MIN_POP) {
                return true;
            }
        }
        return false;
    }

    /** Whether a candidate is a country or has a million people: then "Virginia Smith" may still be a place. */
    private static boolean countryOrMillion(List<Place> cands) {
        for (Place c : cands) {
            if (c.isCountry() || c.population() >= 1_000_000) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyCountryOrAdmin1(List<Place> cands) {
        for (Place c : cands) {
            if (c.isCountry() || c.isAdmin1()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a candidate is a world region or continent ("EU" for the European Union, beside Eu in France). */
    private static boolean namesWorldRegion(List<Place> cands) {
        for (Place c : cands) {
            if ("RGN".equals(c.featureCode()) || "CONT".equals(c.featureCode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownNameOfAny(List<Place> cands, String canon) {
        for (Place c : cands) {
            if (NameKey.canonical(c.name()).equals(canon)) {
                return true;
            }
        }
        return false;
    }

    /** Applies the rejection rules to the name tokens [i, end] and builds the mention with its context. */
    private PlaceMention accept(Toks tk, int i, int end, boolean possessive, Set<String> personWords,
                                List<PlaceMention> out) {
        long key = nameKey(tk, i, end, possessive);
        List<Place> cands = gazetteer.candidates(key, MAX_CANDIDATES);
        if (cands.isEmpty()) {
            return null;
        }
        Place top = cands.get(0);
        boolean single = i == end;
        if (insideHyphenated(tk, i, out) || inHyphenPhrase(tk, i, end)) {
            return null;
        }
        if (single && PlaceWords.COMPASS_PREFIXES.contains(tk.c(i)) && tk.word(i + 1) && tk.cap[i + 1]
                && tk.tokens.get(i + 1).start() == tk.tokens.get(i).end() + 1
                && tk.text.charAt(tk.tokens.get(i).end()) == '-') {
            return null; // "Sud-Kivu", "Haut-Katanga": a compass word of a longer division name
        }
        if (PlaceWords.NEIGHBOURHOOD_HEADS.contains(tk.c(i)) && (single ? tk.word(i + 1) && tk.cap[i + 1]
                : !countryOrRegionOrBig(cands))) {
            return null; // "Colonia Libertad", "Jardim Gloria": a neighbourhood of the town named nearby
        }
        if (single && PlaceWords.GENERIC_HEADS.contains(tk.c(i)) && (tk.word(i + 1) && tk.cap[i + 1]
                || tk.word(i + 2) && tk.cap[i + 2] && PlaceWords.ARTICLES.contains(tk.lower(i + 1)))) {
            return null; // "Madinat as Saleh", "Jebel Marra": the head of a longer name the gazetteer lacks
        }
        if (tk.word(end + 2) && tk.cap[end + 2] && PlaceWords.ARTICLES.contains(tk.lower(end + 1))
                && !tk.cap[end + 1] && !top.isCountry() && !top.isAdmin1()
                && tk.tokens.get(end + 1).start() - tk.tokens.get(end).end() <= 1) {
            return null; // "Kafr as Sous": a name continued by an Arabic article is a longer, unknown name
        }
        // "Anderson County", "Orange County": a division word after the name vouches for it
        boolean divisionNext = !possessive && tk.word(end + 1) && PlaceWords.DIVISION_WORDS.contains(tk.lower(end + 1));
        String first = tk.c(i);
        String whole = single ? (possessive ? NameKey.canonical(tk.text.substring(tk.tokens.get(i).start(),
                tk.tokens.get(i).end() - 2)) : first) : null;
        boolean bigOrRegion = false;
        for (Place p : cands) {
            if (p.isCountry() || p.isAdmin1() || p.population() >= PlaceWords.COMMON_MIN_POP
                    || "CONT".equals(p.featureCode()) || "RGN".equals(p.featureCode())) {
                bigOrRegion = true;
                break;
            }
        }
        if (single) {
            if (PlaceWords.NEVER.contains(whole)) {
                return null;
            }
            if (PlaceWords.NEEDS_DOT.contains(whole) && !(tk.punct(i + 1, '.') && tk.tokens.get(i + 1).start() == tk.tokens.get(i).end())) {
                return null;
            }
            if (PlaceWords.ERAS.contains(whole) && i >= 1 && tk.tokens.get(i - 1).kind() == Token.Kind.NUMBER) {
                return null; // "300 BC": an era, not British Columbia
            }
            if (whole.length() < 3 && !top.isCountry() && top.isPopulatedPlace() && !namesWorldRegion(cands)
                    && tk.text.substring(tk.tokens.get(i).start(), tk.tokens.get(i).end()).indexOf('.') < 0) {
                return null;
            }
            if (whole.length() < 3 && namesWorldRegion(cands) && !tk.titleCase[i]
                    && Character.isUpperCase(tk.text.charAt(tk.tokens.get(i).end() - 1))) {
                // "EU" in capitals: the acronym of the region, not a small town of that name (Eu, France)
                List<Place> regions = new ArrayList<>(2);
                for (Place c : cands) {
                    if ("RGN".equals(c.featureCode()) || "CONT".equals(c.featureCode())) {
                        regions.add(c);
                    }
                }
                cands = regions;
                top = cands.get(0);
            }
            if (PlaceWords.COMMON.contains(whole) && (tk.sentenceStart[i] || !bigOrRegion || !ownNameOfAny(cands, whole))
                    && !divisionNext) {
                return null;
            }
            if (tk.allCaps(i) && !tk.titleCase[i] && !bigOrRegion) {
                return null; // an acronym
            }
            if (tk.allCaps(i) && whole.length() <= 4 && !ownNameOfAny(cands, whole) && !anyCountryOrAdmin1(cands)
                    && !namesWorldRegion(cands)) {
                return null; // an acronym that is some town's other name ("JWS")
            }
            if (tk.sentenceStart[i] && !bigOrRegion && (top.population() < 5000
                    || tk.firstWord[i] && !ownNameOfAny(cands, whole))) {
                return null; // a capitalised sentence-initial word that names only small places, or only by another name
            }
            if (PlaceWords.ORG_TAILS.contains(whole) && i > 0 && tk.word(i - 1) && tk.cap[i - 1] && !tk.sentenceStart[i - 1]
                    || PlaceWords.ORG_TAILS.contains(whole) && tk.lower(i - 1).equals("the")) {
                return null; // "Lok Sabha", "Kisan Sangha", "the Sabha": part of an organisation's name
            }
        }
        String full = single ? whole : NameKey.canonical(tk.text.substring(tk.tokens.get(i).start(), tk.tokens.get(end).end()));
        if (!single && PlaceWords.NEVER.contains(full)) {
            return null; // "White House", "Notre Dame"
        }
        if (single) {
            String raw = tk.text.substring(tk.tokens.get(i).start(), tk.tokens.get(i).end());
            int apo = Math.max(raw.indexOf('\''), raw.indexOf('’'));
            if (apo > 0 && !possessive && (apo <= 2 || PlaceWords.NEVER.contains(NameKey.canonical(raw.substring(0, apo))))) {
                return null; // "I've", "don't"
            }
        }
        boolean big = false;
        for (Place c : cands) {
            if (c.isCountry() || c.isAdmin1() || c.population() >= 1_000_000 || !c.isPopulatedPlace()) {
                big = true;
                break;
            }
        }
        if (single && PlaceWords.PERSON_NAMES.contains(whole) && !bigOrRegion && !divisionNext) {
            personWords.add(whole);
            return null; // "Jones", "Kelly": a person unless a big place has the name
        }
        boolean countryOrRegion = top.isCountry() || top.isAdmin1() || !top.isPopulatedPlace();
        // person and organisation names around the toponym
        if (!tk.titleCase[i] && !divisionNext) {
            int p = i - 1;
            if (p >= 0 && tk.word(p) && PlaceWords.TITLES.contains(tk.lower(p))
                    || p >= 0 && tk.punct(p, '.') && p - 1 >= 0 && PlaceWords.TITLES.contains(tk.lower(p - 1))
                    && tk.lower(p - 1).length() <= 4 && tk.tokens.get(p - 1).end() == tk.tokens.get(p).start()) {
                personWords.add(tk.c(end));
                return null;
            }
            if (p >= 2 && tk.punct(p, '.') && initial(tk, p - 1) && tk.word(p - 2) && tk.cap[p - 2]
                    && !PlaceWords.NEVER.contains(tk.lower(p - 2)) && !top.isCountry()) {
                personWords.add(tk.c(end));
                return null; // "Matthew D. Flores": a given name and a middle initial before the name
            }
            if (p >= 0 && tk.word(p) && tk.cap[p] && !tk.sentenceStart[p] && age(tk, end + 1) && !countryOrRegion) {
                personWords.add(tk.c(end));
                return null; // "Charlie Chen, 48, was charged": a name and an age
            }
            if (p >= 1 && tk.word(p) && PlaceWords.NAME_PARTICLES.contains(tk.lower(p)) && tk.cap[p - 1]
                    && !PlaceWords.NEVER.contains(tk.lower(p - 1))) {
                personWords.add(tk.c(end));
                return null;
            }
            if (p >= 0 && tk.cap[p] && !tk.sentenceStart[p] && !PlaceWords.NEVER.contains(tk.lower(p))
                    && !PlaceWords.PARTS.contains(tk.lower(p)) && !PlaceWords.DIRECTIONS.contains(tk.lower(p))
                    && !tk.possessive(p) && tk.tokens.get(p).end() + 1 >= tk.tokens.get(i).start() - 1
                    && !demonyms.containsKey(NameKey.of(tk.lower(p))) && !countryOrRegion && !big
                    && (gazetteer.probe(NameKey.of(tk.lower(p))) == 0 || PlaceWords.PERSON_NAMES.contains(tk.lower(p))
                    || out.isEmpty() || out.get(out.size() - 1).nameEnd() != tk.tokens.get(p).end())) {
                personWords.add(tk.c(end));
                return null; // "John Jordan", "Barack Obama"
            }
        }
        int next = end + 1;
        int after = tk.tokens.get(end).end();
        if (!possessive && after < tk.text.length() && tk.text.charAt(after) == '$') {
            return null; // "US$460 million", "NZ$5": a currency
        }
        if (!possessive && tk.word(next) && !tk.cap[next] && PlaceWords.DISEASE_HEADS.contains(tk.lower(next))
                && !top.isCountry() && tk.tokens.get(next).start() - after <= 1) {
            return null; // "Reston ebolavirus", "Marburg virus", "Lassa fever": a disease named after the place
        }
        if (!possessive && tk.word(next) && tk.cap[next] && !tk.titleCase[i]) {
            String nx = tk.lower(next);
            if (PlaceWords.ORG_HEADS.contains(nx) && !PlaceWords.DIVISION_WORDS.contains(nx)
                    && !(nx.equals("press") && tk.lower(next + 1).equals("club"))
                    && !(PlaceWords.FACILITY_HEADS.contains(nx) && (countryOrRegion || big
                    || top.population() >= PlaceWords.FACILITY_MIN_POP))) {
                return null; // "Washington Post", "Aleppo University", "Jordan Hill"
            }
        }
        if (!possessive && tk.word(next) && tk.cap[next] && !tk.titleCase[i] && single && !countryOrMillion(cands)
                && tk.tokens.get(next).start() - tk.tokens.get(end).end() == 1
                && Character.isWhitespace(tk.text.charAt(tk.tokens.get(end).end()))
                && PlaceWords.PERSON_NAMES.contains(whole) && !PlaceWords.NEVER.contains(tk.lower(next))
                && !PlaceWords.DIVISION_WORDS.contains(tk.lower(next))) {
            personWords.add(tk.lower(next));
            return null; // "Robert Jones": a given name before a capitalised word
        }
        if (!possessive && single && !big && !bigOrRegion && tk.word(next) && tk.cap[next] && !tk.titleCase[i] && !divisionNext
                && tk.tokens.get(next).start() - tk.tokens.get(end).end() <= 1 && !PlaceWords.NEVER.contains(tk.lower(next))
                && !demonyms.containsKey(NameKey.of(tk.lower(next)))
                && gazetteer.probe(NameKey.of(tk.possessive(next) ? tk.text.substring(tk.tokens.get(next).start(),
                        tk.tokens.get(next).end() - 2) : tk.lower(next))) == 0) {
            boolean aliasOnly = true;
            for (Place c : cands) {
                if (NameKey.canonical(c.name()).equals(full)) {
                    aliasOnly = false;
                    break;
                }
            }
            if (aliasOnly) {
                personWords.add(whole);
                return null; // "Ashraf Ghani": a small place's other name before another capitalised name
            }
        }
        if (i >= 1 && tk.possessive(i - 1) && !out.isEmpty() && out.get(out.size() - 1).nameEnd() == tk.tokens.get(i - 1).end() - 2) {
            return null; // "Sirte's Ouagadougou complex": a facility named after another place
        }
        if (!possessive && tk.word(next) && !top.isCountry() && PlaceWords.SPEECH.contains(tk.lower(next)) && single
                && !tk.titleCase[i] && !(tk.word(i - 1) && PlaceWords.LOCATIVE.contains(tk.lower(i - 1)))) {
            return null; // "Clinton said"
        }
        // the mention's extent and relation
        Token a = tk.tokens.get(i);
        Token b = tk.tokens.get(end);
        int nameStart = a.start();
        int nameEnd = possessive ? b.end() - 2 : b.end();
        int start = nameStart;
        int stop = nameEnd;
        PlaceMention.Kind kind = PlaceMention.Kind.TOPONYM;
        PlaceMention.Relation rel = PlaceMention.Relation.IN;
        // "Borno State", "Balkh province": prefer divisions
        if (!possessive && tk.word(next) && PlaceWords.DIVISION_WORDS.contains(tk.lower(next))
                && (tk.cap[next] || !top.isCountry())) {
            List<Place> admins = new ArrayList<>();
            for (Place p : cands) {
                if (p.isAdminRegion()) {
                    admins.add(p);
                }
            }
            if (!admins.isEmpty()) {
                cands = byDivisionWord(admins, tk.lower(next));
                stop = tk.tokens.get(next).end();
            }
        } else if (!possessive && i >= 2 && tk.lower(i - 1).equals("of") && (tk.lower(i - 2).equals("state")
                || tk.lower(i - 2).equals("province"))) {
            cands = byDivisionWord(cands, tk.lower(i - 2)); // "the state of Punjab", "the province of Punjab"
        }
        if (possessive && tk.word(next) && tk.cap[next]) {
            rel = PlaceMention.Relation.NEAR; // "Sirte's Ouagadougou complex"
        }
        int p = i - 1;
        String w = tk.lower(p);
        if (PlaceWords.PARTS.contains(w) && tk.word(p)) {
            // "eastern Libya"
            start = tk.tokens.get(p).start();
            boolean region = false;
            for (Place c : cands) {
                if (!c.isPopulatedPlace()) {
                    region = true;
                    break;
                }
            }
            if (region) {
                kind = PlaceMention.Kind.COUNTRY_PART;
            }
        } else if (PlaceWords.NEAR_WORDS.contains(w) && tk.word(p)) {
            start = tk.tokens.get(p).start();
            rel = PlaceMention.Relation.NEAR;
        } else if (w.equals("of") && p >= 1) {
            String d = tk.lower(p - 1);
            if (PlaceWords.DIRECTIONS.contains(d) || d.equals("outskirts") || d.equals("vicinity")
                    || d.equals("suburbs") || d.equals("edge")) {
                rel = PlaceMention.Relation.NEAR;
                start = tk.tokens.get(p - 1).start();
                int q = p - 2;
                if (q >= 0 && (tk.lower(q).equals("north") || tk.lower(q).equals("south"))
                        && tk.tokens.get(q).end() + 1 == tk.tokens.get(p - 1).start()) {
                    start = tk.tokens.get(q).start(); // "north-east of", split at the hyphen
                    q--;
                }
                if (PlaceWords.UNITS.contains(tk.lower(q)) && q >= 1 && tk.tokens.get(q - 1).kind() == Token.Kind.NUMBER) {
                    start = tk.tokens.get(q - 1).start();
                } else if (q >= 0 && tk.tokens.get(q).kind() == Token.Kind.NUMBER) {
                    start = tk.tokens.get(q).start(); // "20km north of"
                } else if (d.equals("outskirts") && tk.lower(q).equals("the") && tk.lower(q - 1).equals("on")) {
                    start = tk.tokens.get(q - 1).start();
                }
            }
        } else if ((w.equals("from") || w.equals("of")) && p >= 2 && PlaceWords.UNITS.contains(tk.lower(p - 1))
                && tk.tokens.get(p - 2).kind() == Token.Kind.NUMBER) {
            rel = PlaceMention.Relation.NEAR;
            start = tk.tokens.get(p - 2).start();
        } else if (w.equals("from") && p >= 1 && tk.tokens.get(p - 1).kind() == Token.Kind.NUMBER
                && Character.isLetter(tk.text.charAt(tk.tokens.get(p - 1).end() - 1))) {
            rel = PlaceMention.Relation.NEAR; // "20km from"
            start = tk.tokens.get(p - 1).start();
        } else if (w.equals("to") && p >= 1 && tk.lower(p - 1).equals("close")) {
            rel = PlaceMention.Relation.NEAR;
            start = tk.tokens.get(p - 1).start();
        }
        return new PlaceMention(start, stop, nameStart, nameEnd, tk.text.substring(nameStart, nameEnd), kind, rel, cands);
    }
}
