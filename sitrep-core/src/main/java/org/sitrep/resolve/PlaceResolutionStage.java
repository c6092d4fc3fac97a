package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.pipeline.Stage;

/**
 * Resolves each place mention to one gazetteer entry. Candidates are scored with their prior (feature type,
 * population), the countries and first-order divisions the document names, explicit containment ("Tripoli,
 * Lebanon", "Dawlat Abad, Balkh"), the document's focus country, and distance to the other places of the
 * document. Precision: EXACT for a town, NEAR for a relative expression, REGION for a division or a part of a
 * country, COUNTRY for a country. Stateless and thread-safe.
 */
public final class PlaceResolutionStage implements Stage {
    /** Weights of the scoring terms (named, not positional). */
    static final double W_POPULATION = 0.6;
    static final double W_COUNTRY_TYPE = 5.0;
    static final double W_ADMIN1_TYPE = 1.6;
    static final double W_CAPITAL = 1.2;
    static final double W_COUNTRY_NAMED = 3.0;
    static final double W_ADMIN1_NAMED = 2.5;
    static final double W_CONTAINMENT = 8.0;
    static final double W_FOCUS = 1.5;
    static final double W_NEARBY = 3.0;
    static final double NEARBY_KM = 300;
    static final int ROUNDS = 2;
    static final double W_CAPITAL_NAME = 2.0;
    static final double W_LIST = 2.0;
    /** Penalty for a candidate known by the mention's name only as an alternate name, when another has it as its own. */
    static final double W_ALIAS_ONLY = 2.5;
    /** Penalty for a country without support named like a first-order division of the document's focus country. */
    static final double W_FOCUS_ADMIN1 = 4.0;
    /** Bonus for a candidate in the first-order division most of the document's other places lie in. */
    static final double W_LOCAL_ADMIN1 = 1.5;
    /** Bonus for a candidate close (below {@link #CLOSE_KM}) to another place of the document. */
    static final double W_CLOSE = 2.5;
    static final double CLOSE_KM = 100;
    /**
     * Bonus for a candidate that lies close (below {@link #PAIR_KM}) to some reading of another name of the document:
     * "Richmond" and "Madison County" are read as the pair in Kentucky, whatever each one's likelier reading alone.
     */
    static final double W_PAIR = 2.0;
    static final double PAIR_KM = 50;
    /**
     * Penalty for a country, capital or big city abroad that nothing else in the document supports, when a
     * same-named town lies among the document's other places ("Palestine" beside Tyler and Anderson County).
     */
    static final double W_UNSUPPORTED_ABROAD = 3.0;

    @Override
    public String name() {
        return "places.resolve";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PLACE_MENTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACES);
    }

    static double prior(Place p) {
        double s = W_POPULATION * Math.log10(p.population() + 1.0);
        String fc = p.featureCode() == null ? "" : p.featureCode();
        if (p.isCountry()) {
            s += W_COUNTRY_TYPE;
        } else if (p.isAdmin1()) {
            s += W_ADMIN1_TYPE;
        } else if (fc.equals("PPLC")) {
            s += W_CAPITAL;
        } else if (fc.equals("PPLA")) {
            s += W_CAPITAL * 0.3;
        } else if (fc.equals("CONT") || fc.equals("RGN")) {
            s += W_COUNTRY_TYPE + 2;
        } else if (p.population() == 0 && (fc.equals("OCN") || fc.equals("SEA") || fc.equals("GULF"))) {
            s += W_COUNTRY_TYPE + 2; // "the Atlantic", "the Pacific": the ocean, not a small town named after it
        }
        return s;
    }

    @Override
    public Document process(Document doc) {
        List<PlaceMention> mentions = doc.get(Layers.PLACE_MENTIONS);
        int n = mentions.size();
        // countries and divisions the document names unambiguously enough: by demonym, or as the top candidate
        Map<String, Double> countryWeight = new HashMap<>();
        Map<String, Double> adminNamed = new HashMap<>();
        // the votes of each name ("JO|jordan"): a name repeated does not support its own reading
        Map<String, Double> nameVotes = new HashMap<>();
        Map<String, Double> repeats = new HashMap<>();
        // spans of demonyms of armed forces ("Turkish forces"): neither they nor the actors they name locate events
        List<PlaceMention> forces = null;
        for (PlaceMention m : mentions) {
            if (m.candidates().isEmpty()) {
                continue;
            }
            Place top = m.candidates().get(0);
            if (top.country() == null) {
                continue;
            }
            if (m.kind() == PlaceMention.Kind.DEMONYM && forcesUse(doc.text(), m)) {
                if (forces == null) {
                    forces = new ArrayList<>(2);
                }
                forces.add(m); // "Turkish forces": they act abroad as often as at home
            }
            if (modifierUse(doc.text(), m)) {
                continue; // "Saudi-led", "US dollar": says nothing of where things happen
            }
            if (m.kind() == PlaceMention.Kind.DEMONYM || top.isCountry() && unambiguous(m.candidates())) {
                countryWeight.merge(top.country(), 1.0, Double::sum);
                // for the focus a name counts once, however often it is repeated ("Jordan ... Jordan" beside two
                // Minnesota towns)
                if (nameVotes.merge(top.country() + "|" + NameKey.canonical(m.name()), 1.0, Double::sum) > 1) {
                    repeats.merge(top.country(), 1.0, Double::sum);
                }
            } else if (top.isAdmin1()) {
                String ak = top.country() + "." + top.admin1Code();
                adminNamed.merge(ak, 1.0, Double::sum);
                // a division's name repeated does not support its own reading ("Alexandria" seven times is no
                // evidence for the governorate of Alexandria against Alexandria, Virginia)
                nameVotes.merge(ak + "|" + NameKey.canonical(m.name()), 1.0, Double::sum);
            }
        }
        // what the text itself says (names, demonyms): actor countries below are weaker, the catalogue can be wrong
        java.util.Set<String> namedCountries = new java.util.HashSet<>(countryWeight.keySet());
        // the countries named otherwise than as the nationality of armed forces: a place of another country is
        // no stray for them alone ("Turkish forces shelled a village in Al-Hasakah")
        Map<String, Double> placeWeight = new HashMap<>(countryWeight);
        if (forces != null) {
            for (PlaceMention m : forces) {
                String iso = m.candidates().get(0).country();
                if (placeWeight.merge(iso, -1.0, Double::sum) <= 0) {
                    placeWeight.remove(iso);
                    namedCountries.remove(iso);
                }
            }
        }
        // the countries of the document's actors ("Al Shabaab", "Kenyan troops", "the Houthis"): read before places
        if (doc.has(Layers.ACTORS)) {
            for (ActorMention a : doc.get(Layers.ACTORS)) {
                // named groups of the catalogue only: generated actors ("civilians:GE", "state:KE:police") take
                // their country from the document's own names and demonyms, which count already
                if (!a.anaphoric() && a.actor() != null && a.actor().country() != null && !a.actor().reporter()
                        && a.actor().id() != null && a.actor().id().indexOf(':') < 0) {
                    countryWeight.merge(a.actor().country(), 1.0, Double::sum);
                    if (!overlaps(forces, a)) {
                        placeWeight.merge(a.actor().country(), 1.0, Double::sum);
                    }
                }
            }
        }
        // a division named as such ("Kailali district", "Khyber Agency"): all its candidates lie in one country
        for (PlaceMention m : mentions) {
            String iso = divisionCountry(m);
            if (iso != null) {
                countryWeight.merge(iso, 1.0, Double::sum);
                placeWeight.merge(iso, 1.0, Double::sum);
                Place top = m.candidates().get(0);
                if (!top.isAdmin1() && top.admin1Code() != null && !top.admin1Code().isEmpty()) {
                    adminNamed.merge(iso + "." + top.admin1Code(), 1.0, Double::sum);
                }
            }
        }
        // neighbours in a list ("Kentucky, Ohio and Nevada"): mention k-1 / k+1 joined by a comma, "and" or "or"
        boolean[] listPrev = new boolean[n];
        String text = doc.text();
        for (int k = 1; k < n; k++) {
            PlaceMention a = mentions.get(k - 1);
            PlaceMention b = mentions.get(k);
            if (b.start() >= a.end() && b.start() - a.end() <= 7) {
                String gap = text.substring(a.end(), b.start()).trim();
                listPrev[k] = gap.equals(",") || gap.equals("and") || gap.equals("or") || gap.equals(", and")
                        || gap.equals(", or") || gap.equals("&");
            }
        }
        String[] canon = new String[n];
        boolean[][] primaries = new boolean[n][];
        for (int k = 0; k < n; k++) {
            canon[k] = NameKey.canonical(mentions.get(k).name());
            List<Place> cands = mentions.get(k).candidates();
            primaries[k] = new boolean[cands.size()];
            if (cands.size() > 1) {
                for (int ci = 0; ci < cands.size(); ci++) {
                    // the candidate's own name (before a comma: "Washington, D.C.") is the mention's name
                    String nm = cands.get(ci).name();
                    int comma = nm.indexOf(',');
                    String own = NameKey.canonical(comma > 0 ? nm.substring(0, comma) : nm);
                    primaries[k][ci] = own.equals(canon[k]) || canon[k].equals(NameKey.fusedArticle(own))
                            || cands.get(ci).isAdminRegion() && withoutDivisionWord(own).equals(canon[k]);
                }
            }
        }
        int[] cid = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < n; k++) {
            cid[k] = ids.computeIfAbsent(canon[k], x -> ids.size());
        }
        double[][] pair = pairs(mentions, cid, ids.size());
        // first pass: prior + named countries and divisions + containment
        Place[] first = new Place[n];
        for (int k = 0; k < n; k++) {
            first[k] = best(text, mentions, canon, cid, primaries, k, countryWeight, adminNamed, null, null, null, null,
                    null, nameVotes, pair);
        }
        // then rounds with the focus country and the other places of the previous round as context
        Place[] ctx = first;
        double[] conf = new double[n];
        for (int round = 0; round < ROUNDS; round++) {
            String focusCountry = focus(countryWeight, repeats, ctx, canon);
            AdminWeights admin1Weight = admin1Weights(ctx);
            Place[] next = new Place[n];
            for (int k = 0; k < n; k++) {
                PlaceMention m = mentions.get(k);
                double[] c = new double[1];
                next[k] = m.candidates().size() <= 1 ? first[k]
                        : best(text, mentions, canon, cid, primaries, k, countryWeight, adminNamed, focusCountry, ctx, c, listPrev,
                        admin1Weight, nameVotes, pair);
                conf[k] = m.candidates().size() <= 1 ? (next[k] == null ? 0 : 0.9) : c[0];
            }
            ctx = next;
        }
        // a small place in a country the document gives no other evidence for, when it names another country:
        // a same-named village abroad is likelier a spurious reading than the event's place ("Kafe" -> Kafue);
        // without any country evidence, a small place known by this name only as an alternate name is dropped too
        boolean[] stray = new boolean[n];
        for (int k = 0; k < n; k++) {
            Place p = ctx[k];
            if (p == null || !foreignStray(p, k, ctx, countryWeight, mentions, text)) {
                continue;
            }
            if (p.isAdmin1()) {
                // "Nord" of another country beside a named one; not a division named like its capital or big city
                // ("Kiev", "Minsk"), nor the only reading of a big division's name ("Northern Ireland")
                stray[k] = !namedCountries.isEmpty() && !cityDivision(p, mentions.get(k).candidates());
            } else {
                stray[k] = !placeWeight.isEmpty() || otherCountryPlace(p, k, ctx)
                        || p.population() < ALIAS_MAX_POP && !ownName(p, canon[k]);
            }
        }
        for (int k = 0; k < n; k++) {
            if (stray[k]) {
                // the best candidate in a country the document speaks for, else no reading
                ctx[k] = supported(mentions.get(k).candidates(), k, ctx, stray, countryWeight, mentions, text);
                conf[k] = ctx[k] == null ? 0 : 0.5;
            }
        }
        for (int k = 0; k < n; k++) {
            if (ctx[k] != null && (featureTail(text, mentions.get(k))
                    || featureHead(text, mentions.get(k)) && unsupportedTown(ctx[k], k, ctx, countryWeight))) {
                // "Nelson Mandela Bay", "the Tirah Valley" beside no other evidence of the town's country: the
                // mention stays, its reading is unknown
                ctx[k] = null;
                conf[k] = 0;
            }
        }
        List<ResolvedPlace> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            PlaceMention m = mentions.get(k);
            out.add(new ResolvedPlace(m.start(), m.end(), m, ctx[k], precision(m, ctx[k]), conf[k]));
        }
        return doc.with(Layers.PLACES, out, name());
    }

    /** Bonus for a town read in a dateline ("NEW YORK (AP) —", "(LONDON) —"): datelines name cities. */
    static final double W_DATELINE = 8.0;

    private static final java.util.regex.Pattern DATELINE_AFTER = java.util.regex.Pattern.compile(
            "\\)?\\s*(\\(|[—–]|-{1,2}\\s|,\\s+[A-Z][A-Za-z.]*\\.?\\s*(\\(|[—–]|-))");

    /**
     * Whether a mention is a dateline: in capitals at the start of the text or of a line (an opening parenthesis
     * allowed), followed by an agency in parentheses, a dash or a state and a dash ("WASHINGTON (Reuters) -").
     */
    static boolean dateline(String text, PlaceMention m) {
        int b = m.start();
        int q = b - 1;
        while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == '(')) {
            q--;
        }
        if (q >= 0 && text.charAt(q) != '\n' || m.end() - b < 3) {
            return false;
        }
        boolean letter = false;
        for (int i = b; i < m.end(); i++) {
            char ch = text.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter && DATELINE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24)).lookingAt();
    }

    /** Geographic nouns that end longer names ("Nelson Mandela Bay", "Tirah Valley"). */
    private static final Set<String> FEATURE_TAILS = Set.of("bay", "river", "valley", "lake", "island", "islands",
            "hills", "mountains", "coast", "point", "creek", "harbour", "harbor", "bridge", "falls", "beach", "gulf",
            "park");

    /**
     * Whether a one-word mention is a geographic noun right after a capitalised word ("Nelson Mandela Bay"): the
     * tail of a longer name the gazetteer lacks, not the place that bears the noun alone (Bay, Somalia).
     */
    static boolean featureTail(String text, PlaceMention m) {
        if (m.kind() != PlaceMention.Kind.TOPONYM || m.nameStart() < 2 || m.end() != m.nameEnd()
                || !FEATURE_TAILS.contains(NameKey.canonical(m.name())) || text.charAt(m.nameStart() - 1) != ' ') {
            return false;
        }
        int e = m.nameStart() - 1;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || !Character.isUpperCase(text.charAt(b))) {
            return false;
        }
        // not at a sentence's start ("Bay residents": then the word before is no name)
        int q = b - 1;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        return q >= 0 && text.charAt(q) != '.' && text.charAt(q) != '\n' && text.charAt(q) != '"';
    }

    private static final java.util.regex.Pattern FEATURE_AFTER = java.util.regex.Pattern.compile(
            " (Valley|River|Lake|Hills|Mountains|Mountain|Plateau|Plains|Desert|Forest|Creek|Gorge|Pass)\\b");

    /** Whether a name is followed by a capitalised geographic noun ("Tirah Valley"): it names the feature. */
    static boolean featureHead(String text, PlaceMention m) {
        int e = m.nameEnd();
        return m.kind() == PlaceMention.Kind.TOPONYM && m.end() == e && e < text.length()
                && FEATURE_AFTER.matcher(text).region(e, Math.min(text.length(), e + 12)).lookingAt();
    }

    /** A town below {@link #STRAY_MAX_POP} in a country that nothing else in the document names or holds. */
    private static boolean unsupportedTown(Place p, int k, Place[] chosen, Map<String, Double> countryWeight) {
        if (!p.isPopulatedPlace() || p.population() >= STRAY_MAX_POP || p.country() == null
                || countryWeight.containsKey(p.country())) {
            return false;
        }
        for (int j = 0; j < chosen.length; j++) {
            if (j != k && chosen[j] != null && p.country().equals(chosen[j].country())) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern MODIFIER_AFTER = java.util.regex.Pattern.compile(
            "[-‑ ](led|backed|funded|sponsored|supported|made|built|supplied|armed|trained|brokered|dollars?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a country name or demonym is used as a modifier that says nothing of where events happen
     * ("Saudi-led coalition", "Turkey backed faction", "US dollar").
     */
    public static boolean modifierUse(String text, PlaceMention m) {
        int e = m.nameEnd();
        return e < text.length() && MODIFIER_AFTER.matcher(text).region(e, Math.min(text.length(), e + 12)).lookingAt();
    }

    private static final String[] DIVISION_SUFFIXES = {" governorate", " province", " state", " district", " region",
        " county", " division", " prefecture", " department", " oblast", " municipality", " wilaya", " parish"};

    private static boolean overlaps(List<PlaceMention> spans, ActorMention a) {
        if (spans != null) {
            for (PlaceMention m : spans) {
                if (m.start() < a.end() && a.start() < m.end() + 24 && a.start() >= m.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FORCES_AFTER = java.util.regex.Pattern.compile(
            "[-‑ ]+(?:(?:armed|security|military|special|army|occupation|backed|led|allied|government)[-‑ ]+)?"
                    + "(?:forces|troops|soldiers|army|military|jets|warplanes|fighter|aircrafts?|drones?|"
                    + "air[-‑ ]?strikes?|artillery|rangers|border guards?|navy|naval|air force|settlers|"
                    + "peacekeepers|contingent|coalition)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a demonym names the nationality of armed forces ("Turkish forces", "Saudi aircraft", "Israeli
     * settlers"): they act abroad as often as at home, so the demonym says little of where the event is.
     */
    public static boolean forcesUse(String text, PlaceMention m) {
        int e = m.nameEnd();
        return e < text.length() && FORCES_AFTER.matcher(text).region(e, Math.min(text.length(), e + 40)).lookingAt();
    }

    /** "al bayda governorate" -> "al bayda": a division's own name without its type word. */
    static String withoutDivisionWord(String canonical) {
        for (String suf : DIVISION_SUFFIXES) {
            if (canonical.endsWith(suf) && canonical.length() > suf.length() + 2) {
                return canonical.substring(0, canonical.length() - suf.length());
            }
        }
        return canonical;
    }

    /** Largest population of a town abroad that a document naming other countries keeps without support. */
    static final long STRAY_MAX_POP = 100_000;

    /**
     * Whether place {@code p} chosen for mention k is a small place in a country for which nothing else in the
     * document speaks (no country name, demonym, actor, division or other place there) while other countries are
     * named: then the name most likely means an unlisted place of the named country.
     */
    private static boolean foreignStray(Place p, int k, Place[] chosen, Map<String, Double> countryWeight,
                                        List<PlaceMention> mentions, String text) {
        PlaceMention m = mentions.get(k);
        if (p.country() == null || p.isCountry() || !p.isAdmin1() && p.population() >= STRAY_MAX_POP
                || m.kind() == PlaceMention.Kind.DEMONYM || countryWeight.containsKey(p.country())) {
            return false;
        }
        if ("CONT".equals(p.featureCode()) || "RGN".equals(p.featureCode())) {
            return false;
        }
        for (int j = 0; j < chosen.length; j++) {
            // a demonym or a country name supports its country through countryWeight already, unless it was no
            // evidence of place ("Turkish forces", "Saudi-led")
            if (j != k && chosen[j] != null && p.country().equals(chosen[j].country())
                    && supports(chosen[j], mentions.get(j), text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether another mention's reading supports its country for a stray place: a demonym or a country name does
     * through the country weight already, unless it was no evidence of place ("Turkish forces", "Saudi-led").
     */
    private static boolean supports(Place chosen, PlaceMention m, String text) {
        return m.kind() != PlaceMention.Kind.DEMONYM && !(chosen.isCountry() && modifierUse(text, m));
    }

    /** A city known by the mention's name only as another name keeps its reading from this size... */
    static final long ALIAS_CITY_POP = 1_000_000;
    /** ...when it is this many times larger than every place that has the name as its own. */
    static final long ALIAS_CITY_RATIO = 100;

    /** Largest population of a place kept, without support, when the mention matches only its alternate name. */
    static final long ALIAS_MAX_POP = 5_000;

    private static boolean ownName(Place p, String canonKey) {
        String nm = p.name();
        int comma = nm.indexOf(',');
        return NameKey.canonical(comma > 0 ? nm.substring(0, comma) : nm).equals(canonKey);
    }

    /** The first (best prior) candidate in a country that the document's evidence or its other places support. */
    private static Place supported(List<Place> cands, int k, Place[] chosen, boolean[] stray,
                                   Map<String, Double> countryWeight, List<PlaceMention> mentions, String text) {
        for (Place c : cands) {
            if (c.country() == null || c.isCountry()) {
                continue;
            }
            if (countryWeight.containsKey(c.country())) {
                return c;
            }
            for (int j = 0; j < chosen.length; j++) {
                if (j != k && !stray[j] && chosen[j] != null && c.country().equals(chosen[j].country())
                        && supports(chosen[j], mentions.get(j), text)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whether a division is named like a national capital or a city of a million in or beside it ("Kiev", "Minsk"), or
     * is the only reading of its name and holds a million people ("Northern Ireland"): no spurious namesake.
     */
    static boolean cityDivision(Place p, List<Place> cands) {
        if (cands.size() == 1) {
            return p.population() >= 1_000_000;
        }
        for (Place c : cands) {
            if (c != p && c.isPopulatedPlace() && p.country() != null && p.country().equals(c.country())
                    && ("PPLC".equals(c.featureCode()) || c.population() >= 1_000_000)
                    && fastKm(p.lat(), p.lon(), c.lat(), c.lon()) < CLOSE_KM) {
                return true;
            }
        }
        return false;
    }

    /** Whether another mention resolved to a town or division of another country ("Vila" beside "Rio de Janeiro"). */
    private static boolean otherCountryPlace(Place p, int k, Place[] chosen) {
        for (int j = 0; j < chosen.length; j++) {
            Place o = chosen[j];
            if (j != k && o != null && o.country() != null && !o.country().equals(p.country()) && !o.isCountry()
                    && (o.isAdmin1() || o.population() >= STRAY_MAX_POP)) {
                return true;
            }
        }
        return false;
    }

    /** The country of a mention that names a division ("Kailali district"): every candidate a division of it. */
    static String divisionCountry(PlaceMention m) {
        List<Place> cands = m.candidates();
        if (cands.isEmpty() || m.kind() == PlaceMention.Kind.DEMONYM || m.end() - m.nameEnd() < 3) {
            return null;
        }
        String iso = null;
        for (Place c : cands) {
            if (!c.isAdminRegion() || c.country() == null || iso != null && !iso.equals(c.country())) {
                return null;
            }
            iso = c.country();
        }
        return iso;
    }

    private static boolean alike(Place o, Place c) {
        return o != null && (o.isAdmin1() && c.isAdmin1() || o.isCountry() && c.isCountry()
                || o.isPopulatedPlace() && c.isPopulatedPlace() && o.country() != null && o.country().equals(c.country()));
    }

    /** A country name that names no division and no large town elsewhere ("Georgia" does, "Libya" does not). */
    private static boolean unambiguous(List<Place> cands) {
        for (int i = 1; i < cands.size(); i++) {
            Place c = cands.get(i);
            if (c.isAdmin1() || c.population() >= 100_000) {
                return false;
            }
        }
        return true;
    }

    /**
     * Weight of each first-order division ("US.TX") by the towns and counties chosen in it (a division named in
     * the text counts already through {@link #W_ADMIN1_NAMED}).
     */
    private static AdminWeights admin1Weights(Place[] chosen) {
        AdminWeights w = new AdminWeights(chosen.length);
        for (Place p : chosen) {
            if (p != null && p.country() != null && (p.isPopulatedPlace() || "ADM2".equals(p.featureCode()))
                    && p.admin1Code() != null && !p.admin1Code().isEmpty()) {
                w.add(p.country(), p.admin1Code());
            }
        }
        return w;
    }

    /** Votes per first-order division (country and admin1 code), in small arrays: a document names few. */
    private static final class AdminWeights {
        final String[] cc;
        final String[] a1;
        final double[] w;
        int size;

        AdminWeights(int cap) {
            cc = new String[cap];
            a1 = new String[cap];
            w = new double[cap];
        }

        int indexOf(String country, String admin1) {
            for (int i = 0; i < size; i++) {
                if (cc[i].equals(country) && a1[i].equals(admin1)) {
                    return i;
                }
            }
            return -1;
        }

        void add(String country, String admin1) {
            int i = indexOf(country, admin1);
            if (i < 0) {
                i = size++;
                cc[i] = country;
                a1[i] = admin1;
            }
            w[i] += 1;
        }

        /** Whether division i, at weight {@code wi}, carries the most weight (ties allowed, half a vote slack). */
        boolean isFocus(int i, double wi) {
            for (int j = 0; j < size; j++) {
                if (j != i && w[j] > wi + 0.5) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The country with most weight among named countries and the chosen places. */
    private static String focus(Map<String, Double> countryWeight, Map<String, Double> repeats, Place[] chosen,
                                String[] canon) {
        Map<String, Double> focus = new HashMap<>(countryWeight);
        repeats.forEach((iso, r) -> focus.merge(iso, -r, Double::sum));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < chosen.length; k++) {
            Place p = chosen[k];
            // a country reading of an ambiguous name does not vote for itself (unambiguous ones are in countryWeight);
            // a name repeated votes once ("Athens" five times is one vote for Greece)
            if (p != null && p.country() != null && !p.isCountry() && seen.add(p.country() + "|" + canon[k])) {
                focus.merge(p.country(), 1.0, Double::sum);
            }
        }
        String focusCountry = null;
        double fw = 0;
        for (Map.Entry<String, Double> e : focus.entrySet()) {
            if (e.getValue() > fw || e.getValue() == fw && focusCountry != null && e.getKey().compareTo(focusCountry) < 0) {
                fw = e.getValue();
                focusCountry = e.getKey();
            }
        }
        return focusCountry;
    }

    static GeoPrecision precision(PlaceMention m, Place p) {
        if (p == null) {
            return GeoPrecision.UNKNOWN;
        }
        if (m.kind() == PlaceMention.Kind.DEMONYM) {
            return GeoPrecision.COUNTRY;
        }
        if (m.kind() == PlaceMention.Kind.COUNTRY_PART) {
            return GeoPrecision.REGION;
        }
        if (p.isCountry()) {
            return GeoPrecision.COUNTRY;
        }
        if (!p.isPopulatedPlace()) {
            return GeoPrecision.REGION;
        }
        return m.relation() == PlaceMention.Relation.NEAR ? GeoPrecision.NEAR : GeoPrecision.EXACT;
    }

    private static final java.util.regex.Pattern CONTAINER_GAP =
            java.util.regex.Pattern.compile("\\s*,?\\s*(in|of)( the)?\\s+|\\s*,\\s*");
    /** A division word between a place and its container: "Mukayras district (Al Bayda)", "Kot village, Swat". */
    private static final java.util.regex.Pattern TYPED_CONTAINER_GAP = java.util.regex.Pattern.compile(
            "\\s+(district|sub-?district|province|governorate|county|region|division|department|prefecture|"
                    + "municipality|town|township|village|city|area|tehsil|upazila|commune|locality)\\s*(,|\\(|,? in( the)?\\s)\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether text[from, to) joins a place to the division that holds it ("Amuru, Oromia", "Mukayras district (Al Bayda)"). */
    static boolean containerGap(String text, int from, int to) {
        if (to < from) {
            return false;
        }
        return to - from <= 4 && noLetter(text, from, to)
                || to - from <= 10 && CONTAINER_GAP.matcher(text.substring(from, to)).matches()
                || to - from <= 24 && TYPED_CONTAINER_GAP.matcher(text.substring(from, to)).matches();
    }

    private Place best(String text, List<PlaceMention> mentions, String[] canon, int[] cid, boolean[][] primaries, int k,
                       Map<String, Double> countryWeight,
                       Map<String, Double> adminNamed, String focusCountry, Place[] first, double[] conf,
                       boolean[] listPrev, AdminWeights admin1Weight, Map<String, Double> nameVotes,
                       double[][] pair) {
        PlaceMention m = mentions.get(k);
        List<Place> cands = m.candidates();
        if (cands.isEmpty()) {
            return null;
        }
        if (cands.size() == 1) {
            return cands.get(0);
        }
        // explicit containment: the next mention follows a comma or "in" right after this one
        PlaceMention container = null;
        // inside a comma list ("Georgia, Oklahoma, Pennsylvania") a comma joins members, not a town and its state
        boolean inList = k > 0 && m.start() >= mentions.get(k - 1).end()
                && text.substring(mentions.get(k - 1).end(), m.start()).trim().equals(",")
                && mentions.get(k - 1).kind() != PlaceMention.Kind.DEMONYM;
        if (k + 1 < mentions.size() && !inList) {
            PlaceMention nx = mentions.get(k + 1);
            if (containerGap(text, m.end(), nx.start())) {
                container = nx; // "Amuru, Oromia", "Colchester in the Eastern Cape"
            }
        }
        // reverse containment: this mention follows a comma or "in" right after the previous one ("Juarez, Chihuahua")
        PlaceMention contained = null;
        if (k > 0) {
            PlaceMention pv = mentions.get(k - 1);
            if (containerGap(text, pv.end(), m.start()) && pv.kind() != PlaceMention.Kind.DEMONYM) {
                contained = pv;
            }
        }
        // this mention's own evidence does not count as context for itself
        Place own = cands.get(0);
        // divisions that contain a town of the same name: the bare name means the town ("Tripoli", "Kabul")
        // (also when the name is only an alternate name of both: "Derna" for the town and the division of Darnah)
        java.util.Map<String, String> admin1Names = new java.util.HashMap<>();
        for (Place c : cands) {
            if (c.isAdmin1() && c.admin1Code() != null) {
                admin1Names.put(c.country() + "." + c.admin1Code(), c.name());
            }
        }
        java.util.Set<String> townAdmins = new java.util.HashSet<>();
        for (int ci = 0; ci < cands.size(); ci++) {
            Place c = cands.get(ci);
            if (c.isPopulatedPlace() && c.admin1Code() != null && c.population() >= 20_000) {
                String key = c.country() + "." + c.admin1Code();
                if (primaries[k][ci] || c.name().equalsIgnoreCase(admin1Names.get(key))) {
                    townAdmins.add(key);
                }
            }
        }
        // a national capital named like a division of its own country: the bare name means the capital ("Washington")
        java.util.Set<String> adminCountries = new java.util.HashSet<>();
        for (Place c : cands) {
            if (c.isAdmin1() && c.country() != null) {
                adminCountries.add(c.country());
            }
        }
        for (Place c : cands) {
            if (c.isCountry()) {
                adminCountries.clear(); // "Mexico": the country, not its capital
                break;
            }
        }
        boolean[] primary = primaries[k];
        boolean anyPrimary = false;
        for (boolean b : primary) {
            anyPrimary |= b;
        }
        boolean dateline = dateline(text, m);
        boolean namesDivision = false;
        boolean namesWater = false; // a continent, region or sea without a country ("Atlantic")
        java.util.Set<String> divisionCountries = new java.util.HashSet<>(2);
        for (int ci = 0; ci < cands.size(); ci++) {
            Place c = cands.get(ci);
            if (!primary[ci] && anyPrimary) {
                continue;
            }
            if (c.isAdmin1() || c.isCountry()) {
                namesDivision = true;
                divisionCountries.add(c.country());
            } else if (c.country() == null && c.population() == 0) {
                namesDivision = true;
                namesWater = true;
            }
        }
        long maxPrimaryPop = 0;
        for (int ci = 0; ci < cands.size(); ci++) {
            if (primary[ci]) {
                maxPrimaryPop = Math.max(maxPrimaryPop, cands.get(ci).population());
            }
        }
        double bestScore = Double.NEGATIVE_INFINITY;
        // the other mentions' first readings that count as nearby evidence, found once for all candidates
        Place[] usable = first == null ? null : new Place[first.length];
        int nUsable = 0;
        if (first != null) {
            for (int j = 0; j < first.length; j++) {
                Place o = first[j];
                if (j == k || o == null || cid[j] == cid[k] || o.isCountry()
                        || !o.isPopulatedPlace() && !"ADM2".equals(o.featureCode())) {
                    continue;
                }
                usable[nUsable++] = o;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        Place best = null;
        String ownKey = canon[k];
        // the country this name votes for as a country name or demonym (one: the same name has the same reading)
        Place top0 = cands.get(0);
        String ownVote = top0.country() != null && nameVotes.containsKey(top0.country() + "|" + ownKey)
                ? top0.country() : null;
        for (int ci = 0; ci < cands.size(); ci++) {
            Place c = cands.get(ci);
            double s = prior(c);
            // a town or county that the local evidence (closeness, the document's division) may favour; names of
            // countries and first-order divisions keep their usual reading ("California", not California, PA)
            boolean localReading = !namesDivision && (c.isPopulatedPlace() || "ADM2".equals(c.featureCode()));
            // a small town named like a division of its own country or like a sea takes no support from the
            // document's other places unless the text places it explicitly ("Florida, New York")
            boolean namesake = c.isPopulatedPlace() && c.population() < 100_000 && !"PPLC".equals(c.featureCode())
                    && container == null && (namesWater || divisionCountries.contains(c.country()));
            if (anyPrimary && !primary[ci] && !(c.isPopulatedPlace() && c.population() >= ALIAS_CITY_POP
                    && c.population() >= ALIAS_CITY_RATIO * maxPrimaryPop)) {
                s -= W_ALIAS_ONLY; // not for a city of millions known by a former name ("Madras", "Bombay")
            }
            if (c.country() == null && "RGN".equals(c.featureCode())) {
                // a region without a country ("Kashmir") yields to a same-named division on it that has one
                for (Place o : cands) {
                    if (o.isAdmin1() && o.country() != null && fastKm(c.lat(), c.lon(), o.lat(), o.lon()) < 300) {
                        s -= W_COUNTRY_TYPE;
                        break;
                    }
                }
            }
            if ("PPLC".equals(c.featureCode()) && adminCountries.contains(c.country())) {
                s += W_CAPITAL_NAME;
            }
            String ak = c.admin1Code() == null || (c.isAdmin1() ? townAdmins.isEmpty() : adminNamed.isEmpty()) ? null
                    : c.country() + "." + c.admin1Code();
            if (c.isAdmin1() && ak != null && townAdmins.contains(ak)) {
                s -= W_ADMIN1_TYPE + 0.5;
            }
            if (c.country() != null && !c.isCountry()) {
                double w = countryWeight.getOrDefault(c.country(), 0.0) - (c.country().equals(ownVote) ? 1 : 0);
                if (w > 0) {
                    s += W_COUNTRY_NAMED * Math.min(1.0, 0.6 + 0.2 * w);
                }
                double aw = ak == null ? 0 : adminNamed.getOrDefault(ak, 0.0) - nameVotes.getOrDefault(ak + "|" + ownKey, 0.0);
                if (aw > 0 && !c.isAdmin1() && !namesake) {
                    s += W_ADMIN1_NAMED;
                }
            }
            if (container != null) {
                for (Place cc : container.candidates()) {
                    if (cc.isCountry() && cc.country() != null && cc.country().equals(c.country()) && !c.isCountry()
                            || cc.isAdmin1() && cc.country() != null && cc.country().equals(c.country())
                            && cc.admin1Code() != null && cc.admin1Code().equals(c.admin1Code()) && !c.isAdmin1()) {
                        s += W_CONTAINMENT;
                        break;
                    }
                }
            }
            if (contained != null && (c.isAdmin1() || c.isCountry()) && c.country() != null) {
                for (Place cc : contained.candidates()) {
                    if (!cc.isCountry() && c.country().equals(cc.country()) && (c.isCountry() || !cc.isAdmin1()
                            && c.admin1Code() != null && c.admin1Code().equals(cc.admin1Code()))) {
                        s += W_CONTAINMENT / 2; // the division that holds the place just named
                        break;
                    }
                }
            }
            if (focusCountry != null && focusCountry.equals(c.country())) {
                s += W_FOCUS;
            }
            if (dateline && c.isPopulatedPlace()) {
                s += W_DATELINE; // "NEW YORK (AP) —": a dateline names a city
            }
            if (listPrev != null) {
                // members of a list are alike: a division among divisions, a country among countries
                Place before = listPrev[k] ? first[k - 1] : null;
                Place after = k + 1 < first.length && listPrev[k + 1] ? first[k + 1] : null;
                if ((alike(before, c) || alike(after, c)) && !namesake) {
                    s += W_LIST;
                }
            }
            boolean abroad = first != null && unsupportedAbroad(c, k, cid, cands, first, countryWeight, nameVotes, ownKey,
                    focusCountry);
            if (c.isCountry() && c.country() != null) {
                // a country agrees with the other places of the document that lie in it
                double w = countryWeight.getOrDefault(c.country(), 0.0) - (c.country().equals(ownVote) ? 1 : 0);
                boolean inside = false;
                if (first != null) {
                    for (int j = 0; j < first.length && !inside; j++) {
                        inside = j != k && first[j] != null && !first[j].isCountry() && c.country().equals(first[j].country());
                    }
                }
                if ((w > 0 || inside) && !abroad) { // a name repeated is no support of its own
                    s += W_COUNTRY_NAMED;
                } else if (focusCountry != null && !focusCountry.equals(c.country())) {
                    // "Georgia" in a document about the United States: the state, unless Georgia the country has support
                    for (Place o : cands) {
                        if (o.isAdmin1() && focusCountry.equals(o.country())) {
                            s -= W_FOCUS_ADMIN1;
                            break;
                        }
                    }
                }
            }
            if (first != null) {
                double nearest = Double.MAX_VALUE;
                for (int u = 0; u < nUsable; u++) {
                    Place o = usable[u];
                    if (o.geonameId() == c.geonameId()) {
                        continue;
                    }
                    nearest = Math.min(nearest, fastKm(c.lat(), c.lon(), o.lat(), o.lon()));
                }
                if (nearest < NEARBY_KM && !namesake) {
                    s += W_NEARBY * (1 - nearest / NEARBY_KM);
                }
                if (nearest < CLOSE_KM && localReading) {
                    s += W_CLOSE * (1 - nearest / CLOSE_KM);
                }
            }
            if (admin1Weight != null && localReading && c.country() != null && c.admin1Code() != null
                    && !c.admin1Code().isEmpty()) {
                int ai = admin1Weight.indexOf(c.country(), c.admin1Code());
                double w = ai < 0 ? 0 : admin1Weight.w[ai];
                for (int j = 0; ai >= 0 && j < first.length; j++) {
                    Place o = first[j];
                    if (o != null && cid[j] == cid[k] && (o.isPopulatedPlace() || "ADM2".equals(o.featureCode()))
                            && c.country().equals(o.country()) && c.admin1Code().equals(o.admin1Code())) {
                        w -= 1; // this name's own readings do not vote for themselves
                    }
                }
                if (w >= 1 && admin1Weight.isFocus(ai, w)) {
                    s += W_LOCAL_ADMIN1;
                }
            }
            if (abroad) {
                s -= W_UNSUPPORTED_ABROAD;
            }
            if (pair[k] != null && localReading) {
                s += W_PAIR * Math.min(2.0, pair[k][ci]);
            }
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        if (conf != null) {
            double margin = second == Double.NEGATIVE_INFINITY ? 5 : bestScore - second;
            conf[0] = 1 / (1 + Math.exp(-margin));
        }
        return best;
    }

    /** Whether a place is a point-like reading (a town or a county) that closeness to other places can support. */
    private static boolean local(Place p) {
        return !p.isCountry() && (p.isPopulatedPlace() || "ADM2".equals(p.featureCode()));
    }

    private static long cell(double lat, double lon) {
        return ((long) Math.floor(lat * 2) << 32) ^ (Math.floorMod((int) Math.floor(lon * 2), 720) & 0xffffffffL);
    }

    /**
     * For each candidate of each ambiguous mention, the sum over the other names of the document of how close their
     * nearest reading lies (1 at 0 km, 0 at {@link #PAIR_KM}); each other name counts once. Candidates are bucketed
     * in half-degree cells, so this is linear in the number of candidates.
     */
    static double[][] pairs(List<PlaceMention> mentions, int[] canonId, int names) {
        int n = mentions.size();
        double[][] out = new double[n][];
        Map<Long, List<int[]>> grid = new HashMap<>();
        for (int k = 0; k < n; k++) {
            PlaceMention m = mentions.get(k);
            if (m.kind() == PlaceMention.Kind.DEMONYM) {
                continue;
            }
            List<Place> cands = m.candidates();
            for (int ci = 0; ci < cands.size(); ci++) {
                Place c = cands.get(ci);
                if (local(c)) {
                    grid.computeIfAbsent(cell(c.lat(), c.lon()), x -> new ArrayList<>(2)).add(new int[] {k, ci});
                }
            }
        }
        double[] perName = new double[names];
        for (int k = 0; k < n; k++) {
            List<Place> cands = mentions.get(k).candidates();
            if (cands.size() < 2 || mentions.get(k).kind() == PlaceMention.Kind.DEMONYM) {
                continue;
            }
            out[k] = new double[cands.size()];
            for (int ci = 0; ci < cands.size(); ci++) {
                Place c = cands.get(ci);
                if (!local(c)) {
                    continue;
                }
                java.util.Arrays.fill(perName, 0);
                double la = Math.floor(c.lat() * 2) / 2;
                double lo = Math.floor(c.lon() * 2) / 2;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        List<int[]> bucket = grid.get(cell(la + dy * 0.5 + 0.25, lo + dx * 0.5 + 0.25));
                        if (bucket == null) {
                            continue;
                        }
                        for (int[] e : bucket) {
                            if (canonId[e[0]] == canonId[k]) {
                                continue;
                            }
                            Place o = mentions.get(e[0]).candidates().get(e[1]);
                            double d = fastKm(c.lat(), c.lon(), o.lat(), o.lon());
                            if (d < PAIR_KM) {
                                perName[canonId[e[0]]] = Math.max(perName[canonId[e[0]]], 1 - d / PAIR_KM);
                            }
                        }
                    }
                }
                double sum = 0;
                for (double v : perName) {
                    sum += v;
                }
                out[k][ci] = sum;
            }
        }
        return out;
    }

    /** Whether text[from, to) has no letter ("Amuru, Oromia", "Juarez (Chihuahua)"; not "China to Texas"). */
    private static boolean noLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            // nor a sentence's end: "imports from China. U.S. officials" is no containment
            if (Character.isLetter(ch) || ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '\n') {
                return false;
            }
        }
        return true;
    }


    /**
     * Whether candidate c (a country, a capital or a city of a million) lies in a country that nothing else in the
     * document supports (no name, demonym or actor of it, no other place in it) while another candidate of the same
     * mention is a town of the document's focus country within {@link #CLOSE_KM} of its other places.
     */
    private static boolean unsupportedAbroad(Place c, int k, int[] cid, List<Place> cands, Place[] chosen,
                                             Map<String, Double> countryWeight, Map<String, Double> nameVotes,
                                             String ownKey, String focusCountry) {
        if (focusCountry == null || c.country() == null || c.country().equals(focusCountry)
                || !(c.isCountry() || "PPLC".equals(c.featureCode()) || c.population() >= 1_000_000)) {
            return false;
        }
        double w = countryWeight.getOrDefault(c.country(), 0.0) - nameVotes.getOrDefault(c.country() + "|" + ownKey, 0.0);
        if (w > 0) {
            return false;
        }
        for (Map.Entry<String, Double> e : countryWeight.entrySet()) {
            if (!e.getKey().equals(focusCountry) && !e.getKey().equals(c.country()) && e.getValue() > 0) {
                return false; // a document that speaks of other countries too: the country reading stays plausible
            }
        }
        for (int j = 0; j < chosen.length; j++) {
            if (j != k && chosen[j] != null && cid[j] != cid[k] && c.country().equals(chosen[j].country())) {
                return false;
            }
        }
        for (Place o : cands) {
            if (o == c || !focusCountry.equals(o.country()) || !o.isPopulatedPlace()) {
                continue;
            }
            for (int j = 0; j < chosen.length; j++) {
                Place x = chosen[j];
                if (j != k && x != null && !x.isCountry() && (x.isPopulatedPlace() || "ADM2".equals(x.featureCode()))
                        && fastKm(o.lat(), o.lon(), x.lat(), x.lon()) < CLOSE_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Equirectangular approximation of the distance, good to a few percent below 1,000 km. */
    static double fastKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = lat2 - lat1;
        double dLon = Math.abs(lon2 - lon1);
        if (dLon > 180) {
            dLon = 360 - dLon;
        }
        if (Math.abs(dLat) * 111.2 > NEARBY_KM) {
            return Double.MAX_VALUE;
        }
        double x = dLon * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return 111.2 * Math.sqrt(x * x + dLat * dLat);
    }
}
