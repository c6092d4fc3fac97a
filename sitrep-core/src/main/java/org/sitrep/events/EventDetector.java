package org.sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.events.Lexicon.Cue;
import org.sitrep.events.Lexicon.CueMarks;
import org.sitrep.events.Lexicon.Frame;
import org.sitrep.events.Lexicon.Resolver;
import org.sitrep.events.Lexicon.Trigger;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.QuantityMention;
import org.sitrep.model.ResolvedDate;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Rule-based event detection over tokens with light clause handling. Triggers from {@code events/triggers.tsv}
 * propose events; cues from {@code events/cues.tsv} drop what is negated, modal, intended, denied, accidental or
 * ordinary crime, decide the sub-event type of ambiguous triggers, and set status, claims and attribution.
 * Arguments come from the ACTORS, PLACES, DATES and QUANTITIES layers. Stateless and thread-safe.
 */
public final class EventDetector implements Stage {
    public static final String NAME = "events.detect";
    public static final String VERSION = "1";

    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get",
            "gets", "getting", "'s");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "such", "same",
            "said", "its", "their", "his", "her");
    private static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "but", "meanwhile", "although",
            "though", "which", "who", "whom", "where", "when", "after", "before", "as", "and");
    private static final Set<String> STANDALONE_BOUNDARY = Set.of("while", "whereas", "meanwhile", "separately",
            "elsewhere");
    private static final Set<String> AFTER_PASSIVE = Set.of("in", "at", "on", "during", "when", "while", "after",
            "near", "following", "as", "by", ",", ".", "and", "inside", "outside", "overnight", "yesterday", "today",
            "early", "late", "last", "this", "since", "for", "amid", "over", "allegedly", "reportedly", "from");
    private static final Set<String> TARGET_PREP = Set.of("on", "against", "targeting", "targeted", "targetting",
            "at", "hit", "hitting", "struck", "of", "upon", "into");
    private static final Set<String> UNIDENTIFIED = Set.of("gunmen", "gunman", "unidentified", "unknown",
            "assailants", "attackers", "armed men", "miscreants", "assailant", "attacker");
    private static final Set<String> RIOT_EXCLUDE_BEFORE = Set.of("against", "over", "condemning", "condemn",
            "denouncing", "following", "after", "about", "protesting", "protest", "demanding", "of", "alleged", "fearing",
            "since", "because", "due", "amid", "stop", "prevent", "preventing");
    private static final Set<String> RESET = Set.of(",", "and", "also", "then", ";", "while", "they", "who", ".");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");
    private static final Set<String> FIGHTING_NOUNS = Set.of("positions", "position", "forces", "force", "units", "unit",
            "age", "season", "men", "vehicles", "capability", "capabilities", "strength", "chance", "spirit", "fund", "words");

    private final Lexicon lex;
    private final String pipelineVersion;
    private final CountryNames countries = CountryNames.bundled();
    private final EventLocator locator;

    /** Events carry this stage's name and version (rules included) as pipeline_version. */
    public EventDetector() {
        this(null);
    }

    /**
     * @param pipelineVersion value for each event's pipeline_version (e.g. the pipeline's version string); null gives
     *                        this stage's name and version, which changes with its rules
     */
    public EventDetector(String pipelineVersion) {
        this(pipelineVersion, null);
    }

    /**
     * @param pipelineVersion as {@link #EventDetector(String)}
     * @param gazetteer       the pipeline's gazetteer, for places the text names without a toponym ("the capital");
     *                        null when there is none
     */
    public EventDetector(String pipelineVersion, org.sitrep.resolve.Gazetteer gazetteer) {
        this.locator = new EventLocator(countries, gazetteer);
        this.lex = Lexicon.bundled();
        this.pipelineVersion = pipelineVersion != null ? pipelineVersion : NAME + "@" + VERSION + "-" + lex.sha;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION + "-" + lex.sha;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PLACES, Layers.DATES, Layers.ACTORS, Layers.QUANTITIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.EVENTS);
    }

    /** The trigger lexicon's and cue list's {@code # example:} lines, for tests. */
    public static List<String> examples() {
        List<String> l = new ArrayList<>(Lexicon.bundled().triggerExamples);
        l.addAll(Lexicon.bundled().cueExamples);
        return l;
    }

    // ------------------------------------------------------------------------------------------------ context

    /** Marks a sentence that tells more than one event. */
    private static final Object SEVERAL = new Object();

    /** Per-document working data; one instance per call. */
    private static final class Ctx implements Casualties.Words {
        final Document doc;
        final String text;
        final List<Token> tokens;
        final String[] low;
        final List<Sentence> sentences;
        final int[] sFrom;
        final int[] sTo;
        final List<ActorMention> actors;
        /** Tokens inside an actor mention ("IS" in "IS militants" is the group, not the auxiliary "is"). */
        final boolean[] inActor;
        final List<ResolvedPlace> places;
        final List<ResolvedDate> dates;
        final List<QuantityMention> quantities;
        final LocalDate published;
        CueMarks[] marks;
        byte[] protest;
        /** Per sentence, the one event told there (as leader or member), {@link #SEVERAL}, or null. */
        Object[] sentenceEvent;

        void own(int s, Cand e) {
            sentenceEvent[s] = sentenceEvent[s] == null || sentenceEvent[s] == e ? e : SEVERAL;
        }
        /** Motive category per paragraph and event country (events of one paragraph share it). */
        final java.util.Map<String, java.util.Optional<org.sitrep.mentions.actors.ActorEntry>> motives = new java.util.HashMap<>();

        Ctx(Document doc) {
            this.doc = doc;
            this.text = doc.text();
            this.tokens = doc.get(Layers.TOKENS);
            this.low = new String[tokens.size()];
            for (int i = 0; i < low.length; i++) {
                Token t = tokens.get(i);
                low[i] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
            }
            this.sentences = doc.get(Layers.SENTENCES);
            this.sFrom = new int[sentences.size()];
            this.sTo = new int[sentences.size()];
            for (int s = 0; s < sentences.size(); s++) {
                sFrom[s] = tokIndex(sentences.get(s).start());
                sTo[s] = tokIndex(sentences.get(s).end());
            }
            this.actors = doc.get(Layers.ACTORS);
            this.inActor = new boolean[low.length];
            for (ActorMention am : actors) {
                for (int i = tokIndex(am.start()); i < low.length && tokens.get(i).start() < am.end(); i++) {
                    inActor[i] = true;
                }
            }
            this.places = doc.get(Layers.PLACES);
            this.dates = doc.get(Layers.DATES);
            this.quantities = doc.get(Layers.QUANTITIES);
            this.published = doc.meta().published();
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public String low(int i) {
            return low[i];
        }

        /** Whether token {@code i} is a form of "be" or "get" used as an auxiliary, not part of an actor's name. */
        @Override
        public boolean aux(int i) {
            return BE.contains(low[i]) && !inActor[i];
        }

        /** Index of the first token starting at or after {@code offset}. */
        int tokIndex(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public int charStart(int tok) {
            return tok < tokens.size() ? tokens.get(tok).start() : text.length();
        }

        @Override
        public int charEnd(int tokExclusive) {
            return tokExclusive > 0 ? tokens.get(Math.min(tokExclusive, tokens.size()) - 1).end() : 0;
        }
    }

    /** An event in the making. */
    private static final class Cand {
        int sentence;
        int c0;
        int c1;
        int t0;
        int t1;
        Trigger trigger;
        SubEventType subtype;
        int priority;
        boolean alleged;
        boolean definite;
        boolean background;
        ActorMention actor1;
        ActorMention actor2;
        Side agentSide = Side.UNKNOWN;
        Side patientSide = Side.UNKNOWN;
        int agentFrom;
        int agentTo;
        int patientFrom;
        int patientTo;
        final List<Cand> members = new ArrayList<>();
        final List<QuantityMention> killed = new ArrayList<>();
        final List<QuantityMention> injured = new ArrayList<>();
        Integer incidents;
        boolean noCasualties;
        boolean noDeaths;
        final Set<String> claimedBy = new LinkedHashSet<>();
        ActorMention claimant;
        boolean claimedStatus;
        String attributedTo;
    }

    private enum Side { STATE, NONSTATE, PARTY, CIVIL, PROTEST, UNKNOWN }

    // ------------------------------------------------------------------------------------------------ process

    @Override
    public Document process(Document doc) {
        Ctx c = new Ctx(doc);
        List<Cand> events = new ArrayList<>();
        CueMarks[] marks = new CueMarks[c.sentences.size()];
        for (int s = 0; s < c.sentences.size(); s++) {
            int from = c.sFrom[s];
            int to = Math.max(from, c.sTo[s]);
            marks[s] = new CueMarks(lex.cues.findAll(c.low, from, to), from, to);
        }
        c.marks = marks;
        c.protest = new byte[c.sentences.size()];
        for (int s = 0; s < c.sentences.size(); s++) {
            detectSentence(c, s, marks, events);
        }
        c.sentenceEvent = new Object[c.sentences.size()];
        for (Cand e : events) {
            c.own(e.sentence, e);
            for (Cand x : e.members) {
                c.own(x.sentence, e);
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Cand e : events) {
            Event ev = build(c, e, marks);
            out.add(ev);
            out.addAll(perPlace(c, e, ev));
        }
        out.sort(Comparator.comparingInt(Event::start).thenComparingInt(Event::triggerStart));
        return doc.with(Layers.EVENTS, out, NAME);
    }

    private int[] clauses(Ctx c, int from, int to) {
        int[] id = new int[to - from];
        int cur = 0;
        for (int i = from; i < to; i++) {
            String t = c.low[i];
            if (t.equals(";") || t.equals("—") || t.equals("--")) {
                cur++;
                id[i - from] = cur;
                continue;
            }
            if (i > from && c.low[i - 1].equals(",") && CLAUSE_WORDS.contains(t)) {
                cur++;
            } else if (STANDALONE_BOUNDARY.contains(t) && i > from) {
                cur++;
            }
            id[i - from] = cur;
        }
        return id;
    }

    private void detectSentence(Ctx c, int s, CueMarks[] allMarks, List<Cand> events) {
        int from = c.sFrom[s];
        int to = c.sTo[s];
        if (to <= from) {
            return;
        }
        CueMarks m = allMarks[s];
        int[] clause = clauses(c, from, to);
        // non-overlapping triggers, longest (then highest priority) first at each position
        List<PhraseSet.Match<Trigger>> found = new ArrayList<>();
        List<PhraseSet.Match<Trigger>> here = new ArrayList<>();
        for (int i = from; i < to; ) {
            here.clear();
            lex.triggers.matchesAt(c.low, i, to, here);
            if (here.isEmpty()) {
                i++;
                continue;
            }
            PhraseSet.Match<Trigger> best = here.get(0);
            for (PhraseSet.Match<Trigger> x : here) {
                if (x.end() > best.end() || x.end() == best.end() && x.payload().priority() > best.payload().priority()) {
                    best = x;
                }
            }
            found.add(best);
            i = best.end();
        }
        List<Cand> cands = new ArrayList<>();
        for (PhraseSet.Match<Trigger> f : found) {
            Cand k = candidate(c, s, f, clause, from, to, m);
            if (k != null) {
                cands.add(k);
            }
        }
        if (cands.isEmpty()) {
            attachQuantitiesToPrevious(c, s, events, m);
            return;
        }
        // group: protests absorb violent generic triggers of their sentence; specific triggers lead
        List<Cand> leaders = new ArrayList<>();
        Cand protest = null;
        for (Cand k : cands) {
            EventType t = k.subtype.type();
            if ((t == EventType.PROTESTS || t == EventType.RIOTS) && k.priority >= 3) {
                if (protest == null || k.priority > protest.priority) {
                    protest = k;
                }
            }
        }
        // what an earlier event followed or caused ("signed a truce after a month of fighting") is background
        for (Cand k : cands) {
            for (Cand o : cands) {
                if (o.t0 < k.t0 && o != k && o.priority >= 3 && o.priority >= k.priority && backgroundPrep(c, k, o.t1)) {
                    k.priority = 1;
                    k.background = o.subtype.type() != k.subtype.type();
                    break;
                }
            }
        }
        for (Cand k : cands) {
            boolean generic = k.trigger.resolver() == Resolver.ATTACK || k.trigger.resolver() == Resolver.KILL;
            if ((k.subtype == SubEventType.ATTACK || k.subtype == SubEventType.ARRESTS || generic
                    || k.subtype == SubEventType.LOOTING_PROPERTY_DESTRUCTION) && k.priority <= 3) {
                for (Cand o : cands) {
                    boolean oGeneric = o.trigger.resolver() == Resolver.ATTACK || o.trigger.resolver() == Resolver.KILL;
                    if (o != k && clause[o.t0 - from] == clause[k.t0 - from] && o.priority >= 2 && !oGeneric
                            && (o.subtype.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE || o.subtype.type() == EventType.BATTLES)) {
                        k.priority = 1; // "a massacre by warplanes": the weapon decides the type
                    }
                }
            }
        }
        cands.sort(Comparator.comparingInt((Cand k) -> -k.priority).thenComparingInt(k -> k.t0));
        for (Cand k : cands) {
            if (protest != null && k != protest && (absorbableByProtest(k) && clause[k.t0 - from] == clause[protest.t0 - from]
                    || inComplement(c, k, protest, from) || k.subtype.type() == EventType.PROTESTS
                    || k.subtype.type() == EventType.RIOTS)) {
                if (violent(k) && inComplement(c, k, protest, from)) {
                    k.background = true; // what the protest is about: its dead are not the protest's
                }
                protest.members.add(k);
                continue;
            }
            Cand host = null;
            for (Cand l : leaders) {
                boolean sameType = l.subtype.type() == k.subtype.type();
                boolean sameClause = clause[l.t0 - from] == clause[k.t0 - from];
                if (l.subtype == k.subtype || sameType && sameClause
                        || k.priority <= 2 && l.priority >= 3 && sameClause
                        || k.priority == 1
                        || k.subtype == SubEventType.LOOTING_PROPERTY_DESTRUCTION && violent(l) && sameClause) {
                    host = l;
                    break;
                }
            }
            if (host != null && k.priority == 1 && k.trigger.priority() > 1 && host.t0 < k.t0) {
                // a trigger demoted as background belongs to the nearest leading event before it ("set up a base
                // ..., but lost it after being defeated by X": the defeat is the loss's, not the base's)
                for (Cand l : leaders) {
                    if (l.t0 < k.t0 && l.t0 > host.t0 && l.sentence == k.sentence) {
                        host = l;
                    }
                }
            }
            if (host != null) {
                host.members.add(k);
            } else {
                leaders.add(k);
            }
        }
        // an attack whose own object is unknown takes the victims of the killings it absorbed
        for (Cand k : leaders) {
            if (k.subtype == SubEventType.ATTACK && k.patientSide == Side.UNKNOWN
                    && (k.trigger.resolver() == Resolver.ATTACK || k.trigger.resolver() == Resolver.KILL)) {
                Side victims = Side.UNKNOWN;
                for (Cand x : k.members) {
                    if (x.patientSide != Side.UNKNOWN) {
                        victims = x.patientSide;
                        break;
                    }
                }
                if (victims == Side.UNKNOWN) {
                    victims = quantitySide(c, s, m);
                }
                if (victims == Side.STATE || victims == Side.NONSTATE) {
                    k.subtype = SubEventType.ARMED_CLASH;
                }
            }
        }
        // coreference with earlier events: definite or generic mentions of a type already reported
        for (Cand k : leaders) {
            if (!k.definite && opensWithDefiniteMember(k, from)) {
                k.definite = true; // "The blast was caused by a car bomb": the sentence is about the event just told
            }
            Cand prev = (k.definite || k.priority <= 2) ? corefTarget(c, s, k, events)
                    : leaders.size() == 1 && casualtyReport(c, s, k) ? violentTarget(c, s, k, events) : null;
            if (prev != null) {
                if (prev.subtype == SubEventType.ATTACK && k.subtype.type() == EventType.BATTLES && k.priority > prev.priority
                        && (prev.trigger.resolver() == Resolver.ATTACK || prev.trigger.resolver() == Resolver.KILL)) {
                    prev.subtype = k.subtype; // "... attacked pastoralists. ... killed in the clashes": a battle
                }
                prev.members.add(k);
                mergeArgs(prev, k);
                for (Cand mm : k.members) {
                    prev.members.add(mm);
                }
            } else {
                events.add(k);
            }
        }
        // quantities of this sentence go to the nearest event whose trigger lies in this sentence
        assignQuantities(c, s, clause, from, cands, events, m);
    }

    /** The kind of the first killed or injured group counted in sentence s ("five soldiers"), from cue words. */
    private static Side quantitySide(Ctx c, int s, CueMarks m) {
        Sentence sent = c.sentences.get(s);
        for (QuantityMention q : c.quantities) {
            if (q.start() < sent.start() || q.start() >= sent.end() || !isCasualty(q)) {
                continue;
            }
            int a = c.tokIndex(q.start());
            int b = c.tokIndex(q.end());
            for (int i = a; i < b; i++) {
                if (m.at(Cue.STATE, i) || c.low[i].equals("forces")) {
                    return Side.STATE;
                }
                if (m.at(Cue.NONSTATE, i) && !c.low[i].equals("group")) {
                    return Side.NONSTATE;
                }
                if (m.at(Cue.CIVILIAN, i)) {
                    return Side.CIVIL;
                }
            }
        }
        return Side.UNKNOWN;
    }

    private static final Set<String> BACKGROUND_PREP = Set.of("after", "following", "since", "amid", "amidst", "despite",
            "due", "ahead", "because");

    /** A preposition of cause or time ("after", "following", "due to") between {@code from} and the trigger. */
    private static boolean backgroundPrep(Ctx c, Cand k, int from) {
        for (int i = Math.max(from, k.t0 - 5); i < k.t0; i++) {
            if (BACKGROUND_PREP.contains(c.low[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean violent(Cand k) {
        EventType t = k.subtype.type();
        return t == EventType.BATTLES || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE || t == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    private static boolean absorbableByProtest(Cand k) {
        Resolver r = k.trigger.resolver();
        return r == Resolver.CLASH && k.priority <= 4
                || k.priority <= 3 && (r == Resolver.ATTACK || r == Resolver.KILL || r == Resolver.RIOT || r == Resolver.PROTEST || r == Resolver.BOMB && k.trigger.id().equals("ied6") || r == Resolver.STRIKE)
                || k.subtype.type() == EventType.RIOTS || k.subtype == SubEventType.ARRESTS && k.priority <= 2;
    }

    private static final Set<String> COMPLEMENT = Set.of("against", "over", "after", "following", "condemning",
            "condemned", "condemn", "denouncing", "demanding", "demand", "justice", "for", "about", "of", "into");

    /** A trigger in what a protest is about ("protested against the killing of ...", "protest after a rape"). */
    private static boolean inComplement(Ctx c, Cand k, Cand protest, int from) {
        if (k.t0 > protest.t0 && k.t0 - protest.t0 <= 8) {
            for (int i = protest.t1; i < k.t0; i++) {
                if (c.low[i].equals(",") || c.low[i].equals(";") || c.low[i].equals("while")) {
                    return false;
                }
            }
            return true;
        }
        for (int i = Math.max(from, k.t0 - 6); i < k.t0; i++) {
            if (COMPLEMENT.contains(c.low[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that only tells a victim's death in the passive, with no agent and no place of its own ("A passenger
     * was shot dead."): the casualty of the attack just told, not an event of its own.
     */
    private boolean casualtyReport(Ctx c, int s, Cand k) {
        String id = k.trigger.id();
        boolean killing = k.trigger.resolver() == Resolver.KILL || id.equals("kill2") || id.equals("kill3");
        return killing && k.actor1 == null && !k.background && passive(c, k, c.sFrom[s]) && !hasPlace(c, s)
                && k.members.isEmpty();
    }

    /** The violent event told just before, in the same paragraph, that a casualty report refers to, or null. */
    private Cand violentTarget(Ctx c, int s, Cand k, List<Cand> events) {
        Cand prev = events.isEmpty() ? null : events.get(events.size() - 1);
        return prev != null && prev.sentence < s && violent(prev) && !prev.background && s - prev.sentence <= 2
                && c.sentences.get(prev.sentence).paragraph() == c.sentences.get(s).paragraph() ? prev : null;
    }

    private Cand corefTarget(Ctx c, int s, Cand k, List<Cand> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Cand e = events.get(i);
            if (e.sentence == s) {
                continue;
            }
            boolean nearby = c.sentences.get(e.sentence).paragraph() == c.sentences.get(s).paragraph()
                    || s - e.sentence <= 2 || c.sentences.size() <= 8;
            if (!nearby) {
                return null;
            }
            boolean compatible = e.subtype.type() == k.subtype.type() || violent(e) && (k.trigger.resolver() == Resolver.ATTACK
                    || k.trigger.resolver() == Resolver.KILL);
            if (k.trigger.resolver() == Resolver.KILL || k.priority == 1
                    || k.definite && compatible 
                    || k.priority <= 2 && !hasPlace(c, s) && (e.subtype.type() == k.subtype.type()
                    || violent(e) && (k.trigger.resolver() == Resolver.ATTACK || k.trigger.resolver() == Resolver.KILL))
                    || e.subtype == k.subtype && s - e.sentence == 1 && !hasPlace(c, s)) {
                return e;
            }
        }
        return null;
    }

    /**
     * A trigger of the group that opens its sentence as a definite noun ("The blast ...", "The deadly attack ..."): the
     * sentence goes on about an event already told, whatever more specific trigger leads the group.
     */
    private static boolean opensWithDefiniteMember(Cand k, int from) {
        for (Cand x : k.members) {
            if (x.definite && x.t0 <= from + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPlace(Ctx c, int s) {
        Sentence sent = c.sentences.get(s);
        for (ResolvedPlace p : c.places) {
            if (p.start() >= sent.start() && p.start() < sent.end() && usable(p)) {
                return true;
            }
        }
        return false;
    }

    private static void mergeArgs(Cand host, Cand k) {
        if (host.actor1 == null && k.actor1 != null) {
            host.actor1 = k.actor1;
        }
        if (host.actor2 == null && k.actor2 != null) {
            host.actor2 = k.actor2;
        }
    }

    // ------------------------------------------------------------------------------------------------ candidates

    private Cand candidate(Ctx c, int s, PhraseSet.Match<Trigger> f, int[] clause, int from, int to, CueMarks m) {
        Trigger tr = f.payload();
        int t0 = f.start();
        int t1 = f.end();
        int cid = clause[t0 - from];
        int c0 = t0;
        while (c0 > from && clause[c0 - 1 - from] == cid) {
            c0--;
        }
        int c1 = t1;
        while (c1 < to && clause[c1 - from] == cid) {
            c1++;
        }
        // a trigger word inside an actor's name ("Rally for Democracy") is not a trigger
        for (ActorMention a : c.actors) {
            if (a.start() <= c.charStart(t0) && c.charEnd(t1) <= a.end() && !a.anaphoric()
                    && a.length() > c.charEnd(t1) - c.charStart(t0) + 2 && a.actor() != null && a.actor().id() != null
                    && nameWord(tr) && !a.actor().name().toLowerCase(Locale.ROOT).startsWith("protesters")) {
                return null; // "Rally for Democracy", "Peace Accord Party": words of a name ("regime warplanes" stay a trigger)
            }
        }
        if (c.low[t0].equals("fighting") && t1 < to && FIGHTING_NOUNS.contains(c.low[t1])) {
            return null; // "fighting positions", "fighting age": a modifier, not a fight
        }
        for (ResolvedDate d : c.dates) {
            if (d.start() <= c.charStart(t0) && c.charEnd(t1) <= d.end()) {
                return null; // a word inside a date ("March 3")
            }
        }
        Cand k = new Cand();
        k.sentence = s;
        k.c0 = c0;
        k.c1 = c1;
        k.t0 = t0;
        k.t1 = t1;
        k.trigger = tr;
        k.priority = tr.priority();
        // negation, modality, intention, denial: no event
        int back = Math.max(c0, t0 - 3);
        for (int i = back; i < t0; i++) {
            if (m.at(Cue.NEG, i) || c.low[i].endsWith("n't")) {
                return null;
            }
        }
        for (int i = Math.max(c0, t0 - 4); i < t0; i++) {
            if (m.at(Cue.MODAL, i) && !isMonthMay(c, i)) {
                if (i + 1 < t0 && c.low[i + 1].equals("have") || i + 2 < t0 && c.low[i + 2].equals("have")) {
                    k.alleged = true;
                } else {
                    return null;
                }
            }
        }
        for (int i = Math.max(c0, t0 - 4); i < t0; i++) {
            if (m.at(Cue.INTENT, i) && !premeditated(c, i, from)) {
                return null;
            }
        }
        if (t1 < to && (c.low[t1].startsWith("plan") || c.low[t1].startsWith("plot") || c.low[t1].startsWith("threat"))) {
            return null;
        }
        PhraseSet.Match<Cue> deny = m.last(Cue.DENY, from, t0);
        if (deny != null) {
            int after = deny.end();
            boolean aboutRole = false;
            for (int i = after; i < Math.min(after + 3, to); i++) {
                String w = c.low[i];
                if (w.startsWith("involvement") || w.startsWith("responsib") || w.equals("role") || w.startsWith("link")) {
                    aboutRole = true;
                }
            }
            if (!aboutRole) {
                return null;
            }
        }
        // hedges before the trigger in its clause, or right after a verb
        for (int i = c0; i < t0; i++) {
            if (m.at(Cue.HEDGE, i) && !(c.low[i].equals("suspected") && i + 1 < t0)) {
                k.alleged = true;
            }
        }
        if (t1 < to && m.at(Cue.HEDGE, t1) && !c.low[t1].equals("suspected")) {
            k.alleged = true;
        }
        if (t0 > from && DETERMINERS.contains(c.low[t0 - 1]) || t0 > from + 1 && DETERMINERS.contains(c.low[t0 - 2])
                && !Character.isDigit(c.low[t0 - 1].charAt(0))) {
            k.definite = c.low[t0 - 1].equals("the") || c.low[t0 - 1].equals("this") || c.low[t0 - 1].equals("these")
                    || c.low[t0 - 1].equals("that") || c.low[t0 - 1].equals("same") || c.low[t0 - 1].equals("those")
                    || t0 > from + 1 && (c.low[t0 - 2].equals("the") || c.low[t0 - 2].equals("this"));
        }
        // "Police said gunmen shot ...": the reported clause starts after the speech verb
        for (int i = t0 - 1; i > c0; i--) {
            String w = c.low[i];
            if (m.at(Cue.ATTRIB_AFTER, i) && (w.equals("said") || w.equals("says") || w.equals("say") || w.equals("told")
                    || w.equals("reported") || w.equals("stated")
                    || w.equals("alleged") || w.equals("confirmed"))) {
                k.c0 = i + 1 < t0 && c.low[i + 1].equals("that") ? i + 2 : i + 1;
                break;
            }
        }
        roles(c, k, from, to, m);
        SubEventType st = TypeRules.refine(resolve(c, k, m, from, to), tr, c.low, c.sFrom, c.sTo, c.marks, s, t0, t1,
                (k.agentSide == Side.STATE ? TypeRules.AGENT_STATE : 0) | (k.agentSide == Side.NONSTATE ? TypeRules.AGENT_ARMED : 0)
                | (k.patientSide == Side.STATE ? TypeRules.PATIENT_STATE : 0)
                | (k.patientSide == Side.NONSTATE ? TypeRules.PATIENT_ARMED : 0) | (k.agentSide == Side.PARTY ? TypeRules.AGENT_PARTY : 0),
                k.agentFrom, k.agentTo);
        if (st == null) {
            return null;
        }
        k.subtype = st;
        // accidents and disasters are not events, unless the trigger names a weapon of war unambiguously
        if (m.any(Cue.ACCIDENT, from, to) && (k.priority <= 2 || tr.resolver() == Resolver.BOMB)
                && st != SubEventType.DISRUPTED_WEAPONS_USE) {
            return null;
        }
        // ordinary crime: no political or armed side
        if (m.any(Cue.CRIME, from, to) && k.priority <= 3 && st.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
                && k.agentSide != Side.STATE && k.agentSide != Side.NONSTATE
                && st != SubEventType.ABDUCTION_FORCED_DISAPPEARANCE) {
            return null;
        }
        return k;
    }

    private static final Set<String> EXECUTED = Set.of("out", "launched", "staged", "conducted", "executed", "mounted",
            "in", "during", "after");

    /** "carried out a planned attack": planned describes how, not whether. */
    private static boolean premeditated(Ctx c, int i, int from) {
        String w = c.low[i];
        if (!(w.equals("planned") || w.equals("coordinated") || w.equals("attempted"))) {
            return false;
        }
        return i - 2 >= from && (c.low[i - 1].equals("a") || c.low[i - 1].equals("an") || c.low[i - 1].equals("the"))
                && EXECUTED.contains(c.low[i - 2]);
    }

    /** Triggers that also serve as words of organisations' names (rally, front, accord, march, union strike ...). */
    private static boolean nameWord(Trigger tr) {
        return tr.resolver() == Resolver.PROTEST || tr.resolver() == Resolver.STRIKE || tr.subtype() == SubEventType.AGREEMENT
                || tr.subtype() == SubEventType.CHANGE_TO_GROUP_ACTIVITY || tr.resolver() == Resolver.RETAKE
                || tr.resolver() == Resolver.CLASH && tr.priority() <= 3;
    }

    /** "May" the month: capitalised inside a sentence, or next to a number. */
    private static boolean isMonthMay(Ctx c, int i) {
        if (!c.low[i].equals("may")) {
            return false;
        }
        boolean num = i > 0 && Character.isDigit(c.low[i - 1].charAt(0))
                || i + 1 < c.low.length && Character.isDigit(c.low[i + 1].charAt(0));
        boolean capital = Character.isUpperCase(c.text.charAt(c.tokens.get(i).start()));
        return num || capital && i > 0 && !isPunct(c.low[i - 1]);
    }

    private boolean passive(Ctx c, Cand k, int from) {
        if (k.trigger.frame() != Frame.A) {
            return false;
        }
        for (int i = k.t0 - 1; i >= Math.max(k.c0, k.t0 - 3); i--) {
            String w = c.low[i];
            if (c.aux(i)) {
                return true;
            }
            if (w.equals(",") || w.equals("and")) {
                break;
            }
        }
        String trig = c.low[k.t1 - 1];
        boolean participle = trig.endsWith("ed") || trig.equals("shot") || trig.equals("held") || trig.equals("hit")
                || trig.equals("slain") || trig.equals("taken") || trig.equals("beaten") || trig.equals("down")
                || trig.equals("dead") || trig.equals("death") || trig.equals("alive") || trig.equals("up");
        if (participle) {
            if (k.t1 >= k.c1) {
                return k.t0 > k.c0;
            }
            String next = c.low[k.t1];
            if (next.equals("by")) {
                return true;
            }
            if (next.equals("and") && k.t1 + 1 < k.c1 && (c.low[k.t1 + 1].endsWith("ed") || c.low[k.t1 + 1].equals("hurt"))) {
                return false; // "shot and injured two men": two verbs sharing an object
            }
            String next2 = k.t1 + 1 < k.c1 ? c.low[k.t1 + 1] : "";
            if (next.equals("at") && next2.equals("least") || next.equals("over") && (NUMBER.matcher(next2).matches()
                    || SMALL.containsKey(next2) || next2.equals("a") || next2.equals("hundred") || next2.equals("dozen"))) {
                return false; // "police arrested at least 20", "troops killed over 30": a count of the object follows
            }
            return AFTER_PASSIVE.contains(next) && k.t0 > k.c0;
        }
        return false;
    }

    private static final Set<String> OBJECT_DET = Set.of("a", "an", "two", "three", "several", "multiple", "powerful",
            "improvised", "homemade", "crude");

    /** "militants exploded a bomb": a weapon verb with an object of its own has the subject as agent. */
    /** The end of a "by" phrase's noun phrase from {@code from}: a comma, a target preposition, "in", or {@code limit}. */
    private static int agentPhraseEnd(Ctx c, int from, int limit) {
        int end = from;
        while (end < limit && !c.low[end].equals(",") && !TARGET_PREP.contains(c.low[end]) && !c.low[end].equals("in")) {
            end++;
        }
        return end;
    }

    private static boolean transitiveUse(Ctx c, Cand k) {
        return k.t1 < k.c1 && k.t1 == k.t0 + 1 && c.low[k.t0].endsWith("ed") && OBJECT_DET.contains(c.low[k.t1])
                && !actorsIn(c, k.c0, k.t0).isEmpty();
    }

    /** Finds the agent and patient token ranges and the actor mentions in them. */
    private void roles(Ctx c, Cand k, int from, int to, CueMarks m) {
        Frame fr = k.trigger.frame();
        boolean passiveVoice = passive(c, k, from);
        int by = -1;
        for (int i = k.t1; i < k.c1; i++) {
            if (c.low[i].equals("by")) {
                by = i;
                break;
            }
            // "was injured in Kotli on Friday in firing by Indian troops": a passive verb's agent may come late
            if (i > k.t1 + (passiveVoice || k.trigger.resolver() == Resolver.LOSE ? 10 : 4) && (fr != Frame.N)) {
                break;
            }
        }
        if (by > k.t1 + 4 && fr != Frame.N && actorsIn(c, by + 1, Math.min(k.c1, by + 7)).isEmpty()) {
            by = -1;
        }
        boolean pass = passiveVoice || fr == Frame.I && !transitiveUse(c, k);
        if (fr == Frame.S) {
            int btw = -1;
            for (int i = k.t1; i < Math.min(k.c1, k.t1 + 4); i++) {
                if (c.low[i].equals("between") || c.low[i].equals("among")) {
                    btw = i;
                    break;
                }
            }
            if (btw >= 0 && actorsIn(c, btw + 1, k.c1).isEmpty() && !actorsIn(c, k.c0, btw).isEmpty()) {
                btw = -1; // "troops clash with X between two villages": a place range, not the two sides
            }
            if (btw >= 0) {
                List<ActorMention> l = actorsIn(c, btw + 1, k.c1);
                if (!l.isEmpty()) {
                    k.actor1 = l.get(0);
                    k.actor2 = l.size() > 1 ? l.get(1) : null;
                }
                int and = -1;
                for (int i = btw + 1; i < k.c1; i++) {
                    String w = c.low[i];
                    if (w.equals("and") || w.equals("against") || w.equals("with") || w.equals("&")) {
                        and = i;
                        break;
                    }
                }
                k.agentFrom = btw + 1;
                k.agentTo = and < 0 ? k.c1 : and;
                k.patientFrom = and < 0 ? btw + 1 : and + 1;
                k.patientTo = k.c1;
            } else {
                List<ActorMention> before = actorsIn(c, k.c0, k.t0);
                List<ActorMention> after = actorsIn(c, k.t1, k.c1);
                if (before.size() >= 2) {
                    k.actor1 = before.get(before.size() - 2);
                    k.actor2 = before.get(before.size() - 1);
                } else if (before.size() == 1) {
                    k.actor1 = before.get(0);
                    k.actor2 = after.isEmpty() ? null : after.get(0);
                } else if (!after.isEmpty()) {
                    k.actor1 = after.get(0);
                    k.actor2 = after.size() > 1 ? after.get(1) : null;
                }
                k.agentFrom = k.c0;
                k.agentTo = k.t0;
                k.patientFrom = k.t1;
                k.patientTo = k.c1;
            }
        } else if (by >= 0 && (pass || fr == Frame.N || by - k.t1 <= 1)) {
            int end = agentPhraseEnd(c, by + 1, Math.min(k.c1, by + 8));
            if (end < k.c1 && c.low[end].equals(",") && actorsIn(c, by + 1, end).isEmpty()) {
                // "defeated by rival, al Qaeda-linked fighters": an adjective before an apposition, unless the
                // comma opens a reporting clause ("killed by a bomb, the army said")
                int e2 = agentPhraseEnd(c, end + 1, Math.min(k.c1, end + 6));
                List<ActorMention> app = actorsIn(c, end + 1, e2);
                if (!app.isEmpty() && !m.any(Cue.ATTRIB_AFTER, c.tokIndex(app.get(0).end()), Math.min(k.c1, e2 + 3))) {
                    end = e2;
                }
            }
            k.agentFrom = by + 1;
            k.agentTo = end;
            List<ActorMention> ag = actorsIn(c, by + 1, end);
            k.actor1 = ag.isEmpty() ? null : ag.get(0);
            if (fr == Frame.N) {
                int tp = targetPrep(c, end, k.c1);
                if (tp >= 0) {
                    k.patientFrom = tp + 1;
                    k.patientTo = k.c1;
                } else {
                    k.patientFrom = k.c0;
                    k.patientTo = k.t0;
                }
            } else {
                k.patientFrom = k.c0;
                k.patientTo = k.t0;
            }
            List<ActorMention> pa = actorsIn(c, k.patientFrom, k.patientTo);
            k.actor2 = pa.isEmpty() ? null : (k.patientFrom < k.t0 ? pa.get(pa.size() - 1) : pa.get(0));
        } else if (pass) {
            k.patientFrom = k.c0;
            k.patientTo = k.t0;
            k.agentFrom = k.t1;
            k.agentTo = k.t1;
            List<ActorMention> pa = actorsIn(c, k.c0, k.t0);
            k.actor2 = pa.isEmpty() ? null : pa.get(pa.size() - 1);
            int pb = k.actor2 == null ? -1 : c.tokIndex(k.actor2.start()) - 1;
            if (pb > k.c0 && c.low[pb].equals("by") && PLACED.contains(c.low[pb - 1])) {
                // "a bomb planted by X wounded two soldiers": X placed the weapon; it is the agent, not the victim
                k.actor1 = k.actor2;
                k.actor2 = pa.size() > 1 ? pa.get(pa.size() - 2) : null;
            }
            ActorMention op = k.actor1 != null ? null : operationAgent(c, k.t1, to);
            if (op != null && op != k.actor2) {
                k.actor1 = op; // "four militants were killed as Rangers launched an operation"
            }
            if (k.actor1 == null && k.actor2 != null) {
                ActorMention lv = leavingAgent(c, from, c.tokIndex(k.actor2.start()), k.actor2);
                if (lv != null) {
                    k.actor1 = lv; // "troops raided the camp, leaving seven militants dead"
                }
            }
        } else if (fr == Frame.N) {
            int tp = targetPrep(c, k.t1, k.c1);
            // "X launched an attack on Y": the agent is before; "attack on Y by X" handled above
            k.agentFrom = k.c0;
            k.agentTo = k.t0;
            List<ActorMention> ag = actorsIn(c, k.c0, k.t0);
            // an actor directly after a target preposition before the trigger is a target ("on X, an airstrike")
            ActorMention a1 = null;
            for (int i = ag.size() - 1; i >= 0; i--) {
                int at = c.tokIndex(ag.get(i).start());
                if (at > k.c0 && TARGET_PREP.contains(c.low[at - 1]) && !c.low[at - 1].equals("of")) {
                    continue;
                }
                if (disowns(c, c.tokIndex(ag.get(i).end()), k.t0)) {
                    break; // "the Taliban denied responsibility for the bombing", "X condemned the attack": not the agent
                }
                a1 = ag.get(i);
                break;
            }
            k.actor1 = a1;
            if (tp >= 0) {
                k.patientFrom = tp + 1;
                k.patientTo = k.c1;
            } else {
                k.patientFrom = k.t1;
                k.patientTo = k.c1;
            }
            List<ActorMention> pa = actorsIn(c, k.patientFrom, k.patientTo);
            if (!pa.isEmpty() && pa.get(0) != a1) {
                k.actor2 = pa.get(0);
            }
            if (k.actor1 == null && tp < 0 && !pa.isEmpty() && k.t1 < k.c1 && c.low[k.t1].equals("of")) {
                // "the killing of X": X suffers
                k.actor2 = pa.get(0);
            }
        } else {
            // active verb
            k.agentFrom = k.c0;
            k.agentTo = k.t0;
            k.patientFrom = k.t1;
            k.patientTo = k.c1;
            List<ActorMention> ag = actorsIn(c, k.c0, k.t0);
            k.actor1 = ag.isEmpty() ? null : firstOfCoordination(c, ag, ag.size() - 1);
            if (k.actor1 == null && k.c0 > from) {
                k.actor1 = appositiveSubject(c, from, k.c0); // "The FC, launching an operation, killed three militants"
            }
            if (k.actor1 != null && k.actor1.actor().kind() == ActorKind.CIVILIANS && ag.size() > 1
                    && (armedGroup(ag.get(0)) || ag.get(0).actor().kind() == ActorKind.STATE_FORCES)) {
                k.actor1 = ag.get(0); // "X rebels killed 3 civilians during an incursion": the civilians are the victims
            }
            List<ActorMention> pa = actorsIn(c, k.t1, k.c1);
            k.actor2 = pa.isEmpty() ? null : pa.get(0);
            if (k.actor1 == null && k.trigger.resolver() != Resolver.LOSE) {
                ActorMention cs = coordinatedSubject(c, from, k.t0);
                if (cs != null && cs != k.actor2) {
                    k.actor1 = cs; // "the army entered the camp, and assaulted several refugees": the army assaulted
                }
            }
        }
        if (k.actor2 == null && k.trigger.resolver() == Resolver.LOSE) {
            k.actor2 = coordinatedSubject(c, from, k.t0); // "They set up a base in X, but lost it": they lost it
        }
        if (k.actor1 != null && k.actor1 == k.actor2) {
            k.actor2 = null;
        }
        if (k.actor1 != null && k.actor1.end() <= c.charStart(k.t0) && disowns(c, c.tokIndex(k.actor1.end()), k.t0)) {
            k.actor1 = null; // "the Taliban denied responsibility for the bombing", "X condemned the attack": not the agent
        }
        if ((fr == Frame.N || k.t0 > 0 && NOUN_DET.contains(c.low[k.t0 - 1])) && k.actor1 != null
                && k.actor1.end() <= c.charStart(k.t0)) {
            k.actor1 = arrestedFor(c, k.actor1, c.tokIndex(k.actor1.end()), k.t0);
        }
        boolean byAgent = by >= 0 && k.agentFrom == by + 1; // "repelled attacks by X": X is already the agent
        if (k.trigger.id().equals("repulse") && !pass && !byAgent && k.actor2 != null && !c.low[k.t0].startsWith("incursion")
                && !c.low[k.t0].startsWith("infiltration")) {
            // "forces repelled an attack by X": X initiated
            ActorMention a = k.actor1;
            k.actor1 = k.actor2;
            k.actor2 = a;
            int f0 = k.agentFrom;
            int f1 = k.agentTo;
            k.agentFrom = k.patientFrom;
            k.agentTo = k.patientTo;
            k.patientFrom = f0;
            k.patientTo = f1;
        }
        if (k.t1 < c.low.length && c.low[k.t1].equals(":") && k.t0 - c.sFrom[k.sentence] <= 4) {
            // "Looting: regime forces looted ...", "Arrests: police arrested ...": a label that names the kind of event
            // has no arguments of its own; the clause after the colon (a member of the event) supplies them
            k.actor1 = null;
            k.actor2 = null;
            k.agentFrom = k.agentTo = k.t1;
            k.patientFrom = k.patientTo = k.t1;
        }
        if (k.trigger.id().equals("repulse") && !pass && !byAgent && k.actor1 != null && k.actor2 == null && k.t1 < k.c1
                && (c.low[k.t1].equals("their") || c.low[k.t1].equals("its"))) {
            // "13 militants were killed when troops repulsed their attack": the militants named before attacked
            List<ActorMention> before = actorsIn(c, from, c.tokIndex(k.actor1.start()));
            for (int i = before.size() - 1; i >= 0; i--) {
                if (armedGroup(before.get(i))) {
                    k.actor2 = k.actor1;
                    k.actor1 = before.get(i);
                    break;
                }
            }
        }
        k.agentSide = side(c, k.actor1, k.agentFrom, k.agentTo, m, k.agentFrom >= k.t1);
        k.patientSide = side(c, k.actor2, k.patientFrom, k.patientTo, m, k.patientFrom >= k.t1);
    }

    private static final java.util.regex.Pattern OFF_DUTY = java.util.regex.Pattern.compile(
            "\\b(?:off-duty|off duty|on leave|in plain clothes|(?:at|in|near|outside|in front of|inside) (?:his|her|their) "
            + "(?:own )?(?:home|homes|house|houses|residence|residences|family home)|as (?:he|she) (?:left|returned|was leaving)"
            + "|on (?:his|her) way (?:home|to work))\\b");

    /** "shot dead near his residence", "an off-duty soldier": a member of the forces attacked outside combat. */
    private static boolean offDuty(Ctx c, int from, int to) {
        if (from >= to) {
            return false;
        }
        String t = c.text.substring(c.charStart(from), c.charEnd(to)).toLowerCase(Locale.ROOT);
        return OFF_DUTY.matcher(t).find();
    }

    /** Participles of placing or launching a weapon: "a bomb planted by X", "rockets fired by X". */
    private static final Set<String> PLACED = Set.of("planted", "placed", "laid", "left", "hidden", "fired", "launched",
            "thrown", "hurled", "detonated", "set", "triggered", "dropped");

    private static final Set<String> OPERATION_VERBS = Set.of("launched", "raided", "conducted", "carried", "stormed",
            "opened", "attacked", "fired", "targeted", "shelled", "bombed", "struck", "ambushed", "cordoned", "mounted",
            "retaliated", "returned", "intercepted", "swooped");

    /** After a passive trigger: "as|when|after|while [the] X launched/raided/opened fire ...": X acted. */
    /**
     * "X carried out operations, leaving seven militants dead": the subject of the clause that "leaving"/"left"
     * (at most three tokens before the patient) closes acts on the patient.
     */
    private static ActorMention leavingAgent(Ctx c, int from, int patient, ActorMention victim) {
        for (int i = patient - 1; i >= Math.max(from, patient - 4); i--) {
            String w = c.low[i];
            if (w.equals("leaving") || w.equals("left") || w.equals("leaves")) {
                if (i == from) {
                    return null;
                }
                for (ActorMention a : actorsIn(c, from, i)) {
                    if (a != victim && a.actor().kind() != ActorKind.CIVILIANS) {
                        return a;
                    }
                }
                return null;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                return null;
            }
        }
        return null;
    }

    private static ActorMention operationAgent(Ctx c, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = c.low[i];
            if (!(w.equals("as") || w.equals("when") || w.equals("after") || w.equals("while"))) {
                continue;
            }
            for (ActorMention a : actorsIn(c, i + 1, Math.min(to, i + 4))) {
                int e = c.tokIndex(a.end());
                for (int j = e; j < Math.min(to, e + 3); j++) {
                    if (OPERATION_VERBS.contains(c.low[j])) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** "The FC, launching an operation in X, killed ...": an actor opening the sentence and followed by a comma. */
    /**
     * The subject of a verb coordinated with an earlier predicate of its sentence ("They set up a base in X, but lost
     * it"): the first actor of the sentence when "but", "and" or "then" (and at most one adverb) opens the verb's clause
     * and no actor stands between them.
     */
    private static ActorMention coordinatedSubject(Ctx c, int from, int t0) {
        int j = conjunctionBefore(c, from, t0);
        if (j < 0) {
            return null;
        }
        int start = afterIntro(c, from, j);
        List<ActorMention> l = actorsIn(c, start, j);
        if (l.isEmpty() || c.tokIndex(l.get(0).start()) > start + 2) {
            return null;
        }
        return l.get(0);
    }

    /**
     * The token of "but", "and" or "then" that opens the verb at {@code t0} (at most one "-ly" adverb between), after
     * the sentence's first token {@code from}; -1 when the verb is not coordinated so.
     */
    private static int conjunctionBefore(Ctx c, int from, int t0) {
        int j = t0 - 1;
        if (j > from && c.low[j].endsWith("ly")) {
            j--;
        }
        return j > from && (c.low[j].equals("but") || c.low[j].equals("and") || c.low[j].equals("then")) ? j : -1;
    }

    private static final Set<String> INTRO = Set.of("on", "in", "at", "around", "during", "after", "late", "early",
            "earlier", "last", "between", "overnight", "yesterday", "today", "meanwhile", "separately", "elsewhere");

    /**
     * The first token after an introductory adverbial ("On 2 May 2020, the army ...", "Late on Sunday, police ..."):
     * a phrase that opens with a preposition or time word, holds no actor and ends in a comma within ten tokens.
     */
    private static int afterIntro(Ctx c, int from, int to) {
        if (from >= to || !INTRO.contains(c.low[from])) {
            return from;
        }
        for (int i = from + 1; i < Math.min(to, from + 10); i++) {
            if (c.low[i].equals(",")) {
                return actorsIn(c, from, i).isEmpty() ? i + 1 : from;
            }
        }
        return from;
    }

    private static ActorMention appositiveSubject(Ctx c, int from, int to) {
        List<ActorMention> l = actorsIn(c, from, Math.min(to, from + 6));
        if (l.isEmpty()) {
            return null;
        }
        ActorMention a = l.get(0);
        int start = c.tokIndex(a.start());
        int end = c.tokIndex(a.end());
        boolean opens = start - from <= 1; // "The FC" or "FC"
        boolean comma = end < to && c.low[end].equals(",");
        boolean participle = end + 1 < to && (c.low[end + 1].endsWith("ing") || c.low[end + 1].equals("which")
                || c.low[end + 1].equals("who"));
        return opens && comma && participle ? a : null;
    }

    private static final Set<String> DISOWN = Set.of("denied", "denies", "deny", "denying", "rejected", "condemned",
            "condemns", "condemning", "condemn", "disowned", "disclaimed", "mourned", "denounced", "denounces");

    /** Whether tokens [from, to) between a subject and a noun trigger disown the act ("denied responsibility for"). */
    private static boolean disowns(Ctx c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DISOWN.contains(c.low[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARREST_WORDS = Set.of("arrested", "detained", "charged", "apprehended", "indicted",
            "convicted", "sentenced", "questioned", "captured", "jailed", "prosecuted");
    private static final Set<String> FOR_PREP = Set.of("with", "for", "over", "in");
    /** Words that make a trigger after them a noun ("in connection with the attack"). */
    private static final Set<String> NOUN_DET = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their");

    /**
     * The agent of a noun trigger after an arrest: "police arrested a man in connection with the attack" (the man, not
     * the police: null when he is no actor); "an extremist was arrested for the bombing" (the subject). Otherwise
     * {@code subject} itself.
     */
    private static ActorMention arrestedFor(Ctx c, ActorMention subject, int from, int t0) {
        int a = -1;
        for (int i = from; i < t0; i++) {
            if (ARREST_WORDS.contains(c.low[i])) {
                a = i;
                break;
            }
        }
        if (a < 0) {
            return subject;
        }
        boolean prep = false;
        for (int i = a + 1; i < t0; i++) {
            prep |= FOR_PREP.contains(c.low[i]);
        }
        if (!prep) {
            return subject;
        }
        if (a > from && BE.contains(c.low[a - 1])) {
            return subject; // "X was arrested for the attack": X is the suspect
        }
        for (ActorMention o : actorsIn(c, a + 1, t0)) {
            if (o.actor().kind() != ActorKind.STATE_FORCES) {
                return o;
            }
        }
        return null;
    }

    /** "X and Y forces fired": the first of coordinated subjects leads (the others are associated). */
    private static ActorMention firstOfCoordination(Ctx c, List<ActorMention> l, int i) {
        int k = i;
        while (k > 0) {
            String between = c.text.substring(l.get(k - 1).end(), l.get(k).start()).trim().toLowerCase(Locale.ROOT);
            if (between.equals("and") || between.equals(",") || between.equals("and the") || between.equals(", and")) {
                k--;
            } else {
                break;
            }
        }
        return l.get(k);
    }

    private static int targetPrep(Ctx c, int from, int to) {
        for (int i = from; i < Math.min(to, from + 6); i++) {
            if (TARGET_PREP.contains(c.low[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Non-reporter actor mentions starting in tokens [a, b), in order. */
    private static List<ActorMention> actorsIn(Ctx c, int a, int b) {
        List<ActorMention> out = new ArrayList<>(2);
        if (a >= b) {
            return out;
        }
        int ca = c.charStart(a);
        int cb = c.charEnd(b);
        for (ActorMention am : c.actors) {
            if (am.start() >= ca && am.start() < cb && am.actor() != null && !am.actor().reporter()) {
                out.add(am);
            }
        }
        return out;
    }

    private static Side sideOf(ActorKind k) {
        switch (k) {
            case STATE_FORCES:
                return Side.STATE;
            case REBEL_GROUP:
            case IDENTITY_MILITIA:
                return Side.NONSTATE;
            case POLITICAL_MILITIA:
                return Side.PARTY;
            case PROTESTERS:
            case RIOTERS:
                return Side.PROTEST;
            case CIVILIANS:
                return Side.CIVIL;
            default:
                return Side.UNKNOWN;
        }
    }

    /** The kind of party in tokens [a, b): the actor's kind, else the cue word closest to the trigger. */
    private static Side side(Ctx c, ActorMention a, int from, int to, CueMarks m, boolean after) {
        Side actorSide = a != null && a.actor().kind() != null ? sideOf(a.actor().kind()) : Side.UNKNOWN;
        if (actorSide == Side.PARTY && armedWords(c.text.substring(a.start(), a.end()))) {
            actorSide = Side.NONSTATE; // "Jubaland forces", "party militiamen": armed, not a crowd of supporters
        }
        if (from >= to) {
            return actorSide;
        }
        int n = to - from;
        if (actorSide != Side.UNKNOWN) {
            // a cue word closer to the trigger than the actor names the party ("attacked villages of X local government")
            int at = c.tokIndex(a.start());
            n = after ? Math.max(0, Math.min(n, at - from)) : Math.max(0, Math.min(n, to - c.tokIndex(a.end())));
        }
        if (actorSide == Side.UNKNOWN && countryAgent(c, from, to, after) != null) {
            return Side.STATE; // a country named as the one who acts ("the US bombed", "Russia struck"): its state
        }
        for (int j = 0; j < n; j++) {
            int i = after ? from + j : to - 1 - j;
            if (c.low[i].equals("forces")) {
                return i > from && m.at(Cue.NONSTATE, i - 1) ? Side.NONSTATE : Side.STATE;
            }
            if (m.at(Cue.STATE, i) && !c.low[i].equals("base")) {
                return Side.STATE;
            }
            if (m.at(Cue.NONSTATE, i) && !c.low[i].equals("group") && !c.low[i].equals("is")) {
                return Side.NONSTATE;
            }
            if (m.at(Cue.CIVILIAN, i)) {
                return Side.CIVIL;
            }
        }
        return actorSide;
    }

    private static final java.util.regex.Pattern ARMED_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(forces?|militias?|militiam[ae]n|fighters?|gunm[ae]n|troops|army|brigades?|battalions?|guards?|"
            + "commandos?|soldiers?|rebels?|militants?)\\b");

    private static boolean armedWords(String s) {
        return ARMED_WORDS.matcher(s).find();
    }

    /** A country toponym in subject position of tokens [from, to) ("the US bombed"), or null. */
    private static ResolvedPlace countryAgent(Ctx c, int from, int to, boolean after) {
        if (from >= to) {
            return null;
        }
        int ca = c.charStart(from);
        int cb = c.charEnd(to);
        for (ResolvedPlace p : c.places) {
            if (p.start() >= ca && p.end() <= cb && p.place() != null && p.place().isCountry() && !p.isDemonym()) {
                int pt = c.tokIndex(p.start());
                int pe = c.tokIndex(p.end());
                boolean subjectLike = after ? pt - from <= 2 : to - pe <= 1;
                if (subjectLike && !(pt > 0 && (c.low[pt - 1].equals("in") || c.low[pt - 1].equals("of")
                        || c.low[pt - 1].equals("to") || c.low[pt - 1].equals("from")))) {
                    return p;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ resolvers

    private SubEventType resolve(Ctx c, Cand k, CueMarks m, int from, int to) {
        Trigger tr = k.trigger;
        if (tr.resolver() == null) {
            SubEventType st = tr.subtype();
            if (st == SubEventType.ARRESTS && (c.low[k.t0].equals("held") || c.low[k.t0].equals("custody"))) {
                // "held a protest", "held talks": only "held" of people by police is an arrest
                if (k.agentSide != Side.STATE && k.patientSide != Side.STATE) {
                    return null;
                }
            }
            if (st == SubEventType.ARRESTS && k.agentSide == Side.NONSTATE) {
                return SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
            }
            if (st == SubEventType.ARRESTS && k.agentSide != Side.NONSTATE && anyProtestTrigger(c, from, to)) {
                // "workers were detained when they tried to march": ACLED codes the arrest of demonstrators as a
                // protest with intervention
                return SubEventType.PROTEST_WITH_INTERVENTION;
            }
            if (st == SubEventType.OTHER && k.priority <= 1) {
                return null;
            }
            if (st == SubEventType.AGREEMENT && k.trigger.frame() == Frame.N && !m.any(Cue.CONCLUDE, k.c0, k.c1)) {
                return null; // "during the truce", "violations of the ceasefire": not the making of an agreement
            }
            if (st == SubEventType.DISRUPTED_WEAPONS_USE && k.trigger.frame() == Frame.A) {
                // "thwarted an attack", "foiled two incursions": a battle that the defender won
                for (int i = k.t1; i < Math.min(to, k.t1 + 5); i++) {
                    String w = c.low[i];
                    if (w.startsWith("attack") || w.startsWith("incursion") || w.startsWith("offensive") || w.startsWith("assault")
                            || w.startsWith("advance") || w.startsWith("infiltrat")) {
                        return SubEventType.ARMED_CLASH;
                    }
                }
            }
            if (st == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE && c.low[k.t0].startsWith("hostage")) {
                for (int i = Math.max(from, k.t0 - 4); i < k.t0; i++) {
                    String w = c.low[i];
                    if (w.startsWith("rescu") || w.equals("freed") || w.equals("released") || w.startsWith("liberat")) {
                        return null; // hostages rescued: the abduction is background
                    }
                }
            }
            if (st == SubEventType.SUICIDE_BOMB && c.low[k.t1 - 1].startsWith("bomber")) {
                // "forces killed two suicide bombers": the bombers are the target of another act
                for (int i = Math.max(from, k.t0 - 4); i < k.t0; i++) {
                    String w = c.low[i];
                    if (w.equals("killed") || w.equals("arrested") || w.equals("captured") || w.equals("detained")
                            || w.equals("shot") || w.equals("nabbed") || w.equals("apprehended")) {
                        return null;
                    }
                }
            }
            if (st == SubEventType.ARMED_CLASH && (k.trigger.id().equals("ambush") || c.low[k.t0].startsWith("incursion"))
                    && k.patientSide != Side.STATE && k.patientSide != Side.NONSTATE
                    && (k.patientSide == Side.CIVIL || quantitySide(c, k.sentence, m) == Side.CIVIL)) {
                return SubEventType.ATTACK; // "gunmen ambushed and killed four youths", "killed 3 civilians during an incursion"
            }
            if (st == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK && smallArms(c, m, from, to)) {
                return SubEventType.ARMED_CLASH;
            }
            return st;
        }
        switch (tr.resolver()) {
            case PROTEST:
                return protest(c, k, m, from, to);
            case RIOT:
                for (int i = k.t1; i < Math.min(to, k.t1 + 6); i++) {
                    if (c.low[i].equals("death") || c.low[i].equals("alive")) {
                        return attack(c, k, m, from, to); // "burned 20 people to death"
                    }
                }
                if (anyProtestTrigger(c, from, to)) {
                    return SubEventType.VIOLENT_DEMONSTRATION;
                }
                if (k.agentSide == Side.STATE || k.agentSide == Side.NONSTATE && !vagueAgent(c, k)) {
                    return SubEventType.LOOTING_PROPERTY_DESTRUCTION;
                }
                return SubEventType.MOB_VIOLENCE;
            case CLASH:
                return clash(c, k, m, from, to);
            case ATTACK:
            case KILL:
                return attack(c, k, m, from, to);
            case BOMB:
                return bomb(c, k, m, from, to);
            case STRIKE:
                if (m.any(Cue.AIR, from, to)) {
                    return SubEventType.AIR_DRONE_STRIKE;
                }
                if (m.any(Cue.PARTY, from, to) || anyProtestTrigger(c, from, to)) {
                    return SubEventType.PEACEFUL_PROTEST;
                }
                return null;
            case RAID:
                if (m.any(Cue.AIR, from, to) && !c.low[k.t0].equals("raided")) {
                    return SubEventType.AIR_DRONE_STRIKE;
                }
                if (k.agentSide == Side.STATE) {
                    return SubEventType.ARRESTS;
                }
                return attack(c, k, m, from, to);
            case TAKE:
            case RETAKE:
                return territory(c, k, m, tr.resolver() == Resolver.RETAKE);
            case LOSE:
                return lost(k);
            default:
                return null;
        }
    }

    private static final Set<String> VAGUE = Set.of("assailants", "attackers", "miscreants", "gang", "gangs", "criminals",
            "group", "unidentified", "unknown", "men", "people", "persons", "youths");

    /** The agent is only a vague word ("assailants"), not an armed organisation. */
    private static boolean vagueAgent(Ctx c, Cand k) {
        if (k.actor1 != null) {
            return false;
        }
        for (int i = k.agentFrom; i < k.agentTo; i++) {
            String w = c.low[i];
            if (VAGUE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Direct fire (small arms, rifles) named in the sentence: with it, ACLED codes a clash, not shelling. */
    private static boolean smallArms(Ctx c, CueMarks m, int from, int to) {
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() == Cue.SMALLARMS && x.start() >= from && x.start() < to
                    && !(x.start() > from && c.low[x.start() - 1].equals("heavy"))) {
                return true;
            }
        }
        return false;
    }

    private boolean anyProtestTrigger(Ctx c, int from, int to) {
        int s = sentenceAt(c, from);
        if (s >= 0 && c.sFrom[s] == from && c.sTo[s] == to && c.protest[s] != 0) {
            return c.protest[s] == 1;
        }
        boolean r = scanProtest(c, from, to);
        if (s >= 0 && c.sFrom[s] == from && c.sTo[s] == to) {
            c.protest[s] = (byte) (r ? 1 : 2);
        }
        return r;
    }

    private static int sentenceAt(Ctx c, int tok) {
        int lo = 0;
        int hi = c.sFrom.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c.sFrom[mid] < tok) {
                lo = mid + 1;
            } else if (c.sFrom[mid] > tok) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private boolean scanProtest(Ctx c, int from, int to) {
        List<PhraseSet.Match<Trigger>> l = new ArrayList<>();
        for (int i = from; i < to; i++) {
            l.clear();
            lex.triggers.matchesAt(c.low, i, to, l);
            for (PhraseSet.Match<Trigger> x : l) {
                if (x.payload().resolver() == Resolver.PROTEST && x.payload().priority() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a cue of class {@code cue} occurs in [from, to) outside "against/over ..." complements. */
    private static boolean cueOutsideComplement(Ctx c, CueMarks m, Cue cue, int from, int to) {
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() != cue || x.start() < from || x.start() >= to) {
                continue;
            }
            boolean excluded = false;
            for (int i = x.start() - 1; i >= Math.max(from, x.start() - 12); i--) {
                String w = c.low[i];
                if (RESET.contains(w)) {
                    break;
                }
                if (RIOT_EXCLUDE_BEFORE.contains(w)) {
                    excluded = true;
                    break;
                }
            }
            String cw = c.low[x.start()];
            if (cw.startsWith("burn") && x.start() + 2 < c.low.length
                    && (c.low[x.start() + 1].startsWith("effig") || c.low[x.start() + 2].startsWith("effig"))
                    || cw.equals("violence") && x.start() > 0 && (c.low[x.start() - 1].equals("domestic")
                    || c.low[x.start() - 1].equals("sexual") || c.low[x.start() - 1].equals("gender"))) {
                excluded = true; // burning effigies is a peaceful protest
            }
            if (!excluded) {
                return true;
            }
        }
        return false;
    }

    private SubEventType protest(Ctx c, Cand k, CueMarks m, int from, int to) {
        String w = c.low[k.t0];
        if (k.priority <= 1 && !anyProtestTrigger(c, from, to) && !m.any(Cue.DEMAND, from, to)
                && !(m.any(Cue.PARTY, from, to) && (w.startsWith("block") || w.equals("strike") || w.startsWith("agitat")))) {
            // "gathered", "blocked", "staged": only with a protest context
            return null;
        }
        if (w.equals("march") && (k.t0 > from && (c.low[k.t0 - 1].equals("in") || c.low[k.t0 - 1].equals("of")
                || Character.isDigit(c.low[k.t0 - 1].charAt(0)))
                || k.t0 + 1 < to && Character.isDigit(c.low[k.t0 + 1].charAt(0))
                || k.t0 > from && Character.isUpperCase(c.text.charAt(c.tokens.get(k.t0).start())))) {
            return null; // the month of March
        }
        boolean state = m.any(Cue.STATE, from, to);
        boolean lethal = false;
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() == Cue.LETHAL && x.start() >= from) {
                String l = x.phrase().source();
                if (l.endsWith("fire") && !l.startsWith("set") || l.equals("fired on") || l.equals("fired at")
                        || l.startsWith("live") || l.equals("shot dead")) {
                    lethal = true;
                }
            }
        }
        if (lethal && state) {
            return SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        if (cueOutsideComplement(c, m, Cue.MOB, k.c0, k.c1)) {
            return SubEventType.MOB_VIOLENCE;
        }
        if (cueOutsideComplement(c, m, Cue.RIOT, k.c0, k.c1)) {
            return SubEventType.VIOLENT_DEMONSTRATION;
        }
        int nextS = k.sentence + 1;
        boolean nextSame = nextS < c.sentences.size()
                && c.sentences.get(nextS).paragraph() == c.sentences.get(k.sentence).paragraph();
        if (CrowdViolence.in(c.low, from, to) || nextSame && CrowdViolence.in(c.low, c.sFrom[nextS], c.sTo[nextS])) {
            return SubEventType.VIOLENT_DEMONSTRATION; // the demonstrators threw stones, burnt tyres, clashed with police
        }
        if (cueOutsideComplement(c, m, Cue.INTERVENTION, from, to) && (m.any(Cue.STATE, from, to) || state)) {
            return SubEventType.PROTEST_WITH_INTERVENTION; // police dispersed, detained ...: an intervention needs someone who intervenes
        }
        // the following sentence of a short report often tells how it ended ("Police dispersed the crowd.")
        int s = k.sentence + 1;
        if (s < c.sentences.size() && c.sentences.get(s).paragraph() == c.sentences.get(k.sentence).paragraph()) {
            CueMarks next = c.marks[s];
            if (cueOutsideComplement(c, next, Cue.INTERVENTION, c.sFrom[s], c.sTo[s])
                    && next.any(Cue.STATE, c.sFrom[s], c.sTo[s])) {
                return SubEventType.PROTEST_WITH_INTERVENTION;
            }
        }
        return SubEventType.PEACEFUL_PROTEST;
    }

    private SubEventType clash(Ctx c, Cand k, CueMarks m, int from, int to) {
        boolean armed = k.agentSide == Side.NONSTATE || k.patientSide == Side.NONSTATE
                || k.agentSide == Side.STATE && k.patientSide == Side.STATE;
        boolean party = kindIn(k.actor1, ActorKind.PROTESTERS, ActorKind.RIOTERS, ActorKind.CIVILIANS)
                || kindIn(k.actor2, ActorKind.PROTESTERS, ActorKind.RIOTERS, ActorKind.CIVILIANS)
                || k.agentSide == Side.PARTY || k.patientSide == Side.PARTY;
        boolean partyCue = m.any(Cue.PARTY, k.c0, k.c1) || m.any(Cue.MOB, from, to);
        if (!armed && (party || partyCue) && !m.any(Cue.NONSTATE, k.c0, k.c1)) {
            return m.any(Cue.STATE, k.c0, k.c1) || k.agentSide == Side.STATE || k.patientSide == Side.STATE
                    ? SubEventType.VIOLENT_DEMONSTRATION : SubEventType.MOB_VIOLENCE;
        }
        return SubEventType.ARMED_CLASH;
    }

    private static boolean kindIn(ActorMention a, ActorKind... kinds) {
        if (a == null || a.actor().kind() == null) {
            return false;
        }
        for (ActorKind k : kinds) {
            if (a.actor().kind() == k) {
                return true;
            }
        }
        return false;
    }

    private SubEventType attack(Ctx c, Cand k, CueMarks m, int from, int to) {
        if (cueOutsideComplement(c, m, Cue.MOB, from, to) && k.agentSide != Side.STATE && k.agentSide != Side.NONSTATE) {
            return SubEventType.MOB_VIOLENCE;
        }
        if (k.agentSide == Side.PROTEST) {
            return SubEventType.VIOLENT_DEMONSTRATION;
        }
        if (k.agentSide == Side.PARTY && !m.any(Cue.NONSTATE, k.agentFrom, k.agentTo)) {
            // party supporters attacking: ACLED codes riots
            return k.patientSide == Side.STATE ? SubEventType.VIOLENT_DEMONSTRATION : SubEventType.MOB_VIOLENCE;
        }
        if (k.patientSide == Side.STATE && offDuty(c, from, to)) {
            return SubEventType.ATTACK; // an officer shot at home or off duty: ACLED codes violence against a civilian target
        }
        if (k.patientSide == Side.STATE || k.patientSide == Side.NONSTATE) {
            if (k.actor2 != null && c.tokIndex(k.actor2.start()) - k.t1 > 3 && quantitySide(c, k.sentence, m) == Side.CIVIL) {
                return SubEventType.ATTACK; // "attacked X of Y Local Government Area, killing 20 residents": civilians died
            }
            return SubEventType.ARMED_CLASH;
        }
        if (k.patientSide == Side.UNKNOWN && k.agentSide == Side.STATE && m.any(Cue.NONSTATE, from, to)) {
            return SubEventType.ARMED_CLASH;
        }
        return SubEventType.ATTACK;
    }

    private SubEventType bomb(Ctx c, Cand k, CueMarks m, int from, int to) {
        boolean exploded = false;
        for (int i = from; i < to; i++) {
            String w = c.low[i];
            if (w.startsWith("explo") && !w.startsWith("explosive") || w.equals("blast") || w.equals("blasts")
                    || w.equals("detonated") || w.equals("went") && i + 1 < to && c.low[i + 1].equals("off")) {
                boolean neg = false;
                for (int j = Math.max(from, i - 3); j < i; j++) {
                    if (m.at(Cue.NEG, j) || c.low[j].endsWith("n't") || c.low[j].equals("failed") || c.low[j].equals("before")) {
                        neg = true;
                    }
                }
                if (!neg) {
                    exploded = true;
                }
            }
        }
        if (!exploded && m.any(Cue.FOILED, k.c0, k.c1) || !exploded && m.any(Cue.FOILED, from, to) && k.priority <= 2
                && !c.low[k.t0].startsWith("bombard") && !c.low[k.t0].equals("bombed")) {
            return SubEventType.DISRUPTED_WEAPONS_USE;
        }
        if (m.any(Cue.SUICIDE, from, to)) {
            return SubEventType.SUICIDE_BOMB;
        }
        if (m.any(Cue.GRENADE, from, to)) {
            return SubEventType.GRENADE;
        }
        String w = c.low[k.t0];
        boolean airVerb = w.equals("bombed") || w.startsWith("bombard") || w.equals("bombing") || w.equals("bombings");
        if (airVerb && (m.any(Cue.AIR, from, to) || k.agentSide == Side.STATE)) {
            return SubEventType.AIR_DRONE_STRIKE;
        }
        if (w.startsWith("bombard")) {
            return SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
        }
        if (k.trigger.id().equals("ied6") && (m.any(Cue.PARTY, from, to) || k.agentSide == Side.PARTY
                || anyProtestTrigger(c, from, to))) {
            return SubEventType.VIOLENT_DEMONSTRATION;
        }
        return SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
    }

    private SubEventType territory(Ctx c, Cand k, CueMarks m, boolean retake) {
        boolean pass = passive(c, k, c.sFrom[k.sentence]);
        int a = pass ? k.c0 : k.t1;
        int b = pass ? k.t0 : Math.min(k.c1, k.t1 + 7);
        boolean place = false;
        boolean person = false;
        String trig = c.low[k.t0];
        if (trig.equals("control") || c.low[k.t1 - 1].equals("control") || trig.equals("overran") || trig.equals("overrun")) {
            place = true;
        }
        int ca = c.charStart(a);
        int cb = c.charEnd(b);
        for (ResolvedPlace p : c.places) {
            if (p.start() >= ca && p.start() < cb && !p.isDemonym()) {
                place = true;
            }
        }
        for (int i = a; i < b && !place && !person; i++) {
            if (m.at(Cue.TERRITORY, i)) {
                place = true;
            } else if (m.at(Cue.PERSON, i)) {
                person = true;
            }
        }
        if (!place && !person && retake && !trig.equals("freed")) {
            place = true;
        }
        if (place) {
            if (retake) {
                return k.agentSide == Side.NONSTATE ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                        : SubEventType.GOVERNMENT_REGAINS_TERRITORY;
            }
            return k.agentSide == Side.STATE ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
        if (person && !retake) {
            return k.agentSide == Side.STATE ? SubEventType.ARRESTS : SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
        }
        return null;
    }

    /**
     * "X lost its stronghold there after being defeated by Y", "the army lost control of the town to Y": the subject is
     * the side that lost ground, the winner comes from a "by" or "to" phrase. A state winner regains territory, any
     * other winner overtakes it; with no winner named, a state that loses ground loses it to a non-state actor and a
     * non-state actor that loses ground loses it to the state.
     */
    private static SubEventType lost(Cand k) {
        Side winner = k.actor1 != null ? k.agentSide : Side.UNKNOWN;
        if (winner == Side.STATE) {
            return SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        if (winner == Side.NONSTATE || k.patientSide == Side.STATE) {
            return SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY;
    }

    // ------------------------------------------------------------------------------------------------ counts

    private static boolean isCasualty(QuantityMention q) {
        return q.role() == QuantityMention.Role.KILLED || q.role() == QuantityMention.Role.INJURED;
    }

    private void assignQuantities(Ctx c, int s, int[] clause, int from, List<Cand> cands, List<Cand> events, CueMarks m) {
        Sentence sent = c.sentences.get(s);
        List<Cand> inSentence = new ArrayList<>();
        for (Cand e : events) {
            if (e.sentence == s || containsMemberIn(e, s)) {
                inSentence.add(e);
            }
        }
        if (inSentence.isEmpty()) {
            return;
        }
        for (QuantityMention q : c.quantities) {
            if (q.start() < sent.start() || q.start() >= sent.end()) {
                continue;
            }
            int qt = c.tokIndex(q.numberStart());
            Cand attacked = Casualties.perpetrator(c.text, q) ? earlierAttack(c, s, events, inSentence) : null;
            if (attacked != null) {
                addQuantity(c, attacked, q); // "... The gunman was shot dead by police": the attacker of the event told before
                continue;
            }
            Cand best = null;
            Cand nearest = null;
            int bestD = Integer.MAX_VALUE;
            for (Cand e : inSentence) {
                for (Cand x : membersIn(e, s)) {
                    int dist = Math.abs(qt - x.t0);
                    if (qt >= from && x.t0 >= from && qt - from < clause.length && x.t0 - from < clause.length
                            && clause[qt - from] != clause[x.t0 - from]) {
                        dist += 50;
                    }
                    if (dist < bestD) {
                        bestD = dist;
                        best = e;
                        nearest = x;
                    }
                }
            }
            if (best != null && isCasualty(q) && !takesCasualties(best)) {
                Cand other = nearestTaking(c, s, qt, inSentence);
                if (other != null) {
                    best = other; // "1 militant was killed and 2 were arrested": the killing's event takes the dead
                    nearest = other;
                } else if (best.subtype == SubEventType.ARRESTS && q.role() == QuantityMention.Role.KILLED
                        && !(qt >= 2 && c.low[qt - 1].equals("of") && KILL_NOUNS.contains(c.low[qt - 2]))) {
                    best.killed.add(q); // a raid told as arrests still carries its dead
                    continue;
                }
            }
            if (best == null || nearest.background && isCasualty(q)) {
                continue;
            }
            if (isCasualty(q) && (!takesCasualties(best) || isAgentCount(c, best, s, qt) || protestCause(c, best, nearest, s, qt))) {
                continue; // "Ten gunmen shot dead a guard": the ten acted; arrests and peaceful protests count no dead
            }
            if (q.role() == QuantityMention.Role.PEOPLE && takesCasualties(best) && objectOfKilling(c, qt)) {
                best.killed.add(q); // "shot dead 13 people"
                continue;
            }
            addQuantity(c, best, q);
        }
        for (Cand e : inSentence) {
            markNoCasualties(c, e, m, sent);
        }
    }

    private static final Set<String> KILL_NOUNS = Set.of("killing", "killings", "murder", "murders", "murdered", "killed",
            "death", "deaths", "attack", "attacks", "assassination", "lynching", "massacre", "bombing", "shooting", "rape");

    /**
     * A count in what a protest or riot is about, not its own dead: "protests against the killing of a student",
     * "riots in the wake of the attack that left 19 dead", "after a candidate was murdered, residents rioted".
     */
    private static boolean protestCause(Ctx c, Cand host, Cand trigger, int s, int qt) {
        EventType t = host.subtype.type();
        if (t != EventType.PROTESTS && t != EventType.RIOTS) {
            return false;
        }
        if (qt >= trigger.t1) {
            boolean cause = false;
            for (int i = trigger.t1; i < qt; i++) {
                String w = c.low[i];
                if (COMPLEMENT.contains(w) || BACKGROUND_PREP.contains(w) || w.equals("wake")) {
                    cause = true;
                } else if (cause && KILL_NOUNS.contains(w)) {
                    return true;
                }
            }
            return qt >= 2 && c.low[qt - 1].equals("of") && KILL_NOUNS.contains(c.low[qt - 2]) && cause;
        }
        for (int i = Math.max(c.sFrom[s], qt - 8); i < qt; i++) {
            if (BACKGROUND_PREP.contains(c.low[i])) {
                return true;
            }
        }
        return false;
    }

    /** A protest or riot whose sentence gives a killing as its cause ("after a candidate was murdered, residents rioted"). */
    private static boolean protestAboutKilling(Ctx c, Cand e) {
        EventType t = e.subtype.type();
        if (t != EventType.PROTESTS && t != EventType.RIOTS) {
            return false;
        }
        int from = c.sFrom[e.sentence];
        int to = c.sTo[e.sentence];
        for (int i = from; i < to; i++) {
            if (BACKGROUND_PREP.contains(c.low[i]) || COMPLEMENT.contains(c.low[i]) && i >= e.t1) {
                for (int k = i + 1; k < Math.min(to, i + 9); k++) {
                    if (KILL_NOUNS.contains(c.low[k]) || Casualties.KILL_PARTICIPLES.contains(c.low[k])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The violent event of an earlier sentence nearby whose attacker a later "the gunman was killed" names, or null. */
    private static Cand earlierAttack(Ctx c, int s, List<Cand> events, List<Cand> inSentence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Cand e = events.get(i);
            if (inSentence.contains(e) || e.sentence >= s) {
                continue;
            }
            boolean near = s - e.sentence <= 3 && (c.sentences.get(e.sentence).paragraph() == c.sentences.get(s).paragraph()
                    || c.sentences.size() <= 8);
            if (!near) {
                return null;
            }
            if (takesCasualties(e) && !e.background) {
                return e;
            }
        }
        return null;
    }

    /** The event of sentence s, nearest to token qt, that carries casualty counts, or null. */
    private static Cand nearestTaking(Ctx c, int s, int qt, List<Cand> inSentence) {
        Cand best = null;
        int bestD = Integer.MAX_VALUE;
        for (Cand e : inSentence) {
            if (!takesCasualties(e) || e.background) {
                continue;
            }
            for (Cand x : membersIn(e, s)) {
                int d = Math.abs(qt - x.t0);
                if (d < bestD) {
                    bestD = d;
                    best = e;
                }
            }
        }
        return best;
    }

    /** Whether an event of this type carries casualty counts (violence, riots, lethal policing of protests). */
    private static boolean takesCasualties(Cand e) {
        EventType t = e.subtype.type();
        return t == EventType.BATTLES || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE || t == EventType.VIOLENCE_AGAINST_CIVILIANS
                || t == EventType.RIOTS || e.subtype == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                || e.subtype == SubEventType.PROTEST_WITH_INTERVENTION || e.subtype == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                || e.subtype == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY || violentMember(e);
    }

    /** "Militants killed 30 people and burned houses": a killing absorbed by another event brings its dead along. */
    private static boolean violentMember(Cand e) {
        if (e.subtype.type() == EventType.PROTESTS && e.subtype != SubEventType.PEACEFUL_PROTEST
                || e.subtype.type() == EventType.STRATEGIC_DEVELOPMENTS && e.subtype != SubEventType.LOOTING_PROPERTY_DESTRUCTION) {
            return false;
        }
        for (Cand x : e.members) {
            if (!x.background && violent(x) && (x.trigger.resolver() == Resolver.KILL || x.trigger.resolver() == Resolver.ATTACK
                    || x.subtype.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)) {
                return true;
            }
        }
        return false;
    }

    /** A count in the subject position of an active killing verb names the killers, not the killed. */
    private static boolean isAgentCount(Ctx c, Cand e, int s, int qt) {
        if (objectOfKilling(c, qt)) {
            return false; // "gunmen killed four guards in an attack": the object of the killing, not the attack's agent
        }
        for (Cand x : membersIn(e, s)) {
            if (ownPredicate(c, qt, x.t0)) {
                continue; // "five others were wounded after militiamen attacked a truck"
            }
            boolean killing = x.trigger.resolver() == Resolver.ATTACK || x.trigger.resolver() == Resolver.KILL;
            if (killing && x.trigger.frame() == Frame.A && x.agentTo == x.t0 && qt >= x.agentFrom && qt < x.agentTo
                    && x.t0 - qt <= 6 && hasObject(c, x)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OWN_PREDICATE = Set.of("killed", "wounded", "injured", "died", "dead", "hurt", "perished");

    /** A killed or injured verb of the count's own between the count and the trigger. */
    private static boolean ownPredicate(Ctx c, int qt, int t0) {
        for (int i = qt + 1; i < t0; i++) {
            if (OWN_PREDICATE.contains(c.low[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_START = Set.of("a", "an", "the", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "his", "her", "their", "several", "dozens", "scores", "at", "some", "many",
            "more", "over", "nearly", "about", "around", "up");

    /** An active killing verb followed by its object ("shot dead 13 people", "killed a trader"). */
    private static boolean hasObject(Ctx c, Cand x) {
        if (x.t1 >= x.c1) {
            return false;
        }
        String n = c.low[x.t1];
        return OBJECT_START.contains(n) || Character.isDigit(n.charAt(0));
    }

    private static final Set<String> BEFORE_OBJECT = Set.of("all", "another", "some", "about", "around", "nearly", "over",
            "least", "than", "\"", "'");

    /** "shot dead 13 people", "killing all 9 crew": the verb directly before the count (not "killed by 3 gunmen"). */
    private static boolean objectOfKilling(Ctx c, int qt) {
        for (int i = qt - 1; i >= Math.max(0, qt - 3); i--) {
            String w = c.low[i];
            if (w.equals("killed") || w.equals("killing") || w.equals("dead") || w.equals("murdered") || w.equals("executed")
                    || w.equals("massacred") || w.equals("beheaded") || w.equals("kills") || w.equals("kill")) {
                return i == 0 || !c.aux(i - 1) || i < qt - 1;
            }
            if (!BEFORE_OBJECT.contains(w) && !(w.equals("at") && i == qt - 2)) {
                return false;
            }
        }
        return false;
    }

    private static boolean containsMemberIn(Cand e, int s) {
        for (Cand x : e.members) {
            if (x.sentence == s) {
                return true;
            }
        }
        return false;
    }

    private static List<Cand> membersIn(Cand e, int s) {
        List<Cand> l = new ArrayList<>();
        if (e.sentence == s) {
            l.add(e);
        }
        for (Cand x : e.members) {
            if (x.sentence == s) {
                l.add(x);
            }
        }
        return l;
    }

    private static void addQuantity(Ctx c, Cand e, QuantityMention q) {
        if (q.role() == QuantityMention.Role.KILLED) {
            e.killed.add(q);
        } else if (q.role() == QuantityMention.Role.INJURED) {
            e.injured.add(q);
        } else if (q.role() == QuantityMention.Role.INCIDENTS && e.incidents == null && q.best() != null) {
            // "495 precision airstrikes": the count of the trigger noun itself
            int qt = c.tokIndex(q.numberStart());
            List<Cand> all = new ArrayList<>(e.members);
            all.add(0, e);
            for (Cand x : all) {
                if (qt <= x.t0 && x.t0 - qt <= 4 || q.start() <= c.charStart(x.t0) && q.end() >= c.charEnd(x.t1)) {
                    e.incidents = q.best();
                    break;
                }
            }
        }
    }

    private void markNoCasualties(Ctx c, Cand e, CueMarks m, Sentence sent) {
        if (m.any(Cue.NOCAS, m.from, Integer.MAX_VALUE)) {
            e.noCasualties = true;
        }
        if (m.any(Cue.NOKILL, m.from, Integer.MAX_VALUE)) {
            e.noDeaths = true;
        }
    }

    /** A sentence with no trigger of its own: its casualty counts and claims belong to the last event nearby. */
    private void attachQuantitiesToPrevious(Ctx c, int s, List<Cand> events, CueMarks m) {
        if (events.isEmpty()) {
            return;
        }
        Cand last = events.get(events.size() - 1);
        boolean near = c.sentences.get(last.sentence).paragraph() == c.sentences.get(s).paragraph()
                || c.sentences.size() <= 8;
        if (!near || s - last.sentence > 3) {
            return;
        }
        Sentence sent = c.sentences.get(s);
        for (QuantityMention q : c.quantities) {
            if (q.start() >= sent.start() && q.start() < sent.end() && isCasualty(q) && takesCasualties(last)) {
                addQuantity(c, last, q);
            }
        }
        if (m.any(Cue.NOCAS, c.sFrom[s], c.sTo[s])) {
            last.noCasualties = true;
        }
        if (m.any(Cue.NOKILL, c.sFrom[s], c.sTo[s])) {
            last.noDeaths = true;
        }
    }

    /** Sums counts listed together, the largest of separate statements, plus attackers' own dead: see {@link Casualties}. */
    private static Count total(Ctx c, List<QuantityMention> qs) {
        return Casualties.total(c.text, qs);
    }

    /** A coder's statement ("Fatalities coded as 0", "split between 2 events") in the event's sentence or its paragraph. */
    private static Count codedCount(Ctx c, Cand e, Count narrative) {
        int para = c.sentences.get(e.sentence).paragraph();
        int last = e.sentence;
        while (last + 1 < c.sentences.size() && last + 1 - e.sentence < 6 && c.sentences.get(last + 1).paragraph() == para) {
            last++;
        }
        String span = c.text.substring(c.sentences.get(e.sentence).start(), c.sentences.get(last).end());
        return Casualties.coded(span, narrative);
    }

    // ------------------------------------------------------------------------------------------------ build

    private Event build(Ctx c, Cand e, CueMarks[] marks) {
        Sentence sent = c.sentences.get(e.sentence);
        int trigStart = c.charStart(e.t0);
        int trigEnd = c.charEnd(e.t1);
        CueMarks m = marks[e.sentence];
        EventLocation loc = location(c, e);
        EventDate date = date(c, e);
        String iso = loc.country();
        if (e.subtype != SubEventType.ARRESTS) {
            claims(c, e, m); // a group claims its attacks, not the arrests of its members
        }
        if (e.claimant != null && e.actor1 != null && replaceableAgent(e.actor1) && e.claimant != e.actor2) {
            e.actor1 = null; // "gunmen killed a man ... IS claimed the attack": the claimant is the gunmen's group
        }
        boolean riot = e.trigger.resolver() == Resolver.RIOT;
        if ((e.claimant == null || riot) && (e.actor1 == null || replaceableAgent(e.actor1) || riot)
                && e.subtype != SubEventType.ARRESTS && e.subtype.type() != EventType.PROTESTS) {
            // "Al Shabaab suspected.", "X is believed responsible", "the attack was claimed by X": the named perpetrator;
            // an arson or sabotage that a named group claims or is suspected of is its act, not a crowd's
            ActorMention p = perpetrator(c, e);
            if (p != null && (!riot || e.actor1 == null || e.actor1 == p || replaceableAgent(e.actor1))) {
                if (p == e.actor2) {
                    e.actor2 = null; // the claim outweighs a passive reading that made the group the target
                }
                e.actor1 = null;
                e.claimant = p;
            }
        }
        if (e.claimant != null && e.actor1 == null && e.trigger.resolver() == Resolver.RIOT) {
            // arson or sabotage that a group claims is its act, not a riot
            e.subtype = SubEventType.LOOTING_PROPERTY_DESTRUCTION;
        }
        // actors
        List<EventActor> actors = new ArrayList<>();
        EventType type = e.subtype.type();
        ActorMention a1 = e.actor1 != null ? e.actor1 : e.claimant;
        ActorMention a2 = e.actor2;
        if (a1 == null) {
            for (Cand x : e.members) {
                if (x.actor1 != null && x.actor1 != a2) {
                    a1 = x.actor1;
                    break;
                }
            }
        }
        if (a2 == null) {
            for (Cand x : e.members) {
                if (x.actor2 != null && x.actor2 != a1) {
                    a2 = x.actor2;
                    break;
                }
            }
        }
        if (a1 == null && type != EventType.PROTESTS && type != EventType.RIOTS && pronounSubject(c, e)) {
            a1 = recentArmedGroup(c, e.sentence); // "They set up a base in X": the group just named
        }
        if (e.subtype == SubEventType.ARRESTS && a1 != null && !a1.actor().reporter()
                && kindIn(a1, ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA)) {
            a1 = null; // an arrest's agent taken from another clause of the event is the state's, never the arrested group
        }
        boolean inherited = false; // parties taken from the sentences before: no evidence of this event's own
        if (a1 == null && a2 == null && type == EventType.BATTLES && !hasActor(c, e.sentence)) {
            // "Police went to the X community to arrest a dealer. A shoot-out broke out.": the parties named just before
            List<ActorMention> prev = previousParties(c, e.sentence);
            if (!prev.isEmpty()) {
                inherited = true;
                a1 = prev.get(0);
                a2 = prev.size() > 1 ? prev.get(1) : null;
            }
        }
        if (a1 == null && e.subtype == SubEventType.ARRESTS) {
            a1 = recentStateForces(c, e.sentence); // "Police raided a house. Two men were arrested.": the police arrested
            inherited = a1 != null;
        }
        if (a2 == null && e.trigger.resolver() == Resolver.LOSE && coordinatedThey(c, e)) {
            a2 = recentArmedGroup(c, e.sentence); // "They set up a base in X, but lost it": the group just named lost it
        }
        if (a1 != null && a1 == e.actor1 && e.subtype == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED && ranOntoDevice(c, a1, e)) {
            // "their patrol vehicle struck a roadside bomb": the subject of the collision is the target, not the bomber
            if (a2 == null) {
                a2 = a1;
            }
            a1 = null;
        }
        if (a2 == null && a1 != null && a1.actor().kind() == ActorKind.STATE_FORCES
                && (type == EventType.EXPLOSIONS_REMOTE_VIOLENCE || type == EventType.BATTLES)) {
            a2 = soleArmedGroup(c, e.sentence, a1); // a state's strikes with no stated target: the one group its paragraph names
        }
        // no group named: the motive or target the paragraph states may place the perpetrator in a generic category
        org.sitrep.mentions.actors.ActorEntry motive = (a1 == null || replaceableAgent(a1)) && type != EventType.PROTESTS
                && e.subtype != SubEventType.ARRESTS ? motive(c, e.sentence, iso) : null;
        if (type == EventType.PROTESTS || type == EventType.RIOTS) {
            ActorKind kind = type == EventType.PROTESTS ? ActorKind.PROTESTERS : ActorKind.RIOTERS;
            if ((a1 == null || replaceableAgent(a1)) && motive != null && type == EventType.RIOTS) {
                actors.add(generic("Rioters", kind, iso, EventActor.Role.ACTOR1, c.text.substring(trigStart, trigEnd)));
                actors.add(new EventActor(EventActor.Role.ASSOCIATED1, motive.id(), motive.name(), motive.kind(),
                        motive.country(), null));
                motive = null;
            }
        }
        if (!actors.isEmpty()) {
            if (a2 != null && a2 != a1) {
                actors.add(actor(c, EventActor.Role.ACTOR2, a2));
            }
        } else if (type == EventType.PROTESTS || type == EventType.RIOTS) {
            ActorKind kind = type == EventType.PROTESTS ? ActorKind.PROTESTERS : ActorKind.RIOTERS;
            if (a1 != null && a1.actor().kind() == kind) {
                actors.add(actor(c, EventActor.Role.ACTOR1, a1));
            } else {
                actors.add(generic(type == EventType.PROTESTS ? "Protesters" : "Rioters", kind, iso,
                        EventActor.Role.ACTOR1, c.text.substring(trigStart, trigEnd)));
                if (a1 != null && a1.actor().kind() != ActorKind.STATE_FORCES) {
                    actors.add(actor(c, EventActor.Role.ASSOCIATED1, a1));
                } else if (a1 != null && a2 == null) {
                    a2 = a1;
                }
            }
            if (a2 != null && a2 != a1) {
                actors.add(actor(c, EventActor.Role.ACTOR2, a2));
            }
        } else {
            ResolvedPlace agentCountry = a1 == null && e.agentFrom < e.agentTo
                    ? countryAgent(c, e.agentFrom, e.agentTo, e.agentFrom >= e.t1) : null;
            // fire observed near a town of a stable front, no shooter named: the other side's fire on the town's holder
            FrontLines.Sides front = (a1 == null || replaceableAgent(a1)) && motive == null && agentCountry == null
                    && (type == EventType.BATTLES || type == EventType.EXPLOSIONS_REMOTE_VIOLENCE) && loc.lat() != null
                    && loc.lon() != null ? FrontLines.bundled().at(date.start() != null ? date.start() : c.published,
                    loc.lat(), loc.lon()) : null;
            if (front != null) {
                actors.add(new EventActor(EventActor.Role.ACTOR1, front.shooter().id(), front.shooter().name(),
                        front.shooter().kind(), front.shooter().country(), null));
                if (a2 == null) {
                    actors.add(new EventActor(EventActor.Role.ACTOR2, front.holder().id(), front.holder().name(),
                            front.holder().kind(), front.holder().country(), null));
                }
            } else if (motive != null && agentCountry == null) {
                actors.add(new EventActor(EventActor.Role.ACTOR1, motive.id(), motive.name(), motive.kind(),
                        motive.country(), a1 == null ? null : c.text.substring(a1.start(), a1.end())));
            } else if (a1 != null) {
                actors.add(actor(c, EventActor.Role.ACTOR1, a1));
            } else if (agentCountry != null) {
                String ciso = agentCountry.place().country();
                actors.add(new EventActor(EventActor.Role.ACTOR1, null, "Military Forces of " + countries.name(ciso),
                        ActorKind.STATE_FORCES, ciso, c.text.substring(agentCountry.start(), agentCountry.end())));
            } else if (violent(e) && unidentifiedAgent(c, e)) {
                actors.add(generic("Unidentified Armed Group", ActorKind.UNKNOWN, iso, EventActor.Role.ACTOR1, null));
            } else if (iso != null && (e.subtype == SubEventType.AIR_DRONE_STRIKE && a2 == null
                    || e.subtype == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK && (a2 == null || a2.actor().kind() == ActorKind.CIVILIANS)
                    && !hasActor(c, e.sentence))) {
                // an air strike or a bombardment whose report names no one: air power and artillery are, by default,
                // the state's of that country
                actors.add(new EventActor(EventActor.Role.ACTOR1, "state:" + iso + ":military",
                        "Military Forces of " + countries.name(iso), ActorKind.STATE_FORCES, iso, null));
            }
            if (a2 != null && a2 != a1) {
                actors.add(actor(c, EventActor.Role.ACTOR2, a2));
            } else if (type == EventType.VIOLENCE_AGAINST_CIVILIANS) {
                actors.add(generic("Civilians", ActorKind.CIVILIANS, iso, EventActor.Role.ACTOR2, null));
            }
        }
        ActorOrder.apply(actors, type, e.subtype, iso, iso == null ? null : countries.name(iso));
        // counts
        Count fat = total(c, e.killed);
        Count inj = total(c, e.injured);
        if (fat == null && takesCasualties(e) && !protestAboutKilling(c, e)) {
            fat = Casualties.singleVictim(c, c.sFrom[e.sentence], c.sTo[e.sentence], Casualties.KILL_PARTICIPLES);
            if (fat == null) {
                fat = Casualties.oneKilled(c.text, c.sentences.get(e.sentence).start(), c.sentences.get(e.sentence).end());
            }
            if (fat == null && (inj == null || inj.best() != null && inj.best() == 1)) {
                fat = Casualties.injuredThenDied(c.text, c.sentences.get(e.sentence).end(), nextSentencesEnd(c, e.sentence, 2));
            }
            // "militants executed a young shepherd", "the assassination of the judge", or in a sentence after with no event
            for (int s = e.sentence; fat == null && violent(e) && s >= 0; s = nextQuietSentence(c, e, s)) {
                fat = Victims.killed(c, c.sFrom[s], c.sTo[s]);
                if (fat == null) {
                    fat = Casualties.onePassive(c.text, c.sentences.get(s).start(), c.sentences.get(s).end());
                }
            }
        }
        if (inj == null && takesCasualties(e)) {
            inj = Casualties.injuredInSentence(c.text, c.sentences.get(e.sentence).start(), c.sentences.get(e.sentence).end());
            for (int s = e.sentence; inj == null && violent(e) && s >= 0; s = nextQuietSentence(c, e, s)) {
                inj = Victims.injured(c, c.sFrom[s], c.sTo[s]); // "the mayor was badly wounded"
            }
        }

        if (fat == null && (e.noCasualties || e.noDeaths)) {
            fat = Count.exact(0, "no casualties");
        }
        if (inj == null && e.noCasualties) {
            inj = Count.exact(0, "no casualties");
        }
        if (takesCasualties(e) || fat != null) {
            Count coded = codedCount(c, e, fat);
            if (coded != null) {
                fat = coded;
            }
        }
        Integer incidents = e.incidents;
        if (incidents == null) {
            incidents = incidentsFromTokens(c, e);
            for (int i = 0; incidents == null && i < e.members.size(); i++) {
                Cand x = e.members.get(i);
                if (x.sentence == e.sentence && x.subtype.type() == e.subtype.type()) {
                    incidents = incidentsFromTokens(c, x);
                }
            }
        }
        // status, attribution
        EventStatus status = e.alleged ? EventStatus.ALLEGED : e.claimedStatus ? EventStatus.CLAIMED : EventStatus.OCCURRED;
        String attributed = attribution(c, e, m);
        double conf = Calibration.bundled().of(confidence(c, e, a1 != null && !inherited, loc,
                fat != null || inj != null && inj.best() != null && inj.best() > 0 ? fat == null ? inj : fat : null, status));
        String quote = c.text.substring(sent.start(), sent.end());
        String id = id(c.doc.id(), sent.start(), sent.end(), e.subtype.json(), trigStart);
        List<Evidence> ev = List.of(new Evidence(c.doc.id(), sent.start(), sent.end(), quote));
        List<SourceRef> src = List.of(new SourceRef(c.doc.id(), c.doc.meta().url(), c.doc.meta().title(),
                c.published == null ? null : c.published.toString(), attributed, status));
        return new Event(sent.start(), sent.end(), trigStart, trigEnd, id, type, e.subtype, date, loc, actors, fat, inj,
                incidents, List.copyOf(e.claimedBy), status, attributed, conf, ev, src, pipelineVersion);
    }

    /**
     * The sentence after s (at most two after the event's own) in its paragraph that tells no other event and no count,
     * where a victim of event e may be named ("... Another soldier was killed."), or -1.
     */
    private static int nextQuietSentence(Ctx c, Cand e, int s) {
        int n = s + 1;
        if (n >= c.sentences.size() || n - e.sentence > 2 || c.sentenceEvent == null
                || c.sentenceEvent[n] != null && c.sentenceEvent[n] != e
                || c.sentences.get(n).paragraph() != c.sentences.get(e.sentence).paragraph()) {
            return -1;
        }
        Sentence sent = c.sentences.get(n);
        for (QuantityMention q : c.quantities) {
            if (q.start() >= sent.start() && q.start() < sent.end() && isCasualty(q)) {
                return -1;
            }
        }
        return n;
    }

    /** The end of the sentence {@code n} sentences after s in the same paragraph (or of s itself). */
    private static int nextSentencesEnd(Ctx c, int s, int n) {
        int last = s;
        while (last + 1 < c.sentences.size() && last + 1 - s <= n
                && c.sentences.get(last + 1).paragraph() == c.sentences.get(s).paragraph()) {
            last++;
        }
        return c.sentences.get(last).end();
    }

    private static org.sitrep.mentions.actors.ActorEntry motive(Ctx c, int s, String iso) {
        String key = c.sentences.get(s).paragraph() + "|" + iso;
        return c.motives.computeIfAbsent(key,
                k -> java.util.Optional.ofNullable(Motives.bundled().category(paragraphLower(c, s), iso))).orElse(null);
    }

    private static final Set<String> ONTO_DEVICE = Set.of("struck", "strikes", "hit", "hits", "stepped", "steps", "ran",
            "runs", "drove", "drives", "rolled");

    /**
     * The actor comes before the device and a verb of running onto it lies between ("the convoy hit a landmine", "a
     * soldier stepped on a mine"): the actor is the one the device struck.
     */
    private static boolean ranOntoDevice(Ctx c, ActorMention a, Cand e) {
        if (a.end() > c.charStart(e.t0) || a.start() < c.sentences.get(e.sentence).start()) {
            return false;
        }
        int from = c.tokIndex(a.end());
        for (int i = Math.max(from, e.t0 - 8); i < e.t0; i++) {
            if (ONTO_DEVICE.contains(c.low[i])) {
                return !c.low[i + 1].equals("with"); // "militants struck with a car bomb" attacked
            }
        }
        return false;
    }

    /** The lower-cased text of the paragraph of sentence {@code s}. */
    private static String paragraphLower(Ctx c, int s) {
        int para = c.sentences.get(s).paragraph();
        int a = s;
        int b = s;
        while (a > 0 && c.sentences.get(a - 1).paragraph() == para) {
            a--;
        }
        while (b + 1 < c.sentences.size() && c.sentences.get(b + 1).paragraph() == para) {
            b++;
        }
        return c.text.substring(c.sentences.get(a).start(), c.sentences.get(b).end()).toLowerCase(Locale.ROOT)
                .replace('’', '\'');
    }

    /** An agent that a named perpetrator elsewhere in the paragraph makes precise ("unknown gunmen", "militants"). */
    private static boolean replaceableAgent(ActorMention a) {
        String id = a.actor().id();
        String name = a.actor().name();
        return id == null ? a.actor().kind() == ActorKind.UNKNOWN || name.startsWith("Unidentified Armed Group")
                || name.equals("Militants") : id.startsWith("unidentified:") || id.equals("generic:militants");
    }

    /** A perpetrator named by claim or suspicion in the event's sentence, the one before or the three after (same paragraph). */
    private static ActorMention perpetrator(Ctx c, Cand e) {
        int s = e.sentence;
        int para = c.sentences.get(s).paragraph();
        int first = s > 0 && c.sentences.get(s - 1).paragraph() == para ? s - 1 : s;
        int last = s;
        while (last + 1 < c.sentences.size() && last + 1 <= s + 3 && c.sentences.get(last + 1).paragraph() == para) {
            last++;
        }
        ActorMention own = Perpetrators.find(c.text, c.actors, c.sentences.get(s).start(), c.sentences.get(s).end());
        if (own != null) {
            return own;
        }
        return Perpetrators.find(c.text, c.actors, c.sentences.get(first).start(), c.sentences.get(last).end());
    }

    private static boolean unidentifiedAgent(Ctx c, Cand e) {
        int a = Math.max(e.c0, c.sFrom[e.sentence]);
        for (int i = a; i < e.c1; i++) {
            if (UNIDENTIFIED.contains(c.low[i])) {
                return true;
            }
        }
        return false;
    }

    private EventActor actor(Ctx c, EventActor.Role role, ActorMention m) {
        Actor a = m.actor();
        return new EventActor(role, a.id(), a.name(), a.kind() == null ? ActorKind.UNKNOWN : a.kind(), a.country(),
                c.text.substring(m.start(), m.end()));
    }

    private EventActor generic(String what, ActorKind kind, String iso, EventActor.Role role, String text) {
        String name = iso == null ? what : what + " (" + countries.name(iso) + ")";
        return new EventActor(role, null, name, kind, iso, text);
    }

    private static final java.util.Map<String, Integer> SMALL = java.util.Map.ofEntries(
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12), java.util.Map.entry("several", 3),
            java.util.Map.entry("multiple", 2), java.util.Map.entry("dozens", 24), java.util.Map.entry("hundreds", 200));

    private static final Set<String> WEAPON_NOUNS = Set.of("bombs", "rockets", "missiles", "shells", "mortars", "grenades",
            "ieds", "projectiles", "drones", "jets", "warplanes", "aircraft", "helicopters", "planes", "gunships", "mines",
            "landmines", "explosives", "bombers", "vests", "fighters");

    /** "22 airstrikes", "two explosions": a number before a plural trigger noun counts incidents. */
    private static Integer incidentsFromTokens(Ctx c, Cand e) {
        if (e.trigger.frame() != Frame.N && e.trigger.frame() != Frame.S) {
            return null;
        }
        String last = c.low[e.t1 - 1];
        if (!last.endsWith("s") || e.subtype.type() == EventType.PROTESTS || e.subtype.type() == EventType.RIOTS
                || WEAPON_NOUNS.contains(last)) {
            return null; // "two bombs", "40 rockets" count weapons, not incidents
        }
        for (int i = e.t0 - 1; i >= Math.max(c.sFrom[e.sentence], e.t0 - 3); i--) {
            String w = c.low[i];
            if (NUMBER.matcher(w).matches()) {
                int n = Integer.parseInt(w.replace(",", ""));
                return n >= 2 && n < 100000 ? n : null;
            }
            Integer small = SMALL.get(w);
            if (small != null) {
                return small;
            }
            if (w.equals(",") || w.equals("of") || w.equals("and") || w.equals("the")) {
                return null;
            }
        }
        return null;
    }

    private void claims(Ctx c, Cand e, CueMarks m) {
        int s = e.sentence;
        // a claim of responsibility in this sentence or the next two of the same paragraph
        for (int k = s; k < Math.min(c.sentences.size(), s + 3); k++) {
            if (k > s && c.sentences.get(k).paragraph() != c.sentences.get(s).paragraph()) {
                break;
            }
            CueMarks mk = c.marks[k];
            for (PhraseSet.Match<Cue> x : mk.matches) {
                if (x.payload() != Cue.CLAIM) {
                    continue;
                }
                boolean neg = false;
                for (int i = Math.max(c.sFrom[k], x.start() - 3); i < x.start(); i++) {
                    if (mk.at(Cue.NEG, i) || c.low[i].endsWith("n't") || mk.at(Cue.DENY, i)) {
                        neg = true;
                    }
                }
                if (neg) {
                    continue;
                }
                List<ActorMention> before = actorsIn(c, c.sFrom[k], x.start());
                List<ActorMention> after = actorsIn(c, x.end(), c.sTo[k]);
                ActorMention who = !before.isEmpty() ? before.get(before.size() - 1)
                        : x.phrase().source().startsWith("responsibility was") && !after.isEmpty() ? after.get(0) : null;
                if (who == null) {
                    // "the group claimed ..." resolved by the actor layer as anaphoric, or a reporting outlet of a group
                    for (ActorMention a : c.actors) {
                        if (a.start() >= c.charStart(c.sFrom[k]) && a.start() < c.charStart(x.start()) && a.actor() != null) {
                            who = a;
                        }
                    }
                }
                if (who != null) {
                    e.claimedBy.add(who.actor().name());
                    if (e.claimant == null && !who.actor().reporter()) {
                        e.claimant = who;
                    }
                }
            }
        }
        // a party's own outlet reporting the event ("Amaq said", "the group's news agency reported"): its parent claims it
        for (int k = s; k < Math.min(c.sentences.size(), s + 3); k++) {
            if (k > s && c.sentences.get(k).paragraph() != c.sentences.get(s).paragraph()) {
                break;
            }
            CueMarks mk = c.marks[k];
            for (ActorMention a : c.actors) {
                Actor who = a.actor();
                if (who == null || !who.reporter() || who.parent() == null || a.start() < c.sentences.get(k).start()
                        || a.start() >= c.sentences.get(k).end()) {
                    continue;
                }
                int at = c.tokIndex(a.end());
                boolean says = false;
                for (int i = Math.max(c.sFrom[k], c.tokIndex(a.start()) - 3); i < Math.min(c.sTo[k], at + 3); i++) {
                    if (mk.at(Cue.ATTRIB_AFTER, i) || mk.at(Cue.ATTRIB_BEFORE, i) || mk.at(Cue.CLAIM, i)) {
                        says = true;
                    }
                }
                org.sitrep.mentions.actors.ActorEntry parent = says
                        ? org.sitrep.mentions.actors.ActorCatalogue.standard().entry(who.parent()) : null;
                if (parent != null && parent.kind() != ActorKind.STATE_FORCES && parent.kind() != ActorKind.EXTERNAL_OTHER) {
                    e.claimedBy.add(parent.name()); // an armed group's outlet; a ministry reporting is a source, not a claim
                }
            }
        }
        // "X said it killed ...": a party's own account of the event
        PhraseSet.Match<Cue> said = m.first(Cue.ATTRIB_AFTER, c.sFrom[s], e.t0);
        if (said != null) {
            List<ActorMention> sp = actorsIn(c, Math.max(c.sFrom[s], said.start() - 5), said.start());
            if (!sp.isEmpty()) {
                ActorMention a = sp.get(sp.size() - 1);
                ActorKind kind = a.actor().kind();
                boolean party = kind == ActorKind.REBEL_GROUP || kind == ActorKind.POLITICAL_MILITIA
                        || kind == ActorKind.IDENTITY_MILITIA || kind == ActorKind.STATE_FORCES;
                int after = said.end() < c.sTo[s] && c.low[said.end()].equals("that") ? said.end() + 1 : said.end();
                String subj = after < c.sTo[s] ? c.low[after] : "";
                boolean pronoun = subj.equals("it") || subj.equals("they") || subj.equals("its") || subj.equals("their")
                        || subj.equals("we") || subj.equals("our");
                boolean ownAct = e.actor1 != null ? e.actor1.actor().name().equals(a.actor().name()) : pronoun;
                if (party && ownAct) {
                    // a party's account of its own act ("the Taliban said they killed ..."); "police said" of others' acts is a source
                    e.claimedStatus = true;
                    e.claimedBy.add(a.actor().name());
                    if (e.actor1 == null && e.claimant == null) {
                        e.claimant = a; // "the Taliban said they killed ...": the speaker acted
                    }
                }
            }
        }
    }

    private String attribution(Ctx c, Cand e, CueMarks m) {
        int s = e.sentence;
        int from = c.sFrom[s];
        int to = c.sTo[s];
        PhraseSet.Match<Cue> acc = m.first(Cue.ATTRIB_BEFORE, from, to);
        if (acc != null) {
            for (ActorMention a : c.actors) {
                if (a.start() >= c.charStart(acc.end()) && a.start() < c.charEnd(Math.min(to, acc.end() + 6))) {
                    return a.actor().name();
                }
            }
            int end = acc.end();
            while (end < to && end < acc.end() + 8 && !isPunct(c.low[end])) {
                end++;
            }
            if (end > acc.end()) {
                return c.text.substring(c.charStart(acc.end()), c.charEnd(end));
            }
        }
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() != Cue.ATTRIB_AFTER || x.start() < from) {
                continue;
            }
            String w = x.phrase().source();
            if (!(w.equals("said") || w.equals("says") || w.equals("told") || w.equals("reported") || w.equals("stated")
                    || w.equals("confirmed") || w.equals("claimed") || w.equals("announced"))) {
                continue;
            }
            // speaker before the verb, back to the last comma
            int st = x.start();
            while (st > from && !isPunct(c.low[st - 1]) && x.start() - st < 6) {
                st--;
            }
            for (ActorMention a : c.actors) {
                if (a.start() >= c.charStart(st) && a.end() <= c.charStart(x.start())) {
                    return a.actor().name();
                }
            }
            if (st < x.start() && !c.low[x.start() - 1].equals("it") && !c.low[x.start() - 1].equals("they")
                    && !c.low[x.start() - 1].equals("he") && !c.low[x.start() - 1].equals("she")) {
                return c.text.substring(c.charStart(st), c.charEnd(x.start()));
            }
            // ", said the police chief"
            if (x.start() > from && c.low[x.start() - 1].equals(",") || st == x.start()) {
                int end = x.end();
                while (end < to && !isPunct(c.low[end]) && end - x.end() < 6) {
                    end++;
                }
                if (end > x.end()) {
                    return c.text.substring(c.charStart(x.end()), c.charEnd(end));
                }
            }
        }
        return null;
    }

    private static boolean isPunct(String t) {
        return t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0));
    }

    private static double confidence(Ctx c, Cand e, boolean hasActor, EventLocation loc, Count fat, EventStatus status) {
        double p;
        switch (Math.min(e.priority, 5)) {
            case 1:
                p = 0.42;
                break;
            case 2:
                p = 0.5;
                break;
            case 3:
                p = 0.6;
                break;
            case 4:
                p = 0.68;
                break;
            default:
                p = 0.72;
        }
        if (hasActor) {
            p += 0.08;
        }
        if (loc.precision() != GeoPrecision.UNKNOWN) {
            p += 0.05;
        }
        if (fat != null) {
            p += 0.04; // a toll is evidence that the event happened, and where its report is
        }
        p += 0.02 * Math.min(3, e.members.size());
        if (status == EventStatus.ALLEGED) {
            p -= 0.08;
        } else if (status == EventStatus.CLAIMED) {
            p -= 0.08;
        }
        p -= 0.08 * Math.min(e.sentence, 4);
        return Math.max(0.05, Math.min(0.95, Math.round(p * 1000) / 1000.0));
    }

    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile("\\s*(,\\s*(and\\s+)?|and\\s+)");

    /**
     * "attacks in Tripoli and Benghazi": a plural trigger whose clause names its place as a coordination of towns
     * stands for one event per town. The event already built keeps the first town it chose; the others get a copy
     * each (with an id of its own). Only without casualty or incident counts, which could not be divided.
     */
    private static List<Event> perPlace(Ctx c, Cand e, Event ev) {
        String trig = c.text.substring(c.charStart(e.t0), c.charEnd(e.t1));
        if (!trig.endsWith("s") || ev.location().geonamesId() == null || ev.fatalities() != null && ev.fatalities().best() != null
                && ev.fatalities().best() > 0 || ev.injured() != null && ev.injured().best() != null && ev.injured().best() > 0
                || ev.incidents() != null) {
            return List.of();
        }
        int from = c.charStart(e.c0);
        int to = c.charEnd(e.c1);
        List<ResolvedPlace> towns = new ArrayList<>();
        for (ResolvedPlace p : c.places) {
            if (p.start() >= from && p.end() <= to && usable(p) && p.precision() == GeoPrecision.EXACT
                    && p.place().isPopulatedPlace()) {
                towns.add(p);
            }
        }
        // the coordinated run of towns that holds the event's own place
        List<ResolvedPlace> run = new ArrayList<>();
        for (ResolvedPlace p : towns) {
            if (!run.isEmpty() && !COORDINATION.matcher(c.text.substring(run.get(run.size() - 1).end(), p.start())).matches()) {
                if (run.stream().anyMatch(r -> r.place().geonameId() == ev.location().geonamesId())) {
                    break;
                }
                run.clear();
            }
            run.add(p);
        }
        if (run.size() < 2 || run.stream().noneMatch(r -> r.place().geonameId() == ev.location().geonamesId())) {
            return List.of();
        }
        List<Event> extra = new ArrayList<>();
        for (ResolvedPlace p : run) {
            Place pl = p.place();
            if (pl.geonameId() == ev.location().geonamesId()) {
                continue;
            }
            EventLocation loc = new EventLocation(pl.name(), pl.country(), pl.admin1Name(), pl.lat(), pl.lon(), pl.geonameId(),
                    p.precision(), c.text.substring(p.start(), p.end()));
            String id = id(c.doc.id(), ev.start(), ev.end(), ev.subtype().json() + "@" + pl.geonameId(), ev.triggerStart());
            extra.add(new Event(ev.start(), ev.end(), ev.triggerStart(), ev.triggerEnd(), id, ev.type(), ev.subtype(), ev.date(),
                    loc, ev.actors(), ev.fatalities(), ev.injured(), ev.incidents(), ev.claimedBy(), ev.status(),
                    ev.attributedTo(), ev.confidence(), ev.evidence(), ev.sources(), ev.pipelineVersion()));
        }
        return extra;
    }

    private static boolean armedGroup(ActorMention a) {
        ActorKind k = a.actor().kind();
        return !a.actor().reporter() && (k == ActorKind.REBEL_GROUP || k == ActorKind.POLITICAL_MILITIA
                || k == ActorKind.IDENTITY_MILITIA) && a.actor().id() != null && !GENERIC_ID.matcher(a.actor().id()).matches();
    }

    /** Per-country catalogue templates ("militia:LY", "militia:LY:progov") name no particular group. */
    private static final java.util.regex.Pattern GENERIC_ID = java.util.regex.Pattern.compile(".*:[A-Z]{2}(:.*)?");

    /** The sentence opens with "they" and the trigger's verb is coordinated with its first predicate ("..., but lost"). */
    private static boolean coordinatedThey(Ctx c, Cand e) {
        int from = c.sFrom[e.sentence];
        boolean they = false;
        for (int i = from; i < Math.min(e.t0, from + 2); i++) {
            if (c.low[i].equals("they")) {
                they = true;
            }
        }
        return they && conjunctionBefore(c, from, e.t0) >= 0;
    }

    /** The clause's subject before the trigger is the pronoun "they" and no actor is named there. */
    private static boolean pronounSubject(Ctx c, Cand e) {
        boolean they = false;
        for (int i = e.c0; i < e.t0; i++) {
            if (c.low[i].equals("they")) {
                they = true;
            }
        }
        if (!they) {
            return false;
        }
        int from = c.charStart(e.c0);
        int to = c.charStart(e.t0);
        for (ActorMention a : c.actors) {
            if (a.start() >= from && a.end() <= to) {
                return false;
            }
        }
        return true;
    }

    /** Whether sentence {@code s} mentions any actor. */
    private static boolean hasActor(Ctx c, int s) {
        Sentence sent = c.sentences.get(s);
        for (ActorMention a : c.actors) {
            if (a.start() >= sent.start() && a.end() <= sent.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The armed parties (state forces, named or generic armed groups; no reporters, civilians or crowds) of the
     * sentence before {@code s} in its paragraph, first the one named first, at most two distinct actors.
     */
    private static List<ActorMention> previousParties(Ctx c, int s) {
        if (s == 0 || c.sentences.get(s - 1).paragraph() != c.sentences.get(s).paragraph()) {
            return List.of();
        }
        Sentence prev = c.sentences.get(s - 1);
        List<ActorMention> out = new ArrayList<>(2);
        for (ActorMention a : c.actors) {
            if (a.start() < prev.start() || a.end() > prev.end() || a.actor() == null || a.actor().reporter()) {
                continue;
            }
            ActorKind k = a.actor().kind();
            boolean party = k == ActorKind.STATE_FORCES || k == ActorKind.REBEL_GROUP || k == ActorKind.POLITICAL_MILITIA
                    || k == ActorKind.IDENTITY_MILITIA;
            if (party && (out.isEmpty() || !sameActor(out.get(0), a))) {
                out.add(a);
                if (out.size() == 2) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean sameActor(ActorMention x, ActorMention y) {
        return java.util.Objects.equals(x.actor().id(), y.actor().id()) && x.actor().name().equals(y.actor().name());
    }

    /** The latest state-forces mention in sentence {@code s} or the two before it, in its paragraph; null if none. */
    private static ActorMention recentStateForces(Ctx c, int s) {
        Sentence sent = c.sentences.get(s);
        int first = s;
        while (first > 0 && first > s - 2 && c.sentences.get(first - 1).paragraph() == sent.paragraph()) {
            first--;
        }
        int from = c.sentences.get(first).start();
        ActorMention best = null;
        for (ActorMention a : c.actors) {
            if (a.start() >= from && a.end() <= sent.end() && a.actor() != null && !a.actor().reporter()
                    && a.actor().kind() == ActorKind.STATE_FORCES) {
                best = a;
            }
        }
        return best;
    }

    /** The latest named armed group in the two sentences before {@code s}, in its paragraph; null if none. */
    private static ActorMention recentArmedGroup(Ctx c, int s) {
        Sentence sent = c.sentences.get(s);
        int first = s;
        while (first > 0 && first > s - 2 && c.sentences.get(first - 1).paragraph() == sent.paragraph()) {
            first--;
        }
        if (first == s) {
            return null;
        }
        int from = c.sentences.get(first).start();
        ActorMention best = null;
        for (ActorMention a : c.actors) {
            if (a.start() >= from && a.end() <= sent.start() && armedGroup(a)) {
                best = a;
            }
        }
        return best;
    }

    /** The mention of the only named armed group (by catalogue id) in the paragraph of {@code s}; null if none or several. */
    private static ActorMention soleArmedGroup(Ctx c, int s, ActorMention not) {
        int paragraph = c.sentences.get(s).paragraph();
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Sentence x : c.sentences) {
            if (x.paragraph() == paragraph) {
                from = Math.min(from, x.start());
                to = Math.max(to, x.end());
            }
        }
        String id = null;
        ActorMention found = null;
        for (ActorMention a : c.actors) {
            if (a.start() >= from && a.end() <= to && armedGroup(a) && a != not) {
                if (id != null && !id.equals(a.actor().id())) {
                    return null;
                }
                id = a.actor().id();
                if (found == null) {
                    found = a;
                }
            }
        }
        return found;
    }

    static String id(String docId, int start, int end, String type, int trig) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((docId + "|" + start + "|" + end + "|" + type + "|" + trig).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    // ------------------------------------------------------------------------------------------------ where, when

    private static boolean usable(ResolvedPlace p) {
        return p.place() != null && !p.isDemonym() && p.precision() != GeoPrecision.UNKNOWN;
    }

    private EventLocation location(Ctx c, Cand e) {
        return locator.locate(new EventLocator.Query(c.text, c.places, c.actors, c.sentences, c.charStart(e.c0),
                c.charEnd(e.c1), c.charStart(e.t0), e.sentence, e.actor1, e.actor2,
                e.subtype != null && (e.subtype.type() == EventType.PROTESTS || e.subtype.type() == EventType.RIOTS)));
    }

    private EventDate date(Ctx c, Cand e) {
        Sentence sent = c.sentences.get(e.sentence);
        int trig = c.charStart(e.t0);
        ResolvedDate d = dateIn(c, c.charStart(e.c0), c.charEnd(e.c1), trig, sent);
        if (d == null) {
            d = dateIn(c, sent.start(), sent.end(), trig, sent);
        }
        Sentence ds = sent;
        if (d == null) {
            for (int s = e.sentence - 1; s >= 0 && d == null; s--) {
                if (c.sentences.get(s).paragraph() != sent.paragraph()) {
                    break;
                }
                ds = c.sentences.get(s);
                d = dateIn(c, ds.start(), ds.end(), Integer.MAX_VALUE, ds);
            }
        }
        if (d != null) {
            // "since Monday", "the strike that began on January 16" (still going on): up to publication
            LocalDate[] iv = org.sitrep.resolve.dates.EventDating.interval(c.text, ds.start(), ds.end(), d, c.published);
            return new EventDate(iv[0], iv[1], precisionOf(iv[0], iv[1]), c.text.substring(d.start(), d.end()));
        }
        if (c.published == null) {
            return EventDate.unknown();
        }
        // a news report's undated event happened in the reporting window; background in a long analysis stays unknown
        boolean early = sent.paragraph() <= 1 || c.sentences.size() <= 8;
        boolean background = false;
        for (int i = Math.max(e.c0, e.t0 - 3); i < e.t0; i++) {
            if (c.low[i].equals("had")) {
                background = true;
            }
        }
        if (early && !background) {
            return new EventDate(c.published, c.published, DatePrecision.DAY, null);
        }
        return EventDate.unknown();
    }

    /** The precision an interval has: a day, a whole month, a whole year, or a range of days. */
    static DatePrecision precisionOf(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return DatePrecision.DAY;
        }
        if (first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()))) {
            return DatePrecision.MONTH;
        }
        if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
            return DatePrecision.YEAR;
        }
        return DatePrecision.RANGE;
    }

    private static ResolvedDate dateIn(Ctx c, int charFrom, int charTo, int trigChar, Sentence sent) {
        ResolvedDate best = null;
        for (ResolvedDate d : c.dates) {
            if (d.start() < charFrom || d.start() >= charTo || !d.isAnchored() || d.precision() == DatePrecision.UNKNOWN) {
                continue;
            }
            if (!org.sitrep.resolve.dates.EventDating.governs(c.text, sent.start(), sent.end(), d, trigChar)) {
                continue; // "the 2013 massacre", "the Act, 2013", "women who were arrested last week"
            }
            if (c.published != null && d.first().isAfter(c.published)) {
                continue; // never after publication for a reported event
            }
            if (best == null || Math.abs(d.start() - trigChar) < Math.abs(best.start() - trigChar)) {
                best = d;
            }
        }
        // a narrower date nested in the chosen one refines it: "in 2015, including X in November of that year"
        ResolvedDate refined = best;
        for (ResolvedDate d : c.dates) {
            if (best == null || d == best || d.start() < charFrom || d.start() >= charTo || !d.isAnchored()
                    || d.precision() == DatePrecision.UNKNOWN || (c.published != null && d.first().isAfter(c.published))) {
                continue;
            }
            boolean nested = !d.first().isBefore(best.first()) && !d.last().isAfter(best.last())
                    && (d.first().isAfter(best.first()) || d.last().isBefore(best.last()));
            boolean narrower = refined == best || java.time.temporal.ChronoUnit.DAYS.between(d.first(), d.last())
                    < java.time.temporal.ChronoUnit.DAYS.between(refined.first(), refined.last());
            if (nested && narrower) {
                refined = d;
            }
        }
        return refined;
    }
}
