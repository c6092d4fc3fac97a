package org.sitrep.events;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.SubEventType;
import org.sitrep.resources.ResourceFile;

/**
 * The event trigger lexicon ({@code sitrep/events/triggers.tsv}) and the cue words
 * ({@code sitrep/events/cues.tsv}), compiled to phrase sets. Immutable and thread-safe.
 */
final class Lexicon {
    /** How a trigger's arguments are found. */
    enum Frame {
        /** Active verb: the subject acts; passive voice and "by" phrases swap the roles. */
        A,
        /** Intransitive: the subject suffers or is the weapon ("died", "exploded"); an agent only via "by". */
        I,
        /** Noun: "an airstrike by X on Y", "X's attack", "X launched an attack against Y". */
        N,
        /** Symmetric: "clashes between X and Y", "X clashed with Y". */
        S
    }

    /** Resolvers that choose a sub-event type from the context. */
    enum Resolver { CLASH, ATTACK, KILL, PROTEST, RIOT, BOMB, STRIKE, RAID, TAKE, RETAKE, LOSE }

    /** One trigger row. */
    record Trigger(String id, SubEventType subtype, Resolver resolver, Frame frame, int priority) {
    }

    /** Cue classes of cues.tsv. */
    enum Cue {
        NEG, MODAL, INTENT, DENY, HEDGE, CLAIM, ATTRIB_BEFORE, ATTRIB_AFTER, ACCIDENT, FOILED, CRIME, PARTY, RIOT,
        INTERVENTION, LETHAL, MOB, SUICIDE, AIR, GRENADE, STATE, NONSTATE, CIVILIAN, TERRITORY, PERSON, NOCAS, NOKILL,
        SMALLARMS, DEMAND, CONCLUDE, BACKGROUND, RECIPROCAL, HEAVY, CROWDARMS, INTERCEPT, GANG, UNOPPOSED
    }

    final PhraseSet<Trigger> triggers = new PhraseSet<>();
    final PhraseSet<Cue> cues = new PhraseSet<>();
    final List<String> triggerExamples;
    final List<String> cueExamples;
    final String sha;

    private Lexicon(ResourceFile trig, ResourceFile cue) {
        Set<String> ids = new HashSet<>();
        for (ResourceFile.Row r : trig.rows()) {
            String id = r.get(0).trim();
            if (id.isEmpty() || !ids.add(id)) {
                throw trig.error(r, "trigger id '" + id + "' is empty or used twice; give each row a unique id");
            }
            String st = r.get(2).trim();
            SubEventType subtype = null;
            Resolver resolver = null;
            if (st.startsWith("@")) {
                try {
                    resolver = Resolver.valueOf(st.substring(1).toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw trig.error(r, "unknown resolver '" + st + "'; valid: @clash @attack @kill @protest @riot @bomb "
                            + "@strike @raid @take @retake @lose");
                }
            } else {
                try {
                    subtype = SubEventType.fromJson(st);
                } catch (IllegalArgumentException e) {
                    throw trig.error(r, "unknown sub-event type '" + st + "'; use a subtype of event.schema.json or a resolver");
                }
            }
            Frame frame;
            try {
                frame = Frame.valueOf(r.get(3).trim());
            } catch (IllegalArgumentException e) {
                throw trig.error(r, "unknown frame '" + r.get(3) + "'; valid: A I N S");
            }
            int priority;
            try {
                priority = Integer.parseInt(r.get(4).trim());
            } catch (NumberFormatException e) {
                throw trig.error(r, "priority '" + r.get(4) + "' is not an integer");
            }
            triggers.add(r.get(1), new Trigger(id, subtype, resolver, frame, priority));
        }
        for (ResourceFile.Row r : cue.rows()) {
            Cue c;
            try {
                c = Cue.valueOf(r.get(0).trim());
            } catch (IllegalArgumentException e) {
                throw cue.error(r, "unknown cue class '" + r.get(0) + "'; valid: " + java.util.Arrays.toString(Cue.values()));
            }
            cues.add(r.get(1), c);
        }
        this.triggerExamples = trig.examples();
        this.cueExamples = cue.examples();
        this.sha = trig.sha256().substring(0, 8) + cue.sha256().substring(0, 8);
    }

    private static volatile Lexicon bundled;

    /** The bundled lexicon (loaded once). */
    static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = bundled;
                if (l == null) {
                    l = new Lexicon(ResourceFile.load("events/triggers.tsv"), ResourceFile.load("events/cues.tsv"));
                    bundled = l;
                }
            }
        }
        return l;
    }

    /** Per-class token marks over a token range: which tokens start or lie inside a cue of each class. */
    static final class CueMarks {
        final Map<Cue, boolean[]> inside = new EnumMap<>(Cue.class);
        final List<PhraseSet.Match<Cue>> matches;
        final int from;

        CueMarks(List<PhraseSet.Match<Cue>> matches, int from, int to) {
            this.matches = matches;
            this.from = from;
            for (PhraseSet.Match<Cue> m : matches) {
                boolean[] b = inside.computeIfAbsent(m.payload(), k -> new boolean[to - from]);
                for (int i = m.start(); i < m.end(); i++) {
                    b[i - from] = true;
                }
            }
        }

        boolean at(Cue c, int tok) {
            boolean[] b = inside.get(c);
            return b != null && tok - from >= 0 && tok - from < b.length && b[tok - from];
        }

        /** Whether a cue of class c lies in tokens [a, b). */
        boolean any(Cue c, int a, int b) {
            boolean[] x = inside.get(c);
            if (x == null) {
                return false;
            }
            for (int i = Math.max(a, from); i < b && i - from < x.length; i++) {
                if (x[i - from]) {
                    return true;
                }
            }
            return false;
        }

        /** The first match of class c starting in [a, b), or null. */
        PhraseSet.Match<Cue> first(Cue c, int a, int b) {
            for (PhraseSet.Match<Cue> m : matches) {
                if (m.payload() == c && m.start() >= a && m.start() < b) {
                    return m;
                }
            }
            return null;
        }

        /** The last match of class c starting in [a, b), or null. */
        PhraseSet.Match<Cue> last(Cue c, int a, int b) {
            PhraseSet.Match<Cue> r = null;
            for (PhraseSet.Match<Cue> m : matches) {
                if (m.payload() == c && m.start() >= a && m.start() < b) {
                    r = m;
                }
            }
            return r;
        }
    }
}
