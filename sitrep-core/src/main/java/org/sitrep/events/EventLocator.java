package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;
import org.sitrep.model.EventLocation;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.PlaceResolutionStage;

/**
 * Where an event happened: the place of its clause, then of its sentence, its paragraph and the document, then the
 * country of its actors, demonyms or country cue words. The text's own evidence checks each place:
 * <ul>
 * <li>a place whose country nothing else in the text names loses when another country has more home evidence
 * (distinct places, catalogued parties, unions and movements, cue words): a namesake read abroad ("Medina" beside two
 * mentions of a Tunisian town); when every place loses so, the event gets that country only;</li>
 * <li>a town its named division vouches for ("in Tijuana, Baja California") wins over a stray reading in the same
 * sentence, or in the paragraph when the text names divisions and none holds the stray reading;</li>
 * <li>a quarter ("the X neighbourhood") gives way to its town, a destination ("a Dhaka-bound bus") and a cause clause
 * ("in response to an attack in X") locate nothing, nor does a protest's plea about a crisis abroad;</li>
 * <li>demonyms of foreigners ("Congolese nationals", "a South Korean firm") give no country.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class EventLocator {
    /** What a locator reads of one event; offsets are characters of the document's clean text. */
    record Query(String text, List<ResolvedPlace> places, List<ActorMention> actors, List<Sentence> sentences,
                 int clauseFrom, int clauseTo, int trigChar, int sentence, ActorMention actor1, ActorMention actor2,
                 boolean protest) {
    }

    /** A clause that gives the cause or background of an event, not its place. */
    private static final Pattern CAUSE = Pattern.compile(
            "\\b(?:in (?:response|reply|reaction|retaliation) (?:to|for)|in revenge for|to avenge|as revenge for)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What a protest is about, not where it is ("marched to demand an end to the crisis in X"). */
    private static final Pattern TOPIC = Pattern.compile(
            "\\b(?:in solidarity with|to (?:plead|mediate|intervene))\\b", Pattern.CASE_INSENSITIVE);
    /** A demonym naming foreigners or a foreign company, not the country of the event ("Congolese nationals"). */
    private static final Pattern FOREIGNERS_AFTER = Pattern.compile(
            "[-‑ ](?:nationals?|citizens?|tourists?|embassy|consulate|ambassador|diplomats?|firms?|compan(?:y|ies)|"
                    + "owned|investors?|expatriates?|migrants?|workers? abroad)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Catalogued actors that act at home: parties, unions, movements, crowds, communal militias. */
    private static final java.util.Set<ActorKind> HOME_KINDS = java.util.EnumSet.of(ActorKind.POLITICAL_MILITIA,
            ActorKind.PROTESTERS, ActorKind.RIOTERS, ActorKind.IDENTITY_MILITIA);

    private final CountryNames countries;
    /** Canonical forms of every country's demonyms and names: a demonym-kind mention that is none of them is a cue. */
    private static final java.util.Set<String> DEMONYM_KEYS = new java.util.HashSet<>();
    private final DivisionAbbreviations abbreviations = DivisionAbbreviations.bundled();

    static {
        for (org.sitrep.resolve.gazetteer.CountryTable.Country c : org.sitrep.resolve.gazetteer.CountryTable.standard().all()) {
            DEMONYM_KEYS.add(org.sitrep.resolve.NameKey.canonical(c.name()));
            for (String a : c.aliases()) {
                DEMONYM_KEYS.add(org.sitrep.resolve.NameKey.canonical(a));
            }
            for (String d : c.demonyms()) {
                DEMONYM_KEYS.add(org.sitrep.resolve.NameKey.canonical(d));
            }
        }
    }

    EventLocator(CountryNames countries) {
        this(countries, null);
    }

    EventLocator(CountryNames countries, org.sitrep.resolve.Gazetteer gazetteer) {
        this.countries = countries;
        this.gazetteer = gazetteer;
    }

    /** The gazetteer for national capitals ("in the capital"); null when the pipeline has none. */
    private final org.sitrep.resolve.Gazetteer gazetteer;

    /**
     * "in the capital", "the capital's X area", "the Somali capital", "Kenya's capital": the capital of the country the
     * text is in. Not a state's or a former capital, nor "the capital of X", nor money.
     */
    private static final Pattern THE_CAPITAL = Pattern.compile(
            "(?:\\b(?:the|in) (?:country'?s |national |nation'?s |federal |(?-i:[A-Z][a-z]+) )?|(?-i:[A-Z][a-z]+)'s )"
                    + "capital(?: city)?\\b(?!-)"
                    + "(?!\\s+(?:of|markets?|gains?|punishment|flight|expenditures?|investments?|goods|budget|"
                    + "projects?|costs?|account|adequacy|controls?|formation|outlays?)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PART_OF = Pattern.compile(
            "\\b(?:areas?|parts?|outskirts|suburbs?|districts?|neighbou?rhoods?|near|outside)(?: of)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The character span {start, end} of the paragraph of the event's sentence. */
    private static int[] paragraphSpan(Query q) {
        Sentence es = q.sentences().get(q.sentence());
        int from = es.start();
        int to = es.end();
        for (Sentence x : q.sentences()) {
            if (x.paragraph() == es.paragraph()) {
                from = Math.min(from, x.start());
                to = Math.max(to, x.end());
            }
        }
        return new int[] {from, to};
    }

    /** The event named "the capital" in its sentence or paragraph, and the country is known: its capital; else loc. */
    private EventLocation capitalInstead(Query q, EventLocation loc) {
        if (gazetteer == null || loc.country() == null || loc.precision() != GeoPrecision.COUNTRY) {
            return loc;
        }
        int[] para = paragraphSpan(q);
        int from = para[0];
        int to = para[1];
        java.util.regex.Matcher m = THE_CAPITAL.matcher(q.text()).region(from, to);
        if (!m.find()) {
            return loc;
        }
        Place c = gazetteer.capital(loc.country());
        if (c == null) {
            return loc;
        }
        // "the capital's Jatrabari area", "on the outskirts of the capital": a part of the town (near)
        boolean part = m.end() < q.text().length() && q.text().startsWith("'s", m.end())
                || PART_OF.matcher(q.text()).region(Math.max(0, m.start() - 24), m.start()).find();
        return new EventLocation(c.name(), c.country(), c.admin1Name(), c.lat(), c.lon(), c.geonameId(),
                part ? GeoPrecision.NEAR : GeoPrecision.EXACT, q.text().substring(m.start(), m.end()));
    }

    /**
     * Whether a demonym-kind mention is a country cue of the place recogniser ("hartal", "the upazila", "Lok Sabha"):
     * an institution, division word or community of one country, home ground like a place, unlike a demonym.
     */
    private static boolean cue(String text, ResolvedPlace p) {
        return p.isDemonym() && p.place() != null && p.place().isCountry() && p.place().country() != null
                && (Character.isLowerCase(text.charAt(p.start()))
                || !DEMONYM_KEYS.contains(org.sitrep.resolve.NameKey.canonical(text.substring(p.start(), p.end()))));
    }

    /**
     * A place named by a division word, cue or first-order division of another country right before or after it
     * ("Sreepur upazila", "Barangay Pahug", "Colchester in the Eastern Cape"): its reading abroad is a namesake of an
     * unlisted place of that country.
     */
    static boolean namedByForeignCue(Query q, ResolvedPlace p) {
        if (p.place() == null || p.place().country() == null || p.isDemonym()) {
            return false;
        }
        // "X sector (Y district, J&K)": the parenthesis right after the place names its division
        java.util.regex.Matcher pm = PAREN_AFTER.matcher(q.text()).region(p.end(), q.text().length());
        if (pm.lookingAt()) {
            String iso = DivisionAbbreviations.bundled().country(pm.group(1));
            if (iso != null && !iso.equals(p.place().country())) {
                return true;
            }
        }
        for (ResolvedPlace c : q.places()) {
            if (c == p || c.place() == null || c.place().country() == null
                    || c.place().country().equals(p.place().country())) {
                continue;
            }
            boolean isCue = cue(q.text(), c);
            if (isCue && p.start() >= c.end() && p.start() - c.end() <= 2 && q.text().substring(c.end(), p.start()).isBlank()) {
                return true; // "Barangay Pahug"
            }
            if ((isCue || !c.isDemonym() && c.place().isAdmin1() && !p.place().isAdmin1() && !p.place().isCountry()
                    && !hasCandidateIn(c, p.place().country()) && !ownDivisionNamed(q, p, c))
                    && c.start() >= p.end() && c.start() - p.end() <= 48
                    && AFTER_PLACE.matcher(q.text()).region(p.end(), c.start()).matches()) {
                return true; // "Sreepur upazila", "Providencia, Metropolitana", "Colchester in the Eastern Cape"
            }
        }
        return false;
    }

    /** A parenthesis after a place and at most three words ("sector area"): group 1 is the parenthesis. */
    private static final Pattern PAREN_AFTER = Pattern.compile("(?:\\s+[\\p{L}'-]+){0,3}\\s*(\\([^()]{1,80}\\))");

    /** Whether a mention could also be read in the given country ("Bolivar": a state of Venezuela and of Colombia). */
    private static boolean hasCandidateIn(ResolvedPlace c, String iso) {
        for (Place x : c.mention().candidates()) {
            if (iso.equals(x.country())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DIVISION_WORD = Pattern.compile(
            " (?:state|province|region|governorate|department|district|county|division|prefecture|oblast)$");

    /** Whether mention c spells the name of p's own first-order division ("Cartagena, Bolivar state"). */
    private static boolean ownDivisionNamed(Query q, ResolvedPlace p, ResolvedPlace c) {
        if (p.place().admin1Name() == null) {
            return false;
        }
        String own = org.sitrep.resolve.NameKey.canonical(p.place().admin1Name());
        String named = DIVISION_WORD.matcher(org.sitrep.resolve.NameKey.canonical(q.text().substring(c.start(), c.end())))
                .replaceFirst("");
        return !named.isEmpty() && !own.isEmpty() && (own.startsWith(named) || named.startsWith(own));
    }

    /**
     * What may stand between a place and the division that names it: "X upazila", "X, Y", "X (Y)", "X in the Y",
     * "X (alias) region of Y".
     */
    private static final Pattern AFTER_PLACE = Pattern.compile("\\s{1,2}|,\\s{1,2}|\\s?\\(|\\s+in\\s+(?:the\\s+)?"
            + "|(?:\\s+\\([^()]{1,30}\\))?\\s+(?:region|area|district|province|governorate|county)\\s+of\\s+(?:the\\s+)?");

    /** Per-document country evidence, computed once per query (documents are small). */
    private static final class Evidence {
        /** Distinct places and home-bound catalogued actors per country: what says where the text is. */
        final Map<String, java.util.Set<Object>> home = new HashMap<>();
        /** Everything distinct that names a country: home evidence, any actor's country, demonyms. */
        final Map<String, java.util.Set<Object>> any = new HashMap<>();
        /** The part of the home evidence named in the event's cause clause ("in response to an attack in X"). */
        final Map<String, java.util.Set<Object>> cause = new HashMap<>();

        /** Home evidence that is no place: cue words, abbreviations, catalogued parties and movements. */
        int homeWords(String iso) {
            java.util.Set<Object> s = home.get(iso);
            int n = 0;
            if (s != null) {
                for (Object o : s) {
                    n += o instanceof String ? 1 : 0;
                }
            }
            return n;
        }

        /** Home evidence outside the event's cause clause. */
        int homeBeyondCause(String iso) {
            java.util.Set<Object> s = cause.get(iso);
            return home(iso) - (s == null ? 0 : s.size());
        }

        int home(String iso) {
            java.util.Set<Object> s = home.get(iso);
            return s == null ? 0 : s.size();
        }

        int any(String iso) {
            java.util.Set<Object> s = any.get(iso);
            return s == null ? 0 : s.size();
        }

        void add(Map<String, java.util.Set<Object>> m, String iso, Object key) {
            m.computeIfAbsent(iso, k -> new java.util.HashSet<>()).add(key);
        }

        /** The country with the most home evidence, when one leads; null otherwise. */
        String leader() {
            String best = null;
            int n = 0;
            boolean tie = false;
            for (Map.Entry<String, java.util.Set<Object>> e : home.entrySet()) {
                if (e.getValue().size() > n) {
                    best = e.getKey();
                    n = e.getValue().size();
                    tie = false;
                } else if (e.getValue().size() == n) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }
    }

    EventLocation locate(Query q) {
        return capitalInstead(q, place(q));
    }

    private EventLocation place(Query q) {
        Evidence ev = evidence(q);
        boolean[] conflicted = {false};
        ResolvedPlace p = bestIn(q, ev, q.clauseFrom(), q.clauseTo(), conflicted);
        Sentence sent = q.sentences().get(q.sentence());
        if (p == null) {
            p = bestIn(q, ev, sent.start(), sent.end(), conflicted);
        }
        if (p == null) {
            for (int i = q.sentence() - 1; i >= 0 && p == null; i--) {
                if (q.sentences().get(i).paragraph() != sent.paragraph()) {
                    break;
                }
                p = bestIn(q, ev, q.sentences().get(i).start(), q.sentences().get(i).end(), conflicted);
            }
        }
        if (p == null) {
            for (int i = q.sentence() + 1; i < q.sentences().size() && i <= q.sentence() + 2 && p == null; i++) {
                if (q.sentences().get(i).paragraph() != sent.paragraph()) {
                    break;
                }
                p = bestIn(q, ev, q.sentences().get(i).start(), q.sentences().get(i).end(), conflicted);
            }
        }
        if (p == null) {
            p = focus(q, ev, conflicted);
        }
        Sentence ps = p == null ? null : sentenceOf(q, p.start());
        if (ps != null && ps.paragraph() == sent.paragraph()) {
            // "in Tijuana, Baja California, a body was found in La Presa": the town its division vouches for
            p = vouchedInstead(q, ev, ps, p);
            // "in the Lins neighbourhood of Rio", "in Karan area of Mogadishu": the town the quarter belongs to
            p = townOfQuarter(q, ev, ps, p);
        }
        if (p != null) {
            Place pl = p.place();
            return new EventLocation(pl.name(), pl.country(), pl.admin1Name(), pl.lat(), pl.lon(), pl.geonameId(),
                    p.precision(), q.text().substring(p.start(), p.end()));
        }
        String lead = ev.leader();
        if (conflicted[0] && lead != null) {
            // every place named lies in a country the rest of the text does not name: the text's own country
            return countryOnly(lead);
        }
        // no place named: the country of the actors, when they agree (never a demonym's place)
        String iso = actorCountry(q);
        if (iso != null && ev.home(iso) == 0) {
            if (lead != null && ev.homeBeyondCause(lead) > 0) {
                // the text's own ground (a cue, a division, a party) against an actor's catalogue country: "JNIM
                // militants burned a school (Logobou, Tapoa)", "Indian border guards fired at traders in the upazila"
                iso = lead;
            } else if (abroad(q, iso)) {
                // forces that act abroad against the people of the place: "Israeli forces raided the village and
                // beat Palestinian farmers"
                String d = peopleDemonymCountry(q);
                if (d != null && !d.equals(iso)) {
                    iso = d;
                }
            }
        }
        if (iso == null) {
            String d = demonymCountry(q, true);
            iso = d != null && (lead == null || ev.home(d) > 0) ? d : lead; // home evidence that located nothing
        }
        if (iso == null) {
            iso = demonymCountry(q, false); // only the nationality of armed forces ("Turkish jets bombed ...")
        }
        if (iso == null) {
            // a place named only inside an organisation's name ("Punjab Teachers' Union"): its division or country
            for (ResolvedPlace r : q.places()) {
                if (usable(q, r) && r.place().country() != null) {
                    Place pl = r.place();
                    return pl.isAdmin1() ? new EventLocation(pl.name(), pl.country(), pl.admin1Name(), pl.lat(), pl.lon(),
                            pl.geonameId(), GeoPrecision.REGION, q.text().substring(r.start(), r.end()))
                            : countryOnly(pl.country());
                }
            }
        }
        if (iso == null) {
            iso = reporterCountry(q);
        }
        return iso == null ? EventLocation.unknown() : countryOnly(iso);
    }

    private EventLocation countryOnly(String iso) {
        return new EventLocation(countries.name(iso), iso, null, null, null, null, GeoPrecision.COUNTRY, null);
    }

    // ------------------------------------------------------------------------------------------------ evidence

    private Evidence evidence(Query q) {
        Evidence ev = new Evidence();
        for (ResolvedPlace p : q.places()) {
            if (p.place() == null || p.place().country() == null || p.precision() == GeoPrecision.UNKNOWN
                    || PlaceResolutionStage.modifierUse(q.text(), p.mention())) {
                continue;
            }
            String iso = p.place().country();
            if (p.isDemonym()) {
                if (!foreigners(q.text(), p)) {
                    ev.add(ev.any, iso, "demonym");
                    if (cue(q.text(), p)) {
                        // a country cue word of the place recogniser ("hartal", "the upazila"): home ground
                        ev.add(ev.home, iso, "cue:" + q.text().substring(p.start(), p.end()).toLowerCase(Locale.ROOT));
                    }
                }
                continue;
            }
            if (namedByForeignCue(q, p)) {
                continue;
            }
            ev.add(ev.home, iso, p.place().geonameId());
            ev.add(ev.any, iso, p.place().geonameId());
            if (causeClause(q, p)) {
                ev.add(ev.cause, iso, p.place().geonameId());
            }
        }
        // "(Nalgonda, TS)", "in J&K": abbreviated divisions of one country
        abbreviations.find(q.text(), (abbr, iso) -> {
            ev.add(ev.home, iso, "abbr:" + abbr);
            ev.add(ev.any, iso, "abbr:" + abbr);
        });
        for (ActorMention a : q.actors()) {
            if (a.actor() == null || a.actor().country() == null) {
                continue;
            }
            String iso = a.actor().country();
            Object key = a.actor().id() != null ? a.actor().id() : a.actor().name();
            ev.add(ev.any, iso, key == null ? "actor" : key);
            // catalogued home-bound groups only: generated actors ("protesters:XX") take the document's country
            if (!a.anaphoric() && !a.actor().reporter() && a.actor().id() != null && a.actor().id().indexOf(':') < 0
                    && HOME_KINDS.contains(a.actor().kind())) {
                ev.add(ev.home, iso, key);
            }
        }
        return ev;
    }

    /** A demonym of foreigners or foreign firms ("Congolese nationals", "a South Korean firm"). */
    static boolean foreigners(String text, ResolvedPlace p) {
        int e = p.end();
        return e < text.length() && FOREIGNERS_AFTER.matcher(text).region(e, Math.min(text.length(), e + 16)).lookingAt();
    }

    /**
     * A place that nothing else in the text supports while another country has more home evidence (places, parties,
     * unions) than the place's own: a wrong reading of an ambiguous name ("Medina" beside two mentions of a Tunisian
     * town) or a place abroad named in passing.
     */
    private static boolean conflicts(Evidence ev, ResolvedPlace p) {
        String iso = p.place().country();
        int own = ev.any(iso) - 1; // the place itself
        if (own > 0) {
            return false;
        }
        int mine = ev.home(iso);
        for (Map.Entry<String, java.util.Set<Object>> e : ev.home.entrySet()) {
            if (!e.getKey().equals(iso) && e.getValue().size() > mine) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ places

    private static boolean usable(Query q, ResolvedPlace p) {
        return p.place() != null && !p.isDemonym() && p.precision() != GeoPrecision.UNKNOWN
                && !(p.place().isCountry() && PlaceResolutionStage.modifierUse(q.text(), p.mention()))
                && !destination(q.text(), p);
    }

    /** "a Dhaka-bound bus": where a vehicle was heading, not where the event happened. */
    private static final Pattern DESTINATION_AFTER = Pattern.compile("[-‑ ]bound\\b", Pattern.CASE_INSENSITIVE);

    static boolean destination(String text, ResolvedPlace p) {
        int e = p.end();
        return e < text.length() && DESTINATION_AFTER.matcher(text).region(e, Math.min(text.length(), e + 8)).lookingAt();
    }

    private static int rank(GeoPrecision g) {
        switch (g) {
            case EXACT:
                return 4;
            case NEAR:
                return 3;
            case REGION:
                return 2;
            case COUNTRY:
                return 1;
            default:
                return 0;
        }
    }

    /** A place name inside an actor's name ("Youth Congress workers", "Military Forces of Afghanistan"). */
    private static boolean insideActor(Query q, ResolvedPlace p) {
        for (ActorMention a : q.actors()) {
            if (!a.anaphoric() && a.start() <= p.start() && p.end() <= a.end() && a.length() > p.length()) {
                return true;
            }
        }
        return false;
    }

    /** A place after the trigger in its sentence, in a clause that gives the cause ("in response to an attack in X"). */
    private static boolean causeClause(Query q, ResolvedPlace p) {
        if (p.start() <= q.trigChar()) {
            return false;
        }
        Sentence s = q.sentences().get(q.sentence());
        int from = Math.max(q.trigChar(), s.start());
        return from < p.start() && p.start() < s.end() && (CAUSE.matcher(q.text()).region(from, p.start()).find()
                || q.protest() && TOPIC.matcher(q.text()).region(from, p.start()).find());
    }

    private static ResolvedPlace bestIn(Query q, Evidence ev, int charFrom, int charTo, boolean[] conflicted) {
        ResolvedPlace best = null;
        int trigChar = q.trigChar();
        for (ResolvedPlace read : q.places()) {
            if (read.start() < charFrom || read.start() >= charTo || !usable(q, read) || insideActor(q, read)
                    || causeClause(q, read)) {
                continue;
            }
            ResolvedPlace p = rereadAtHome(ev, read);
            if (p.precision() == GeoPrecision.COUNTRY && p.end() <= trigChar && agent(q, p)) {
                continue; // "the US bombed ...": the agent, not the place
            }
            if (conflicts(ev, p) || namedByForeignCue(q, p)) {
                conflicted[0] = true;
                continue;
            }
            if (best == null || rank(p.precision()) > rank(best.precision())
                    || rank(p.precision()) == rank(best.precision())
                    && Math.abs(p.start() - trigChar) < Math.abs(best.start() - trigChar) && best.start() < trigChar) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The reading of an ambiguous name in the text's own country: when nothing but the place itself speaks for its
     * country and another of its candidates lies in a country with at least as much home evidence (a cue, a division,
     * a party), that candidate ("Tripoli" beside the Lebanese Seray, "Sreepur" beside an upazila); else p.
     */
    private static ResolvedPlace rereadAtHome(Evidence ev, ResolvedPlace p) {
        if (p.isDemonym() || p.place().isCountry() || p.place().country() == null || ev.any(p.place().country()) > 1) {
            return p;
        }
        String iso = p.place().country();
        Place best = null;
        int bestN = 0;
        for (Place c : p.mention().candidates()) {
            if (c.country() == null || c.country().equals(iso) || c.isCountry()
                    || !(c.isPopulatedPlace() || c.isAdmin1())) {
                continue;
            }
            int n = ev.home(c.country());
            // a tie with the place's own country is enough when words, not another place, make it (a place against a
            // place is the resolver's call)
            if (n >= 1 && (n > ev.home(iso) || n == ev.home(iso) && ev.homeWords(c.country()) > 0) && n > bestN) {
                best = c;
                bestN = n;
            }
        }
        if (best == null) {
            return p;
        }
        GeoPrecision g = best.isPopulatedPlace() ? (p.precision() == GeoPrecision.REGION ? GeoPrecision.EXACT : p.precision())
                : GeoPrecision.REGION;
        return new ResolvedPlace(p.start(), p.end(), p.mention(), best, g, p.confidence());
    }

    /** A country name right before the trigger and not after "in"/"of": the one who acts. */
    private static boolean agent(Query q, ResolvedPlace p) {
        String between = q.text().substring(p.end(), Math.max(p.end(), q.trigChar())).trim();
        if (between.indexOf(' ') >= 0) {
            return false;
        }
        int i = p.start() - 1;
        while (i >= 0 && Character.isWhitespace(q.text().charAt(i))) {
            i--;
        }
        int j = i;
        while (j >= 0 && Character.isLetter(q.text().charAt(j))) {
            j--;
        }
        String prev = q.text().substring(j + 1, i + 1).toLowerCase(Locale.ROOT);
        return !prev.equals("in") && !prev.equals("of");
    }

    /**
     * The place to take instead of {@code p}: as precise, placed by the text itself (its first-order division is named
     * as well) while {@code p} is not and lies in another division; searched in {@code p}'s sentence, then, when the
     * text names divisions of p's country and none holds p, in the event's paragraph; {@code p} when none.
     */
    private static ResolvedPlace vouchedInstead(Query q, Evidence ev, Sentence sent, ResolvedPlace p) {
        if (vouched(q, p)) {
            return p;
        }
        ResolvedPlace s = vouchedIn(q, ev, sent.start(), sent.end(), p);
        if (s == null && outsideNamedDivisions(q, p)) {
            // the text names its divisions and none holds p: p is a namesake ("Columbia" in a note on Portland,
            // Oregon); take the paragraph's town that a named division vouches for
            int[] para = paragraphSpan(q);
            s = vouchedIn(q, ev, para[0], para[1], p);
        }
        return s == null ? p : s;
    }

    /** The first town in [from, to) as precise as p, in another division, that a named division vouches for. */
    private static ResolvedPlace vouchedIn(Query q, Evidence ev, int from, int to, ResolvedPlace p) {
        for (ResolvedPlace s : q.places()) {
            if (s.start() < from || s.start() >= to || s == p || !usable(q, s) || insideActor(q, s)
                    || causeClause(q, s) || rank(s.precision()) < rank(p.precision())
                    || s.place().geonameId() == p.place().geonameId() || sameDivision(s.place(), p.place())
                    || conflicts(ev, s)) {
                continue;
            }
            if (vouched(q, s)) {
                return s;
            }
        }
        return null;
    }

    /** The text names first-order divisions of p's country, and p lies in none of them. */
    private static boolean outsideNamedDivisions(Query q, ResolvedPlace p) {
        boolean named = false;
        for (ResolvedPlace r : q.places()) {
            if (r.place() != null && !r.isDemonym() && r.place().isAdmin1()
                    && java.util.Objects.equals(r.place().country(), p.place().country())) {
                if (sameDivision(r.place(), p.place())) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /** Words after a name that make it a quarter of a town ("X neighbourhood", "the X area of"). */
    private static final Pattern QUARTER_AFTER = Pattern.compile(
            "\\s+(?:neighbou?rhoods?|suburbs?|quarter|area of|district of|slum|locality of)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * When {@code p} is named as a quarter ("Jacarezinho neighborhood"), the sentence's other town of the same
     * country, at least as precise: the event's town, and {@code p}'s own reading is often a namesake elsewhere.
     */
    private static ResolvedPlace townOfQuarter(Query q, Evidence ev, Sentence sent, ResolvedPlace p) {
        if (p.end() >= q.text().length()
                || !QUARTER_AFTER.matcher(q.text()).region(p.end(), Math.min(q.text().length(), p.end() + 20)).lookingAt()) {
            return p;
        }
        ResolvedPlace best = null;
        for (ResolvedPlace s : q.places()) {
            if (s.start() < sent.start() || s.start() >= sent.end() || s == p || !usable(q, s) || insideActor(q, s)
                    || causeClause(q, s) || s.precision() != GeoPrecision.EXACT || !s.place().isPopulatedPlace()
                    || s.place().geonameId() == p.place().geonameId()
                    || !java.util.Objects.equals(s.place().country(), p.place().country()) || conflicts(ev, s)
                    || QUARTER_AFTER.matcher(q.text()).region(s.end(), Math.min(q.text().length(), s.end() + 20)).lookingAt()) {
                continue;
            }
            if (best == null || Math.abs(s.start() - p.start()) < Math.abs(best.start() - p.start())) {
                best = s;
            }
        }
        return best == null ? p : best;
    }

    private static Sentence sentenceOf(Query q, int charAt) {
        for (Sentence s : q.sentences()) {
            if (charAt >= s.start() && charAt < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static boolean sameDivision(Place a, Place b) {
        return a.country() != null && a.country().equals(b.country()) && a.admin1Code() != null
                && a.admin1Code().equals(b.admin1Code());
    }

    /** Another mention names the place's first-order division ("Tijuana, Baja California"). */
    private static boolean vouched(Query q, ResolvedPlace p) {
        for (ResolvedPlace r : q.places()) {
            if (r != p && r.place() != null && !r.isDemonym() && r.place().isAdmin1()
                    && r.place().geonameId() != p.place().geonameId() && sameDivision(r.place(), p.place())) {
                return true;
            }
        }
        return false;
    }

    /** The document's focus: the most often named place, the earliest on ties. */
    private static ResolvedPlace focus(Query q, Evidence ev, boolean[] conflicted) {
        ResolvedPlace best = null;
        int bestN = 0;
        for (ResolvedPlace read : q.places()) {
            if (!usable(q, read) || insideActor(q, read) || causeClause(q, read)) {
                continue;
            }
            ResolvedPlace p = rereadAtHome(ev, read);
            if (conflicts(ev, p) || namedByForeignCue(q, p)) {
                conflicted[0] = true;
                continue;
            }
            int n = 0;
            for (ResolvedPlace r : q.places()) {
                if (usable(q, r) && r.place().geonameId() == read.place().geonameId()) {
                    n++;
                }
            }
            if (n > bestN) {
                best = p;
                bestN = n;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------------ countries

    /** The one country of the event's actors (then of the document's actors), or null when none or several. */
    private static String actorCountry(Query q) {
        String iso = null;
        String home = null; // a non-state actor's country: foreign forces fight abroad, rebels and crowds at home
        for (ActorMention a : new ActorMention[] {q.actor1(), q.actor2()}) {
            if (a != null && a.actor().country() != null && !a.actor().reporter()) {
                if (a.actor().kind() != ActorKind.STATE_FORCES && a.actor().kind() != ActorKind.EXTERNAL_OTHER) {
                    home = home == null || home.equals(a.actor().country()) ? a.actor().country() : "";
                }
                if (iso != null && !iso.equals(a.actor().country())) {
                    return home == null || home.isEmpty() ? null : home;
                }
                iso = a.actor().country();
            }
        }
        if (iso != null) {
            return iso;
        }
        Map<String, Integer> n = new HashMap<>();
        for (ActorMention a : q.actors()) {
            if (a.actor() != null && a.actor().country() != null && !a.actor().reporter()) {
                n.merge(a.actor().country(), 1, Integer::sum);
            }
        }
        if (n.size() == 1) {
            return n.keySet().iterator().next();
        }
        return null;
    }

    /** Words after a demonym that make it the people or property of a place ("Palestinian farmers", "Bangladeshi cattle trader"). */
    private static final Pattern PEOPLE_AFTER = Pattern.compile(
            "[-‑ ](?:[a-z]+ )?(?:civilians?|residents?|villagers?|farmers?|fishermen|herders?|shepherds?|traders?|man|men|"
                    + "wom[ae]n|boys?|girls?|child(?:ren)?|youths?|teenagers?|famil(?:y|ies)|people|workers?|students?|"
                    + "protesters?|demonstrators?|worshippers?|houses?|homes?|villages?|towns?|lands?|fields?)\\b");

    /** The one country whose demonym names people or property of the place ("Palestinian farmers"); null when none or several. */
    private static String peopleDemonymCountry(Query q) {
        String iso = null;
        for (ResolvedPlace p : q.places()) {
            if (p.isDemonym() && p.place() != null && p.place().country() != null && p.place().isCountry()
                    && !cue(q.text(), p) && p.end() < q.text().length()
                    && PEOPLE_AFTER.matcher(q.text()).region(p.end(), Math.min(q.text().length(), p.end() + 24)).lookingAt()) {
                if (iso != null && !iso.equals(p.place().country())) {
                    return null;
                }
                iso = p.place().country();
            }
        }
        return iso;
    }

    /** Whether the event's actors of country {@code iso} are all forces that also act abroad (state forces, foreign). */
    private static boolean abroad(Query q, String iso) {
        boolean any = false;
        for (ActorMention a : new ActorMention[] {q.actor1(), q.actor2()}) {
            if (a != null && iso.equals(a.actor().country())) {
                if (a.actor().kind() != ActorKind.STATE_FORCES && a.actor().kind() != ActorKind.EXTERNAL_OTHER) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The one country of the reporting offices ("the OSCE monitoring mission observed"), or null. */
    private static String reporterCountry(Query q) {
        String iso = null;
        for (ActorMention a : q.actors()) {
            if (a.actor() != null && a.actor().country() != null && a.actor().reporter()) {
                if (iso != null && !iso.equals(a.actor().country())) {
                    return null;
                }
                iso = a.actor().country();
            }
        }
        return iso;
    }

    /**
     * The country most often named by a demonym ("Congolese police"), the earliest on ties; null when none. Without
     * {@code forces}, the nationality of armed forces ("Turkish troops") does not count.
     */
    private static String demonymCountry(Query q, boolean skipForces) {
        Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (ResolvedPlace p : q.places()) {
            if (p.isDemonym() && p.place() != null && p.place().country() != null && p.place().isCountry()
                    && !PlaceResolutionStage.modifierUse(q.text(), p.mention()) && !foreigners(q.text(), p)
                    && !(skipForces && PlaceResolutionStage.forcesUse(q.text(), p.mention()))) {
                n.merge(p.place().country(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 0;
        for (Map.Entry<String, Integer> x : n.entrySet()) {
            if (x.getValue() > bestN) {
                best = x.getKey();
                bestN = x.getValue();
            }
        }
        return best;
    }
}
