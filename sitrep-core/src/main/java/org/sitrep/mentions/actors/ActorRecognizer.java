package org.sitrep.mentions.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Stage;

/**
 * Finds actor mentions: catalogue aliases (longest match), country word + force noun ("Pakistani security
 * forces", "Afghan National Army"), "X-aligned forces" and "X-backed militias", "the Islamic State's Libyan
 * arm", uncatalogued names ending in Brigade/Front/Army ..., generic actors (civilians, protesters, gunmen)
 * with the document's focus country, and anaphora ("the group", "the jihadists") resolved to the most salient
 * armed group mentioned before. Stateless and thread-safe.
 */
public final class ActorRecognizer implements Stage {
    private static final Set<String> CONTEXT_BEFORE = Set.of("by", "against", "of", "from", "with", "the", "to", "and",
            "pro", "anti", "join", "joined", "joining", "fighting", "fight", "targeting", "defeat", "defeated", "or", "for",
            "between", "versus", "vs", "on", "led", "linked", "loyal", "where", "that", "which");
    private static final Set<String> CONTEXT_AFTER = Set.of("fighters", "militants", "jihadists", "group", "claimed",
            "said", "attacked", "killed", "seized", "captured", "launched", "fighter", "militant", "members", "'s",
            "controlled", "held", "has", "had", "is", "was", "were", "have", "took", "stormed", "executed", "beheaded",
            "leader", "commander", "positions", "targets", "stronghold", "strongholds", "operatives", "loyalists",
            "forces", "cadre", "cadres", "rebels", "insurgents", "guerrillas", "guerrilla", "militiamen", "troops",
            "ambushed", "abducted", "kidnapped", "clashed", "fired", "suspected", "elements", "activists");
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "from", "to", "into", "across", "inside", "within",
            "throughout", "near", "at", "on", "for", "over", "about", "against", "toward", "towards", "with", "by", "between");
    private static final Set<String> CONNECTORS = Set.of("al", "el", "ad", "ash", "as", "at", "ar", "an", "of", "for",
            "the", "de", "des", "du", "la", "bin", "ibn", "'s", "wal");

    private final ActorCatalogue catalogue;

    public ActorRecognizer(ActorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ActorRecognizer() {
        this(ActorCatalogue.standard());
    }

    public ActorCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public String name() {
        return "mentions.actors";
    }

    @Override
    public String version() {
        return "1-" + catalogue.version();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public Document process(Document doc) {
        return doc.with(Layers.ACTORS, find(doc), name());
    }

    /** Candidate kinds in order of preference at equal length. */
    private enum Src { CATALOGUE, EXTENDED, STATE, UNKNOWN, ANAPHOR, GENERIC }

    private record Cand(int start, int end, Src src, ActorEntry entry, Actor actor, double confidence) {
    }

    /** Per-document working state. */
    private final class Work {
        final String text;
        final NormTokens t;
        final int[] sent;
        final int[] para;
        final boolean[] titleCase;
        final LocalDate date;
        final java.util.function.IntPredicate context = k -> actorContext(this, k);
        final ActorCatalogue.CountryMatch[] countries;
        String focus;

        Work(Document doc) {
            text = doc.text();
            t = NormTokens.of(doc);
            countries = new ActorCatalogue.CountryMatch[t.size()];
            date = doc.meta().published();
            List<Sentence> sentences = doc.get(Layers.SENTENCES);
            sent = new int[t.size()];
            para = new int[t.size()];
            titleCase = new boolean[sentences.size() + 1];
            int s = 0;
            int[] upper = new int[sentences.size() + 1];
            int[] words = new int[sentences.size() + 1];
            for (int i = 0; i < t.size(); i++) {
                while (s < sentences.size() && sentences.get(s).end() <= t.start(i)) {
                    s++;
                }
                sent[i] = s;
                para[i] = s < sentences.size() ? sentences.get(s).paragraph() : Integer.MAX_VALUE;
                if (t.isWord(i) && Character.isLetter(t.exact(i).charAt(0))) {
                    words[s]++;
                    if (t.isUpperInitial(i)) {
                        upper[s]++;
                    }
                }
            }
            for (int k = 0; k < titleCase.length; k++) {
                titleCase[k] = words[k] >= 3 && upper[k] * 10 >= words[k] * 7;
            }
        }
    }

    List<ActorMention> find(Document doc) {
        Work w = new Work(doc);
        NormTokens t = w.t;
        w.focus = focusCountry(w);
        List<Cand> cands = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Cand c = candidate(w, i);
            if (c != null) {
                cands.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        if (w.focus == null) {
            w.focus = focusFromActors(cands);
        }
        return resolve(w, cands);
    }

    /** Without country words, the most frequent home country of the named actors ("the LNA" gives Libya). */
    private String focusFromActors(List<Cand> cands) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestN = 0;
        for (Cand c : cands) {
            ActorEntry e = c.entry();
            if (e == null || e.generic() || e.focus() || e.country() == null || e.kind() == ActorKind.EXTERNAL_OTHER
                    || catalogue.countryName(e.country()) == null) {
                continue;
            }
            int n = counts.merge(e.country(), 1, Integer::sum);
            if (n > bestN) {
                best = e.country();
                bestN = n;
            }
        }
        return best;
    }

    /** The most frequent country (name, alias or demonym) of the document; ties go to the first mentioned. */
    /** Words after a country name that make it no evidence of the document's own country. */
    private static final java.util.Set<String> NOT_FOCUS_AFTER = java.util.Set.of("dollar", "dollars", "currency",
            "embassy", "embassies", "consulate", "consulates");

    private String focusCountry(Work w) {
        NormTokens t = w.t;
        Map<String, int[]> counts = new HashMap<>();
        int order = 0;
        for (int i = 0; i < t.size(); i++) {
            w.countries[i] = catalogue.country(t, i);
        }
        for (int i = 0; i < t.size(); ) {
            ActorCatalogue.CountryMatch m = w.countries[i];
            if (m != null && m.end() < t.size() && NOT_FOCUS_AFTER.contains(t.lower(m.end()))) {
                i = m.end(); // "the US dollar", "the French embassy": a currency or a mission abroad, not where the text is
                continue;
            }
            if (m != null) {
                int[] c = counts.computeIfAbsent(m.iso2(), k -> new int[] {0, 0});
                if (c[0] == 0) {
                    c[1] = order++;
                }
                c[0]++;
                i = m.end();
            } else {
                i++;
            }
        }
        String best = null;
        int bestN = 0;
        int bestOrder = Integer.MAX_VALUE;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] > bestN || (c[0] == bestN && c[1] < bestOrder)) {
                best = e.getKey();
                bestN = c[0];
                bestOrder = c[1];
            }
        }
        return best;
    }

    private boolean actorContext(Work w, int i) {
        NormTokens t = w.t;
        if (w.titleCase[w.sent[i]]) {
            return false;
        }
        if (i > 0 && CONTEXT_BEFORE.contains(t.lower(i - 1))) {
            return true;
        }
        return i + 1 < t.size() && CONTEXT_AFTER.contains(t.lower(i + 1));
    }

    private Cand candidate(Work w, int i) {
        NormTokens t = w.t;
        Cand best = null;
        // catalogue alias
        ActorCatalogue.Match m = catalogue.match(t, i, w.date, w.context, w.focus);
        Cand base = null;
        if (m != null) {
            ActorEntry e = m.entry();
            Src src = e.generic() || e.focus() ? Src.GENERIC : Src.CATALOGUE;
            base = new Cand(i, m.end(), src, e, actorOf(w, e), e.generic() || e.focus() ? 0.6 : 0.9);
            best = better(best, base);
        }
        // country word + modifiers + state noun
        ActorCatalogue.CountryMatch cm = w.countries[i];
        Cand state = null;
        if (cm != null) {
            state = statePattern(w, cm);
            if (state == null) {
                state = countryAsAgent(w, cm);
            }
            best = better(best, state);
        }
        // "Palestinians hurled stones", "clashes between Afghans and police": people of that country, a crowd when
        // a protest or riot word follows
        if (best == null && cm != null && pluralDemonym(t, cm)) {
            best = people(w, cm);
        }
        // "troops of India"
        best = better(best, nounOfCountry(w, i));
        // "pro-X forces"
        if (t.lower(i).equals("pro") && i + 1 < t.size() && t.hyphenBefore(i + 1)) {
            Cand pro = proPattern(w, i);
            best = better(best, pro);
        }
        // extensions of a specific actor or a country word: X-aligned forces, X's Libyan arm, X in Libya, X fighters
        Cand ext = null;
        if (base != null && base.src() == Src.CATALOGUE) {
            ext = extend(w, base, base.entry().country());
        }
        if (ext == null && state != null) {
            ext = affiliation(w, state.end(), state.start(), state.entry(), state.entry().country());
        }
        if (ext == null && cm != null) {
            ext = affiliation(w, cm.end(), cm.start(), catalogue.state(cm.iso2(), ActorCatalogue.StateRole.GOV), cm.iso2());
        }
        best = better(best, ext);
        // generic members "of the" specific group: "militants of the X Brigade"
        if (base != null && base.src() == Src.GENERIC && catalogue.isMember(t.lower(base.end() - 1))) {
            int j = base.end();
            if (j < t.size() && t.lower(j).equals("of")) {
                j++;
                if (j < t.size() && t.lower(j).equals("the")) {
                    j++;
                }
                if (j < t.size()) {
                    Cand inner = specificAt(w, j);
                    if (inner != null) {
                        best = better(best, new Cand(i, inner.end(), Src.EXTENDED, inner.entry(), inner.actor(),
                                inner.confidence()));
                    }
                }
            }
        }
        // generic fighters "under" a specific command: "opposition rebels operating under OPS"
        if (base != null && base.src() == Src.GENERIC && base.entry() != null && base.entry().kind() != ActorKind.CIVILIANS
                && base.entry().kind() != ActorKind.PROTESTERS && base.entry().kind() != ActorKind.RIOTERS) {
            Cand under = underCommand(w, base);
            if (under != null) {
                best = better(best, under);
            }
        }
        // uncatalogued names: the Y Battalion, Z Front
        if (best == null || best.src() == Src.GENERIC || best.end() <= i + 1) {
            best = better(best, unknownGroup(w, i));
        }
        // uncatalogued names the text presents as a group's: "X claimed responsibility", "claimed by X"
        if (best == null || best.src() == Src.GENERIC) {
            best = better(best, claimedGroup(w, i));
        }
        // a crowd that protests or riots: "lawyers protested", "villagers ransacked the station"
        if ((best == null || best.src() == Src.GENERIC && best.entry() != null && best.entry().kind() == ActorKind.CIVILIANS)
                && catalogue.isCrowd(t.lower(i))) {
            best = better(best == null || best.end() > i + 1 ? best : null, crowd(w, i));
        }
        // anaphors: the group, the jihadists
        int an = catalogue.anaphor(t, i);
        if (an > 0) {
            best = better(best, new Cand(i, an, Src.ANAPHOR, null, null, 0.6));
        }
        return best;
    }

    /** A crowd noun at i followed in its sentence by a protest word (protesters) or a riot word (rioters). */
    private Cand crowd(Work w, int i) {
        NormTokens t = w.t;
        int s = w.sent[i];
        int limit = Math.min(t.size(), i + 15);
        for (int k = i + 1; k < limit && w.sent[k] == s; k++) {
            String lk = t.lower(k);
            // "villagers attacked a police team" (rioters), not "villagers were attacked by gunmen" (victims)
            boolean assault = k <= i + 4 && catalogue.isAssaultWord(lk) && !passiveAt(t, i + 1, k)
                    && !NOT_BEFORE_VERB.contains(t.lower(k - 1));
            boolean riot = catalogue.isRiotWord(lk) || assault;
            if (riot || catalogue.isProtestWord(lk)) {
                ActorEntry e = catalogue.entry(riot ? "rioters:@" : "protesters:@");
                return e == null ? null : new Cand(i, i + 1, Src.GENERIC, e, actorOf(w, e), 0.55);
            }
        }
        return null;
    }

    /** Words between a generic armed noun and "under" ("rebels, operating under X", "rebels who operate under X"). */
    private static final Set<String> UNDER_GAP = Set.of(",", "operating", "operate", "operates", "fighting", "fight",
            "which", "who", "that", "both", "all", "serving", "acting");

    /** "X rebels (operating) under Y": Y when Y is a specific actor (catalogued or named). */
    private Cand underCommand(Work w, Cand base) {
        NormTokens t = w.t;
        int j = base.end();
        int gap = 0;
        while (j < t.size() && gap < 3 && UNDER_GAP.contains(t.lower(j))) {
            j++;
            gap++;
        }
        if (j + 1 >= t.size() || !t.lower(j).equals("under")) {
            return null;
        }
        j++;
        if (t.lower(j).equals("the") && j + 1 < t.size()) {
            j++;
        }
        Cand inner = specificAt(w, j);
        if (inner == null || w.sent[inner.start()] != w.sent[base.start()]) {
            return null;
        }
        return new Cand(base.start(), inner.end(), Src.EXTENDED, inner.entry(), inner.actor(), inner.confidence());
    }

    /** A country word that is one plural noun ("Palestinians", "Iraqis"), not an adjective or a country name. */
    private boolean pluralDemonym(NormTokens t, ActorCatalogue.CountryMatch cm) {
        if (cm.end() != cm.start() + 1) {
            return false;
        }
        String lo = t.lower(cm.start());
        String name = catalogue.countryName(cm.iso2());
        return lo.length() > 4 && lo.endsWith("s") && !lo.equals("swiss") && t.isUpperInitial(cm.start())
                && (name == null || !name.toLowerCase(Locale.ROOT).equals(lo));
    }

    /** People of a country named by a plural demonym: rioters or protesters when such a word follows, else civilians. */
    private Cand people(Work w, ActorCatalogue.CountryMatch cm) {
        Cand cr = crowd(w, cm.start());
        ActorEntry e = cr != null ? cr.entry() : catalogue.entry("civilians:@");
        if (e == null) {
            return null;
        }
        String name = catalogue.countryName(cm.iso2());
        return new Cand(cm.start(), cm.end(), Src.GENERIC, e, e.toActor(cm.iso2(), name == null ? cm.iso2() : name), 0.55);
    }

    /** Words that make a following "attack" a noun ("during the attack", "in an assault"), not the crowd's verb. */
    private static final Set<String> NOT_BEFORE_VERB = Set.of("the", "a", "an", "this", "that", "their", "his", "her",
            "its", "during", "in", "of", "after", "before", "by", "for", "to", "from", "on", "at", "with");

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get");

    /** Whether the verb at k is passive: a form of "be" between the noun and it, or "by" right after it. */
    private static boolean passiveAt(NormTokens t, int from, int k) {
        for (int j = from; j < k; j++) {
            if (BE.contains(t.lower(j)) || t.lower(j).equals(",") || t.lower(j).equals("who") || t.lower(j).equals("whose")) {
                return true;
            }
        }
        return k + 1 < t.size() && t.lower(k + 1).equals("by");
    }

    /** A specific actor (catalogue or uncatalogued name) starting at {@code j}, with its extensions. */
    private Cand specificAt(Work w, int j) {
        ActorCatalogue.Match m = catalogue.match(w.t, j, w.date, w.context, w.focus);
        Cand c = null;
        if (m != null && !m.entry().generic() && !m.entry().focus()) {
            c = new Cand(j, m.end(), Src.CATALOGUE, m.entry(), m.entry().toActor(), 0.9);
        }
        return better(c, unknownGroup(w, j));
    }

    private static Cand better(Cand a, Cand b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (b.end() - b.start() != a.end() - a.start()) {
            return b.end() - b.start() > a.end() - a.start() ? b : a;
        }
        return b.src().ordinal() < a.src().ordinal() ? b : a;
    }

    private Actor actorOf(Work w, ActorEntry e) {
        if (!e.focus()) {
            return e.toActor();
        }
        String name = w.focus == null ? null : catalogue.countryName(w.focus);
        return e.toActor(name == null ? null : w.focus, name);
    }

    private Cand statePattern(Work w, ActorCatalogue.CountryMatch cm) {
        Cand c = statePattern0(w, cm);
        NormTokens t = w.t;
        // "Indian Border Security Force": a catalogued unit of that country right after the country word wins
        if (cm.end() < t.size()) {
            ActorCatalogue.Match m = catalogue.match(t, cm.end(), w.date, w.context, cm.iso2());
            if (m != null && !m.entry().generic() && !m.entry().focus() && cm.iso2().equals(m.entry().country())) {
                int end = m.end();
                while (end < t.size() && (catalogue.isMember(t.lower(end)) || catalogue.role(t, end) != null)
                        && end - m.end() < 2) {
                    end++; // "BSF personnel", "Rangers troops"
                }
                if (c == null || end >= c.end()) {
                    return new Cand(cm.start(), end, Src.CATALOGUE, m.entry(), m.entry().toActor(), 0.9);
                }
            }
        }
        // "Pakistani and Indian soldiers": the first country shares the noun of the second (not a plural noun:
        // "Palestinians and Israeli forces" are people and soldiers)
        if (c == null && cm.end() + 1 < t.size() && !pluralDemonym(t, cm)
                && (t.lower(cm.end()).equals("and") || t.lower(cm.end()).equals("or")
                || t.lower(cm.end()).equals(","))) {
            ActorCatalogue.CountryMatch second = catalogue.country(t, cm.end() + 1);
            if (second != null && !second.iso2().equals(cm.iso2())) {
                Cand c2 = statePattern0(w, second);
                if (c2 != null) {
                    ActorEntry e = catalogue.state(cm.iso2(), roleOf(c2.entry()));
                    if (e != null) {
                        return new Cand(cm.start(), cm.end(), Src.STATE, e, e.toActor(), 0.75);
                    }
                }
            }
        }
        return c;
    }

    private static ActorCatalogue.StateRole roleOf(ActorEntry e) {
        String id = e.id();
        if (id.endsWith(":police")) {
            return ActorCatalogue.StateRole.POLICE;
        }
        if (id.endsWith(":ministry")) {
            return ActorCatalogue.StateRole.MINISTRY;
        }
        return id.startsWith("gov:") ? ActorCatalogue.StateRole.GOV : ActorCatalogue.StateRole.MILITARY;
    }

    /** "troops of India", "the army of Nigeria". */
    private Cand nounOfCountry(Work w, int i) {
        NormTokens t = w.t;
        ActorCatalogue.RoleMatch r = catalogue.role(t, i);
        if (r == null || r.role() != ActorCatalogue.StateRole.MILITARY && r.role() != ActorCatalogue.StateRole.POLICE
                || r.end() + 1 >= t.size() || !t.lower(r.end()).equals("of")) {
            return null;
        }
        ActorCatalogue.CountryMatch cm = catalogue.country(t, r.end() + 1);
        if (cm == null) {
            return null;
        }
        ActorEntry e = catalogue.state(cm.iso2(), r.role());
        return e == null ? null : new Cand(i, cm.end(), Src.STATE, e, e.toActor(), 0.8);
    }

    private Cand statePattern0(Work w, ActorCatalogue.CountryMatch cm) {
        NormTokens t = w.t;
        int k = cm.end();
        ActorCatalogue.RoleMatch bestRole = null;
        int steps = 0;
        while (k < t.size() && steps < 5) {
            ActorCatalogue.RoleMatch r = catalogue.role(t, k);
            if (r != null && (bestRole == null || r.end() > bestRole.end())) {
                bestRole = r;
            }
            if (catalogue.isModifier(t.lower(k)) || (r != null && r.end() == k + 1)) {
                k++;
                steps++;
            } else if (r != null) {
                k = r.end();
                steps++;
            } else {
                break;
            }
        }
        if (bestRole == null) {
            return null;
        }
        ActorEntry e = catalogue.state(cm.iso2(), bestRole.role());
        if (e == null) {
            return null;
        }
        return new Cand(cm.start(), bestRole.end(), Src.STATE, e, e.toActor(), 0.85);
    }

    /**
     * A country name as the subject of a military verb is its armed forces: "the US bombed two camps", "Russia
     * struck", "Turkey launched". Not after a preposition ("in Syria"), and the verb must follow directly (an
     * adverb such as "reportedly" may come between).
     */
    private Cand countryAsAgent(Work w, ActorCatalogue.CountryMatch cm) {
        NormTokens t = w.t;
        int i = cm.start();
        if (i > 0 && (PREPOSITIONS.contains(t.lower(i - 1)))) {
            return null;
        }
        int k = cm.end();
        if (k < t.size() && (t.lower(k).endsWith("ly") || t.lower(k).equals("also") || t.lower(k).equals("then"))) {
            k++;
        }
        if (k >= t.size() || !catalogue.isStateVerb(t.lower(k))) {
            return null;
        }
        ActorEntry e = catalogue.state(cm.iso2(), ActorCatalogue.StateRole.MILITARY);
        return e == null ? null : new Cand(i, cm.end(), Src.STATE, e, e.toActor(), 0.6);
    }

    private Cand proPattern(Work w, int i) {
        NormTokens t = w.t;
        int j = i + 1;
        ActorCatalogue.Match m = catalogue.match(t, j, w.date, k -> true, w.focus);
        ActorEntry baseEntry = null;
        String country = null;
        int end;
        if (m != null && !m.entry().generic()) {
            baseEntry = m.entry();
            country = baseEntry.country();
            end = m.end();
        } else {
            ActorCatalogue.CountryMatch cm = catalogue.country(t, j);
            if (cm == null) {
                return null;
            }
            baseEntry = catalogue.state(cm.iso2(), ActorCatalogue.StateRole.GOV);
            country = cm.iso2();
            end = cm.end();
        }
        int k = end;
        while (k < t.size() && catalogue.isModifier(t.lower(k))) {
            k++;
        }
        if (k >= t.size() || !(catalogue.isMember(t.lower(k)) || t.lower(k).equals("separatists"))) {
            return null;
        }
        boolean state = baseEntry == null || baseEntry.kind() == ActorKind.STATE_FORCES;
        if (!state) {
            return new Cand(i, k + 1, Src.EXTENDED, baseEntry, baseEntry.toActor(), 0.75);
        }
        String name = spanName(w, i, k + 1);
        ActorKind kind = t.lower(k).startsWith("militia") ? ActorKind.POLITICAL_MILITIA : ActorKind.REBEL_GROUP;
        return new Cand(i, k + 1, Src.EXTENDED, null, new Actor(null, name, kind, country,
                baseEntry == null ? null : baseEntry.id(), false), 0.7);
    }

    /** Extensions of a catalogue match: affiliation, branch ("the X's Libyan arm", "X in Libya"), member nouns. */
    private Cand extend(Work w, Cand base, String country) {
        NormTokens t = w.t;
        ActorEntry e = base.entry();
        int j = base.end();
        Cand aff = affiliation(w, j, base.start(), e, country);
        if (aff != null) {
            return aff;
        }
        if (j + 2 < t.size() && t.lower(j).equals("'s")) {
            ActorCatalogue.CountryMatch cm = catalogue.country(t, j + 1);
            if (cm != null && cm.end() < t.size() && catalogue.isBranch(t.lower(cm.end()))) {
                return branch(w, base, cm.iso2(), cm.end() + 1);
            }
        }
        if (j + 1 < t.size() && t.lower(j).equals("in") && e.isArmedGroup()) {
            ActorCatalogue.CountryMatch cm = catalogue.country(t, j + 1);
            if (cm != null) {
                ActorEntry child = catalogue.child(e.id(), cm.iso2());
                if (child != null && child.validOn(w.date)) {
                    return new Cand(base.start(), cm.end(), Src.EXTENDED, child, child.toActor(), 0.85);
                }
            }
        }
        if (j < t.size() && e.kind() != ActorKind.CIVILIANS && catalogue.isMember(t.lower(j))) {
            int end = j + 1;
            if (end < t.size() && catalogue.isMember(t.lower(j) + " " + t.lower(end))) {
                end++;
            }
            return new Cand(base.start(), end, Src.EXTENDED, e, base.actor(), base.confidence());
        }
        return null;
    }

    private Cand branch(Work w, Cand base, String iso2, int end) {
        ActorEntry child = catalogue.child(base.entry().id(), iso2);
        if (child != null && child.validOn(w.date)) {
            return new Cand(base.start(), end, Src.EXTENDED, child, child.toActor(), 0.85);
        }
        ActorEntry e = base.entry();
        return new Cand(base.start(), end, Src.EXTENDED, null, new Actor(null, e.name() + " (" + catalogue.countryName(iso2)
                + ")", e.kind(), iso2, e.id(), false), 0.75);
    }

    /** "GNA-aligned forces", "Iranian-backed militias", "al Qaeda-linked jihadists". */
    private Cand affiliation(Work w, int j, int start, ActorEntry baseEntry, String country) {
        NormTokens t = w.t;
        if (j >= t.size() || baseEntry == null) {
            return null;
        }
        String mode = catalogue.affiliation(t.lower(j));
        if (mode == null || !t.hyphenBefore(j)) {
            return null;
        }
        int k = j + 1;
        int steps = 0;
        while (k < t.size() && catalogue.isModifier(t.lower(k)) && !catalogue.isMember(t.lower(k)) && steps++ < 3) {
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        String noun = t.lower(k);
        boolean coalition = noun.equals("coalition");
        if (!catalogue.isMember(noun) && !coalition && catalogue.role(t, k) == null) {
            return null;
        }
        int end = k + 1;
        boolean state = baseEntry.kind() == ActorKind.STATE_FORCES;
        if (mode.equals("same") && !coalition) {
            ActorEntry e = baseEntry;
            if (state && e.id().startsWith("gov:") && e.country() != null && e.id().indexOf(':', 4) < 0) {
                e = catalogue.state(e.country(), ActorCatalogue.StateRole.MILITARY);
            }
            return new Cand(start, end, Src.EXTENDED, e, e.toActor(), 0.8);
        }
        ActorKind kind;
        if (coalition) {
            kind = ActorKind.EXTERNAL_OTHER;
        } else if (!state) {
            kind = baseEntry.kind();
        } else {
            kind = noun.startsWith("militia") ? ActorKind.POLITICAL_MILITIA : ActorKind.REBEL_GROUP;
        }
        return new Cand(start, end, Src.EXTENDED, null, new Actor(null, spanName(w, start, end), kind,
                state || coalition ? country : baseEntry.country(), baseEntry.id(), false), 0.75);
    }

    /** An uncatalogued capitalised name ending in a group head: "the Martyrs of Zawiya Brigade", "Z Front". */
    private Cand unknownGroup(Work w, int i) {
        NormTokens t = w.t;
        if (!t.isUpperInitial(i) || !t.isWord(i) || w.titleCase[w.sent[i]] || CONNECTORS.contains(t.lower(i))
                || (catalogue.isMember(t.lower(i)) || catalogue.isCrowd(t.lower(i)) || t.lower(i).equals("cadre"))
                && i + 1 < t.size() && t.lower(i + 1).equals("of")) {
            return null; // "Members of the X Union": the name starts after "of the"
        }
        int bestEnd = -1;
        ActorKind bestKind = null;
        int named = 0;
        int k = i;
        while (k < t.size() && k - i < 9) {
            String lo = t.lower(k);
            boolean upper = t.isUpperInitial(k) && t.isWord(k);
            boolean ordinal = Character.isDigit(t.exact(k).charAt(0)) && k > i - 1;
            if (upper && k > i && named > 0) {
                ActorKind two = k + 1 < t.size() && t.isUpperInitial(k + 1) ? catalogue.groupHead(lo + " " + t.lower(k + 1))
                        : null;
                if (two != null) {
                    bestEnd = k + 2;
                    bestKind = two;
                }
                ActorKind h = catalogue.groupHead(lo);
                if (h != null && bestEnd < k + 1) {
                    bestEnd = k + 1;
                    bestKind = h;
                }
            }
            if (upper || ordinal) {
                if (!catalogue.isModifier(lo) && catalogue.country(t, k) == null && catalogue.groupHead(lo) == null) {
                    named++;
                }
                k++;
            } else if (CONNECTORS.contains(lo) && k > i && (!lo.equals("the") || CONNECTORS.contains(t.lower(k - 1)))) {
                k++;
            } else {
                break;
            }
        }
        if (bestEnd < 0) {
            return null;
        }
        return new Cand(i, bestEnd, Src.UNKNOWN, null, new Actor(null, spanName(w, i, bestEnd), bestKind, w.focus, null, false),
                0.6);
    }

    /** Words that join the capitalised words of an organisation's name ("Coalition to Save the Preserves"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "to", "the", "against", "on", "and", "in", "de");
    /** Joiners that mark a name as an organisation's rather than a person's ("and" joins two persons as well). */
    private static final Set<String> ORG_JOINERS = Set.of("of", "for", "to", "against", "on");
    /** Words before a name that present it as a group's name. */
    private static final Set<String> NAMING_BEFORE = Set.of("called", "named", "calling", "dubbed");
    /** Nouns that make a following "called X" a group's name. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "groups", "organisation", "organization", "cell",
            "movement", "network", "faction", "outfit", "collective", "itself", "themselves");

    /**
     * An uncatalogued name that the text presents as a group's: the subject of "claimed responsibility" or
     * "claimed credit", the agent of "claimed by", or a name after "a group called" / "the group". The name is
     * capitalised words joined by "of", "for", "to" ... and must read as an organisation's, not a person's: an
     * inner joiner other than "and" ("Students for Peace"), or an acronym in parentheses that spells its initials
     * ("Friends of the Valley (FOV)"). Persons claiming an attack ("John Smith claimed responsibility") are no group.
     */
    private Cand claimedGroup(Work w, int i) {
        NormTokens t = w.t;
        if (!t.isUpperInitial(i) || !t.isWord(i) || w.titleCase[w.sent[i]] || CONNECTORS.contains(t.lower(i))
                || NAME_JOINERS.contains(t.lower(i)) || catalogue.country(t, i) != null) {
            return null;
        }
        int k = i;
        int end = -1;
        boolean orgJoiner = false;
        boolean pendingJoiner = false;
        while (k < t.size() && k - i < 10 && w.sent[k] == w.sent[i]) {
            String lo = t.lower(k);
            if (t.isWord(k) && t.isUpperInitial(k) && !NAME_JOINERS.contains(lo)) {
                end = k + 1;
                if (pendingJoiner) {
                    orgJoiner = true;
                    pendingJoiner = false;
                }
                k++;
            } else if (NAME_JOINERS.contains(lo) && k > i) {
                pendingJoiner |= ORG_JOINERS.contains(lo);
                k++;
            } else {
                break;
            }
        }
        if (end < i + 2) {
            return null;
        }
        int after = end;
        boolean acronym = false;
        if (after + 2 < t.size() && t.lower(after).equals("(") && t.lower(after + 2).equals(")")) {
            acronym = spellsInitials(t, i, end, t.exact(after + 1));
            after += 3;
        }
        if (!orgJoiner && !acronym) {
            return null;
        }
        if (!claimsAfter(t, after) && !namedBefore(t, i)) {
            return null;
        }
        for (int j = i; j < end; j++) {
            if (catalogue.match(t, j, w.date, k2 -> true, w.focus) != null) {
                return null; // a catalogued actor inside: that actor, not a new group
            }
        }
        return new Cand(i, acronym ? after : end, Src.UNKNOWN, null,
                new Actor(null, spanName(w, i, end), ActorKind.POLITICAL_MILITIA, w.focus, null, false), 0.6);
    }

    /** Whether {@code acr} (2 to 8 capitals) is the initials of the capitalised words of {@code [from, to)}. */
    private static boolean spellsInitials(NormTokens t, int from, int to, String acr) {
        if (acr.length() < 2 || acr.length() > 8 || !acr.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (t.isWord(j) && Character.isLetter(t.exact(j).charAt(0))) {
                char c = Character.toUpperCase(t.exact(j).charAt(0));
                all.append(c);
                if (!NAME_JOINERS.contains(t.lower(j))) {
                    content.append(c);
                }
            }
        }
        return acr.contentEquals(content) || acr.contentEquals(all);
    }

    /** "claimed responsibility", "has claimed credit", "claimed the attack", "took responsibility" at {@code k}. */
    private static boolean claimsAfter(NormTokens t, int k) {
        if (k < t.size() && t.lower(k).equals(",")) {
            k++;
        }
        if (k < t.size() && (t.lower(k).equals("has") || t.lower(k).equals("have") || t.lower(k).equals("later")
                || t.lower(k).equals("also") || t.lower(k).equals("had"))) {
            k++;
        }
        if (k + 1 >= t.size()) {
            return false;
        }
        String v = t.lower(k);
        if (!v.equals("claimed") && !v.equals("claims") && !v.equals("claim") && !v.equals("took") && !v.equals("takes")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
            String o = t.lower(j);
            if (o.equals("responsibility") || o.equals("credit")) {
                return true;
            }
        }
        return false;
    }

    /** "claimed by (the)", "a group called", "the group", "attributed to" just before {@code i}. */
    private static boolean namedBefore(NormTokens t, int i) {
        int k = i - 1;
        if (k >= 0 && (t.lower(k).equals("\"") || t.lower(k).equals("“") || t.lower(k).equals("'"))) {
            k--;
        }
        if (k >= 0 && t.lower(k).equals("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String b = t.lower(k);
        if (b.equals("group") || (b.equals("itself") || b.equals("themselves")) && k >= 1
                && NAMING_BEFORE.contains(t.lower(k - 1))) {
            return true; // "the group X", "a cell calling itself X"
        }
        if (NAMING_BEFORE.contains(b)) {
            // "a group called X", "an organisation calling itself X"; not "the so-called X"
            for (int j = Math.max(0, k - 3); j < k; j++) {
                if (GROUP_NOUNS.contains(t.lower(j))) {
                    return true;
                }
            }
            return false;
        }
        return k >= 1 && (b.equals("by") && t.lower(k - 1).equals("claimed") || b.equals("to") && t.lower(k - 1).equals("attributed"));
    }

    private String spanName(Work w, int from, int to) {
        String s = w.text.substring(w.t.start(from), w.t.end(to - 1)).replaceAll("\\s+", " ");
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ------------------------------------------------------------------ anaphora

    private static String key(Actor a) {
        return a.id() != null ? a.id() : "name:" + a.name().toLowerCase(Locale.ROOT);
    }

    private static boolean armed(Cand c) {
        if (c.actor() == null || c.src() == Src.GENERIC || c.src() == Src.ANAPHOR) {
            return false;
        }
        if (c.entry() != null && (c.entry().generic() || c.entry().reporter())) {
            return false;
        }
        ActorKind k = c.actor().kind();
        return k == ActorKind.REBEL_GROUP || k == ActorKind.POLITICAL_MILITIA || k == ActorKind.IDENTITY_MILITIA;
    }

    /**
     * A generic mention with no armed group before it ("A suicide bomber killed five. Al-Shabaab claimed it.")
     * refers forward to the first armed group named in the same or the next sentence of the same paragraph.
     */
    private static Actor cataphor(List<Cand> cands, Cand c, Work w) {
        int s = w.sent[c.start()];
        int p = w.para[c.start()];
        boolean after = false;
        for (Cand d : cands) {
            if (d == c) {
                after = true;
                continue;
            }
            if (!after) {
                continue;
            }
            int ds = w.sent[d.start()];
            if (ds - s > 1 || w.para[d.start()] != p) {
                return null;
            }
            if (armed(d)) {
                return d.actor();
            }
        }
        return null;
    }

    private List<ActorMention> resolve(Work w, List<Cand> cands) {
        List<ActorMention> out = new ArrayList<>(cands.size());
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lastSent = new HashMap<>();
        Map<String, Actor> actors = new HashMap<>();
        NormTokens t = w.t;
        for (Cand c : cands) {
            int s = w.sent[c.start()];
            boolean definite = c.src() == Src.ANAPHOR;
            boolean indefiniteGeneric = c.src() == Src.GENERIC && c.entry() != null && c.entry().anaphor();
            if (definite || indefiniteGeneric) {
                Actor ante = null;
                double bestScore = 0;
                int bestLast = -1;
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    int last = lastSent.get(e.getKey());
                    if (indefiniteGeneric && s - last > 2) {
                        continue;
                    }
                    double score = e.getValue() + (s == last ? 1.0 : s - last == 1 ? 0.5 : 0);
                    if (score > bestScore || (score == bestScore && last > bestLast)) {
                        ante = actors.get(e.getKey());
                        bestScore = score;
                        bestLast = last;
                    }
                }
                if (ante == null && c.entry() != null) {
                    ante = cataphor(cands, c, w);
                }
                if (ante != null) {
                    out.add(new ActorMention(t.start(c.start()), t.end(c.end() - 1), ante, true, 0.6));
                    continue;
                }
                if (definite) {
                    // "the militants" with no armed group before: the generic actor; "the group": nothing
                    ActorCatalogue.Match m = catalogue.match(t, c.start() + 1, w.date, k -> false, w.focus);
                    if (m != null && m.end() == c.end() && m.entry().generic()) {
                        out.add(new ActorMention(t.start(c.start()), t.end(c.end() - 1), actorOf(w, m.entry()), false, 0.5));
                    }
                    continue;
                }
            }
            Actor actor = c.actor();
            if (c.entry() != null && c.entry().focus() && (actor == null || actor.country() == null)) {
                actor = actorOf(w, c.entry()); // the focus may have been found after the candidate was made
            } else if (c.src() == Src.UNKNOWN && actor.country() == null && w.focus != null) {
                actor = new Actor(null, actor.name(), actor.kind(), w.focus, null, false);
            }
            out.add(new ActorMention(t.start(c.start()), t.end(c.end() - 1), actor, false, c.confidence()));
            if (armed(c)) {
                String k = key(c.actor());
                counts.merge(k, 1, Integer::sum);
                lastSent.put(k, s);
                actors.put(k, c.actor());
            }
        }
        return out;
    }
}
