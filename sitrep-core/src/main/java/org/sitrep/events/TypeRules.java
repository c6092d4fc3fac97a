package org.sitrep.events;

import org.sitrep.events.Lexicon.Cue;
import org.sitrep.events.Lexicon.CueMarks;
import org.sitrep.events.Lexicon.Resolver;
import org.sitrep.events.Lexicon.Trigger;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * ACLED's conventions that decide between event types once a trigger's own reading is known, applied to the
 * sub-event type the trigger's resolver chose (one call from {@link EventDetector}). Each rule reads cue classes of
 * {@code cues.tsv} on the trigger's sentence (and, where a report tells the outcome or the victim's identity in the
 * next sentences, on those):
 * <ul>
 * <li>Reciprocal fire: heavy weapons, grenades or shooting used by both sides ("exchanged artillery with",
 * "projectiles ... in both directions", "the police shot back") make an armed clash, not remote violence or an
 * attack on civilians.</li>
 * <li>Heavy weapons: fire with heavy machine guns, cannons or armoured vehicles at positions, with no small arms and
 * no return fire, is a shelling/artillery attack.</li>
 * <li>Crowd fights: a clash or attack between a crowd and the police (or between groups of people) fought with
 * stones, sticks, fireworks or met with tear gas, with no armed group and no firearms, is a riot: a violent
 * demonstration when state forces are a side, else mob violence.</li>
 * <li>Gang-linked victims: shooting a drug trafficker or gang member (or a victim the report says had such
 * charges) is a clash between armed groups, as ACLED codes criminal organisations; not when the victims are said
 * not to be involved.</li>
 * <li>Targets: a side that "came under attack" is the target; if it is armed, the attack is a clash.</li>
 * <li>Non-violent transfer: a town taken after the other side withdrew, or without a fight, with no words of
 * fighting, is a non-violent transfer of territory.</li>
 * <li>Weapons seized ("seized eight grenades and a rifle") are a disrupted weapons use; "in advance of", "to
 * advance the peace process" and "assault rifles" are no acts.</li>
 * <li>Party militias: a party's militia named on its own ("Imbonerakure attacked two opposition members") that
 * attacks people commits violence against civilians; its supporters, activists or cadres as a crowd riot.</li>
 * <li>Air support: aircraft that back a ground operation ("backed by airstrikes") leave it a battle; an air force
 * named as a service ("an air force colonel", "the air force base") is no strike.</li>
 * <li>Disrupted weapons use: a drone or missile shot down or intercepted, or a bomb that state forces detonated
 * themselves, is a disrupted weapons use, not an explosion.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class TypeRules {
    /** The agent is a state force. */
    static final int AGENT_STATE = 1;
    /** The agent is a non-state armed group. */
    static final int AGENT_ARMED = 2;
    /** The patient (target) is a state force. */
    static final int PATIENT_STATE = 4;
    /** The patient (target) is a non-state armed group. */
    static final int PATIENT_ARMED = 8;
    /** The agent is a party, its militia or its supporters. */
    static final int AGENT_PARTY = 16;

    private TypeRules() {
    }

    /**
     * The sub-event type after ACLED's conventions.
     *
     * @param st the resolver's sub-event type (null: no event; returned unchanged)
     * @param tr the trigger
     * @param low the document's lower-case tokens
     * @param sFrom first token of each sentence
     * @param sTo end token (exclusive) of each sentence
     * @param marks the cue marks of each sentence
     * @param s the trigger's sentence
     * @param t0 the trigger's first token
     * @param t1 the trigger's end token (exclusive)
     * @param sides the parties' kinds: {@link #AGENT_STATE}, {@link #AGENT_ARMED}, {@link #PATIENT_STATE},
     *     {@link #PATIENT_ARMED}, {@link #AGENT_PARTY} or'ed together
     * @param agentFrom first token of the agent's phrase (as {@code agentTo} when none)
     * @param agentTo end token (exclusive) of the agent's phrase
     */
    static SubEventType refine(SubEventType st, Trigger tr, String[] low, int[] sFrom, int[] sTo, CueMarks[] marks,
            int s, int t0, int t1, int sides, int agentFrom, int agentTo) {
        if (tr.id().equals("take2") && weaponsAfter(low, t1, sTo[s]) && !fighting(low, sFrom[s], sTo[s])) {
            return SubEventType.DISRUPTED_WEAPONS_USE; // "seized eight grenades and a rifle": a weapons seizure
        }
        if (st == null || notAnAct(tr, low, sFrom[s], sTo[s], t0, t1)) {
            return null;
        }
        boolean stateSide = (sides & (AGENT_STATE | PATIENT_STATE)) != 0;
        boolean armedSide = (sides & (AGENT_ARMED | PATIENT_ARMED)) != 0;
        boolean stateAgent = (sides & AGENT_STATE) != 0;
        boolean armedPatient = (sides & (PATIENT_STATE | PATIENT_ARMED)) != 0;
        boolean armedAgent = (sides & (AGENT_STATE | AGENT_ARMED)) != 0;
        int from = sFrom[s];
        int to = sTo[s];
        CueMarks m = marks[s];
        EventType type = st.type();
        if (downedDrone(low, t0, t1, to)) {
            return SubEventType.DISRUPTED_WEAPONS_USE; // "shot down a drone": not a shooting of people
        }
        if (type == EventType.EXPLOSIONS_REMOTE_VIOLENCE && st != SubEventType.CHEMICAL_WEAPON) {
            if (UNMANNED.contains(low[t0]) && intercepted(low, m, from, to, t0)) {
                return SubEventType.DISRUPTED_WEAPONS_USE;
            }
            if (seizedDevice(low, from, to, t0)) {
                return SubEventType.DISRUPTED_WEAPONS_USE; // "seized six grenades", "recovered a landmine"
            }
            if (stateAgent && detonation(low, t0)) {
                return SubEventType.DISRUPTED_WEAPONS_USE; // "police detonated the bomb planted at the mosque"
            }
            if (st != SubEventType.AIR_DRONE_STRIKE && st != SubEventType.SUICIDE_BOMB && m.any(Cue.RECIPROCAL, from, to)) {
                return SubEventType.ARMED_CLASH;
            }
            if ((st == SubEventType.GRENADE || st == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED && generic(tr))
                    && smallArms(low, m, Math.max(from, t0 - NEAR), Math.min(to, t1 + NEAR))
                    && (armedPatient || !armedAgent && !armedWord(low, m, from, t0) && !m.any(Cue.CIVILIAN, from, to))) {
                return SubEventType.ARMED_CLASH; // "explosions and shots involving small arms", "grenades and rifles"
            }
            if (st == SubEventType.AIR_DRONE_STRIKE && t1 < to && AIR_NOT_STRIKE.contains(low[t1])) {
                return null; // "an air force intelligence officer", "the air force base": a service, not a strike
            }
            if (st == SubEventType.AIR_DRONE_STRIKE && airSupport(low, from, to, t0)) {
                return SubEventType.ARMED_CLASH; // "an operation by special forces, backed by airstrikes"
            }
            return st;
        }
        if ((st == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY || st == SubEventType.GOVERNMENT_REGAINS_TERRITORY)
                && m.any(Cue.UNOPPOSED, from, to) && !m.any(Cue.RECIPROCAL, from, to) && !fighting(low, from, to)) {
            return SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY; // "took control of the town after the army withdrew"
        }
        if (st == SubEventType.ATTACK && (tr.resolver() == Resolver.ATTACK || tr.resolver() == Resolver.KILL)
                && cameUnder(low, m, from, t0)) {
            return SubEventType.ARMED_CLASH; // "a military convoy came under attack"
        }
        if (st == SubEventType.ATTACK && (tr.resolver() == Resolver.ATTACK || tr.resolver() == Resolver.KILL)) {
            if (m.any(Cue.RECIPROCAL, from, to) || reciprocalNext(low, sFrom, sTo, marks, s)) {
                return SubEventType.ARMED_CLASH;
            }
            if (gangVictim(low, sFrom, sTo, marks, s, t0, t1)) {
                return SubEventType.ARMED_CLASH;
            }
            if (fireAtArea(tr, low, m, from, to)) {
                return SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK; // "fired heavy machine guns at residential areas"
            }
            return st;
        }
        if (st == SubEventType.ARMED_CLASH) {
            if (crowdFight(tr, low, sFrom, sTo, marks, s, armedSide)) {
                return stateSide || m.any(Cue.STATE, from, to) ? SubEventType.VIOLENT_DEMONSTRATION : SubEventType.MOB_VIOLENCE;
            }
            if ((sides & (AGENT_ARMED | PATIENT_ARMED)) == 0 && (sides & (AGENT_STATE | PATIENT_STATE)) != (AGENT_STATE | PATIENT_STATE)
                    && policeFight(tr, low, m, from, to)) {
                return SubEventType.VIOLENT_DEMONSTRATION; // "vendors clashed with police enforcing the lockdown"
            }
            if (heavyOnly(tr, low, m, from, to, t0)
                    || (sides & (PATIENT_STATE | PATIENT_ARMED)) == 0 && fireAtArea(tr, low, m, from, to)) {
                return SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
            }
            return st;
        }
        if ((st == SubEventType.MOB_VIOLENCE || st == SubEventType.VIOLENT_DEMONSTRATION)
                && (tr.resolver() == Resolver.ATTACK || tr.resolver() == Resolver.KILL) && (sides & AGENT_PARTY) != 0
                && agentFrom < agentTo && agentTo <= t0 && !between(low, Math.max(from, t0 - 3), t0, "under")
                && (low[t0].endsWith("ed") || low[t0].equals("beat") || low[t0].equals("shot") || low[t0].equals("hit"))
                && !anyOf(low, agentFrom, agentTo, PARTY_CROWD) && !m.any(Cue.MOB, from, to)
                && !m.any(Cue.CROWDARMS, from, to) && !crowdWord(low, from, to)) {
            return SubEventType.ATTACK; // "Imbonerakure attacked and injured two CNL members": a militia, not a crowd
        }
        if (st == SubEventType.MOB_VIOLENCE && tr.resolver() == Resolver.RIOT && (organised(low, from, to) || arsonAttack(low, t0, t1))) {
            return SubEventType.LOOTING_PROPERTY_DESTRUCTION; // property set on fire by armed men, or a planned arson attack on a building
        }
        return st;
    }

    private static final java.util.Set<String> ORGANISED_ARMED = java.util.Set.of("armed", "gunmen", "gunman", "militants",
            "militant", "rebels", "insurgents", "militia", "militias", "militiamen", "fighters", "guerrillas", "terrorists",
            "jihadists", "separatists", "extremists", "soldiers", "troops");
    private static final java.util.Set<String> CRIMINAL = java.util.Set.of("robbers", "bandits", "criminals", "kidnappers",
            "gang", "gangs", "cultists", "smugglers", "poachers", "traffickers", "pirates", "cadres", "dissidents", "suspects");

    /** An organised armed group named in the sentence (not a crowd): its destruction of property is a strategic act. */
    private static boolean organised(String[] low, int from, int to) {
        return anyOf(low, from, to, ORGANISED_ARMED);
    }

    private static boolean anyOf(String[] low, int from, int to, java.util.Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(low[i])) {
                return true;
            }
        }
        return false;
    }

    /** "an arson attack on a warehouse was staged by a cell": a planned attack on property, not a riot. */
    private static boolean arsonAttack(String[] low, int t0, int t1) {
        if (t1 - t0 != 2 || !low[t0].equals("arson") || !low[t0 + 1].startsWith("attack")) {
            return false;
        }
        String before = t0 >= 2 ? low[t0 - 2] : "";
        String after = t1 < low.length ? low[t1] : "";
        return before.equals("out") || before.equals("carried") || before.equals("conducted") || before.equals("launched")
                || before.equals("staged") || after.equals("targeting") || after.equals("targetting") || after.equals("against");
    }

    private static final java.util.Set<String> POLICE = java.util.Set.of("police", "policemen", "policeman", "policewoman",
            "officers", "gendarmes", "gendarmerie", "cops");

    /**
     * A clash or fight of the police with people who are not an armed group ("vendors clashed with police", "residents
     * fought with police officers"), with no firearm, heavy weapon or return fire: a violent demonstration.
     */
    private static boolean policeFight(Trigger tr, String[] low, CueMarks m, int from, int to) {
        if (!(tr.resolver() == Resolver.CLASH || tr.id().startsWith("fight") || tr.id().equals("battle"))) {
            return false;
        }
        boolean police = false;
        for (int i = from; i < to; i++) {
            String n = i + 1 < to ? low[i + 1] : "";
            if (POLICE.contains(low[i]) && !n.equals("station") && !n.equals("post") && !n.equals("camp") && !n.equals("chief")) {
                police = true;
            }
        }
        boolean people = m.any(Cue.CIVILIAN, from, to) || m.any(Cue.PARTY, from, to) || crowdWord(low, from, to);
        return police && people && !organised(low, from, to) && !anyOf(low, from, to, CRIMINAL) && !armedWord(low, m, from, to)
                && !m.any(Cue.SMALLARMS, from, to)
                && !m.any(Cue.HEAVY, from, to) && !m.any(Cue.RECIPROCAL, from, to) && !lethalFire(low, m, from, to);
    }

    private static final java.util.Set<String> FIGHTING = java.util.Set.of("fighting", "clashes", "clashed", "clash",
            "battle", "battles", "killed", "killing", "dead", "wounded", "injured", "heavy", "fierce", "attack", "attacked",
            "assault", "offensive", "shelling", "airstrikes");

    /** Words of fighting in the sentence: a takeover with them is a battle, whoever withdrew. */
    private static boolean fighting(String[] low, int from, int to) {
        for (int i = from; i < to; i++) {
            if (FIGHTING.contains(low[i]) && !(i > from && (low[i - 1].equals("no") || low[i - 1].equals("without")))
                    && !(i + 1 < to && low[i + 1].startsWith("rifle"))) {
                return true;
            }
        }
        return false;
    }

    /** "A military convoy came under attack", "the post came under fire": the subject, an armed side, is the target. */
    private static boolean cameUnder(String[] low, CueMarks m, int from, int t0) {
        if (t0 - 2 < from || !low[t0 - 1].equals("under")) {
            return false;
        }
        String v = low[t0 - 2];
        if (!(v.equals("came") || v.equals("come") || v.equals("comes") || v.equals("coming"))) {
            return false;
        }
        return m.any(Cue.STATE, from, t0 - 2) || armedWord(low, m, from, t0 - 2);
    }

    /** A generic explosion word ("explosion", "blast", "bomb", "exploded"), not a named device ("roadside bomb"). */
    private static boolean generic(Trigger tr) {
        return tr.resolver() == Resolver.BOMB && tr.priority() <= 2;
    }

    /** How near (tokens) small arms must be named to an explosion word to be used in the same act. */
    private static final int NEAR = 8;

    private static boolean smallArms(String[] low, CueMarks m, int from, int to) {
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() == Cue.SMALLARMS && x.start() >= from && x.start() < to
                    && !(x.start() > from && low[x.start() - 1].equals("heavy"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> AIR_NOT_STRIKE = java.util.Set.of("intelligence", "base", "officer",
            "officers", "colonel", "commander", "chief", "academy", "pilot", "pilots", "personnel", "general", "airport");
    private static final java.util.Set<String> GROUND_OPERATION = java.util.Set.of("operation", "operations", "offensive",
            "clash", "clashes", "clashed", "fighting", "raid", "ambush", "assault");

    /** The aircraft only support a ground operation ("an operation by special forces supported by the air force"). */
    private static boolean airSupport(String[] low, int from, int to, int t0) {
        boolean support = false;
        for (int i = Math.max(from, t0 - 5); i < t0; i++) {
            String w = low[i];
            if ((w.equals("supported") || w.equals("backed") || w.equals("assisted")) && i + 1 < t0 && low[i + 1].equals("by")
                    || w.equals("support") && i + 1 < t0 && low[i + 1].equals("of")) {
                support = true;
            }
        }
        if (!support) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (GROUND_OPERATION.contains(low[i])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> WEAPONS = java.util.Set.of("weapons", "weapon", "arms", "rifle", "rifles",
            "guns", "gun", "pistol", "pistols", "ammunition", "ammunitions", "grenades", "grenade", "hand-grenades",
            "explosives", "explosive", "ieds", "ied", "rockets", "mortars", "bullets", "cartridges", "rounds", "firearms",
            "ak-47", "ak-47s", "kalashnikov", "kalashnikovs", "detonators");

    /** Weapons as the object of a seizure: within the next eight tokens, before any clause break. */
    private static boolean weaponsAfter(String[] low, int t1, int to) {
        for (int i = t1; i < Math.min(to, t1 + 8); i++) {
            String w = low[i];
            if (w.equals(";") || w.equals("from") && i == t1) {
                return false;
            }
            if (WEAPONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SEIZE = java.util.Set.of("seized", "seizing", "confiscated", "recovered",
            "seize", "confiscate", "recover");
    private static final java.util.Set<String> USED = java.util.Set.of("exploded", "explosion", "explosions", "blast", "threw",
            "hurled", "lobbed", "fired", "attack", "attacked", "killed", "injured", "wounded", "detonated");

    /** The device is the object of a seizure ("seized six grenades and a rifle"), and nothing was used. */
    private static boolean seizedDevice(String[] low, int from, int to, int t0) {
        boolean seized = false;
        for (int i = Math.max(from, t0 - 6); i < t0; i++) {
            if (SEIZE.contains(low[i])) {
                seized = true;
            }
        }
        return seized && !anyOf(low, from, to, USED);
    }

    private static final java.util.Set<String> NON_MILITARY_ADVANCE = java.util.Set.of("peace", "process", "talks", "cause",
            "agenda", "interests", "efforts", "goals", "reforms", "negotiations", "dialogue", "reconciliation", "career");

    /**
     * A trigger word that names no act here: "in advance of", "to advance the peace process", "an assault rifle".
     */
    private static boolean notAnAct(Trigger tr, String[] low, int from, int to, int t0, int t1) {
        String prev = t0 > from ? low[t0 - 1] : "";
        String next = t1 < to ? low[t1] : "";
        if (tr.id().equals("advance")) {
            if (prev.equals("in") || next.equals("notice") || next.equals("warning")) {
                return true;
            }
            for (int i = t1; i < Math.min(to, t1 + 3); i++) {
                if (NON_MILITARY_ADVANCE.contains(low[i])) {
                    return true;
                }
            }
        }
        if (tr.id().equals("release1")) {
            for (int i = from; i < to; i++) {
                if (low[i].startsWith("demand") || low[i].equals("instead")) {
                    return true; // "rejected their demands, instead releasing ...": the grievance of another act
                }
            }
            for (int i = t1; i < Math.min(to, t1 + 7); i++) {
                if (CAPTIVES.contains(low[i])) {
                    return false;
                }
            }
            return true; // "released a statement": only a release of prisoners or hostages is an act
        }
        return tr.id().startsWith("assault") && next.startsWith("rifle");
    }

    private static final java.util.Set<String> CAPTIVES = java.util.Set.of("prisoners", "prisoner", "detainees",
            "detainee", "hostages", "hostage", "captives", "captive", "soldiers", "inmates", "abductees", "fighters");

    /** "shot down a drone", "intercepted a ballistic missile", "air defences intercepted ...". */
    private static boolean intercepted(String[] low, CueMarks m, int from, int to, int t0) {
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() != Cue.INTERCEPT || x.start() < from || x.start() >= to) {
                continue;
            }
            String w = low[x.start()];
            if (x.start() < t0 && t0 - x.end() <= 6 && !between(low, x.end(), t0, "by")
                    || x.start() > t0 && x.start() - t0 <= 3 && w.equals("interception")) {
                return true; // the trigger (drone, missile, rocket) is what was shot down
            }
            if (w.startsWith("air")) {
                return true; // "air defence systems intercepted ..."
            }
        }
        return false;
    }

    private static final java.util.Set<String> UNMANNED = java.util.Set.of("drone", "drones", "uav", "uavs", "missile",
            "missiles", "rocket", "rockets", "projectile", "projectiles", "quadcopter", "quadcopters");

    /** "shot down a reconnaissance drone", "downed two UAVs". */
    private static boolean downedDrone(String[] low, int t0, int t1, int to) {
        String w = low[t0];
        int after;
        if ((w.equals("shot") || w.equals("shoot") || w.equals("shooting")) && t0 + 1 < to && low[t0 + 1].equals("down")) {
            after = t0 + 2;
        } else if (w.equals("downed")) {
            after = t1;
        } else {
            return false;
        }
        for (int i = after; i < Math.min(to, after + 6); i++) {
            if (UNMANNED.contains(low[i])) {
                return true;
            }
        }
        return false;
    }

    /** "police detonated the bomb" (active voice, not "detonated by a passing bus"). */
    private static boolean detonation(String[] low, int t0) {
        String w = low[t0];
        if (!(w.equals("detonated") || w.equals("defused") || w.equals("detonate"))) {
            return false;
        }
        String before = t0 > 0 ? low[t0 - 1] : "";
        String after = t0 + 1 < low.length ? low[t0 + 1] : "";
        if (after.equals("by") || before.equals("was") || before.equals("were") || before.equals("been") || before.equals("be")) {
            return false;
        }
        for (int i = t0 + 1; i < Math.min(low.length, t0 + 5); i++) {
            String o = low[i];
            if (o.startsWith("bomb") || o.startsWith("device") || o.startsWith("explosive") || o.startsWith("ied")
                    || o.equals("mine") || o.equals("mines") || o.startsWith("landmine")) {
                return true; // the object is the device itself
            }
        }
        return false;
    }

    private static boolean between(String[] low, int a, int b, String w) {
        for (int i = a; i < b; i++) {
            if (low[i].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The next sentence tells of return fire ("The police shot back and two gunmen were killed."). */
    private static boolean reciprocalNext(String[] low, int[] sFrom, int[] sTo, CueMarks[] marks, int s) {
        int n = s + 1;
        if (n >= sFrom.length) {
            return false;
        }
        CueMarks m = marks[n];
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() == Cue.RECIPROCAL && x.start() >= sFrom[n] && x.start() < sTo[n]) {
                String w = low[x.start()];
                if (w.equals("shot") || w.equals("fired") || w.startsWith("return") || w.equals("responded")
                        || w.equals("exchanged") || w.equals("exchanging")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int VICTIM_SCOPE = 3;

    /**
     * The victim is a drug trafficker or gang member: named as the patient of the trigger's clause ("an alleged drug
     * dealer was shot dead", "armed men attacked a drug trafficker"), or a later sentence says the victim had such
     * charges ("the dead man was wanted for drug dealing").
     */
    private static boolean gangVictim(String[] low, int[] sFrom, int[] sTo, CueMarks[] marks, int s, int t0, int t1) {
        CueMarks m = marks[s];
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() != Cue.GANG || x.start() < sFrom[s] || x.start() >= sTo[s]) {
                continue;
            }
            if (x.end() <= t0) {
                // passive: "a drug dealer was shot"; not "shot by gang members"
                boolean passive = false;
                for (int i = x.end(); i < t0; i++) {
                    String w = low[i];
                    if (w.equals(",") || w.equals(";") || w.equals("and") && i > x.end() + 1) {
                        passive = false;
                        break;
                    }
                    if (w.equals("was") || w.equals("were") || w.equals("been")) {
                        passive = true;
                    }
                }
                if (passive && !low[x.start() - 1 >= 0 ? x.start() - 1 : x.start()].equals("by")) {
                    return true;
                }
            } else if (x.start() >= t1 && x.start() - t1 <= 4) {
                boolean by = false;
                for (int i = t1; i < x.start(); i++) {
                    if (low[i].equals("by") || low[i].equals("from") || low[i].equals(",")) {
                        by = true;
                    }
                }
                if (!by) {
                    return true; // "attacked an alleged drug dealer"
                }
            }
        }
        for (int n = s; n < Math.min(sFrom.length, s + VICTIM_SCOPE); n++) {
            boolean victim = false;
            boolean gang = false;
            boolean denied = false;
            for (int i = sFrom[n]; i < sTo[n]; i++) {
                String w = low[i];
                if (w.equals("victim") || w.equals("victims")) {
                    victim = true;
                }
                if (w.equals("not") || w.equals("never") || w.equals("no")) {
                    denied = true;
                }
            }
            if (!victim || denied) {
                continue;
            }
            for (PhraseSet.Match<Cue> x : marks[n].matches) {
                if (x.payload() == Cue.GANG && x.start() >= sFrom[n] && x.start() < sTo[n]) {
                    gang = true;
                }
            }
            if (gang && victimOwnsRecord(low, sFrom[n], sTo[n])) {
                return true;
            }
        }
        return false;
    }

    /** "The victim had charges ... for drug trafficking", "the victim was a member of": the victim's own record. */
    private static boolean victimOwnsRecord(String[] low, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = low[i];
            if ((w.equals("victim") || w.equals("victims")) && i + 1 < to) {
                String n = low[i + 1];
                if (n.equals("had") || n.equals("was") || n.equals("were") || n.equals("is") || n.equals("has")
                        || n.equals("have")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A fight of a crowd: stones, sticks, fireworks or tear gas in the sentence (or the next), no firearm, heavy
     * weapon or explosive, and no non-state armed group.
     */
    private static boolean crowdFight(Trigger tr, String[] low, int[] sFrom, int[] sTo, CueMarks[] marks, int s,
            boolean armedSide) {
        if (armedSide || tr.id().equals("kill4")
                || !(tr.resolver() == Resolver.CLASH || tr.resolver() == Resolver.ATTACK || tr.resolver() == Resolver.KILL
                || tr.id().equals("battle") || tr.id().equals("skirmish"))) {
            return false;
        }
        int from = sFrom[s];
        int to = sTo[s];
        CueMarks m = marks[s];
        if (armedWord(low, m, from, to) || m.any(Cue.SMALLARMS, from, to) || m.any(Cue.HEAVY, from, to)
                || m.any(Cue.RECIPROCAL, from, to) || lethalFire(low, m, from, to)) {
            return false;
        }
        if (m.any(Cue.CROWDARMS, from, to) || crowdWord(low, from, to)) {
            return true;
        }
        int n = s + 1;
        if (n < sFrom.length) {
            CueMarks nm = marks[n];
            return nm.any(Cue.CROWDARMS, sFrom[n], sTo[n]) && !armedWord(low, nm, sFrom[n], sTo[n])
                    && !nm.any(Cue.SMALLARMS, sFrom[n], sTo[n]) && !lethalFire(low, nm, sFrom[n], sTo[n]);
        }
        return false;
    }

    /** Heavy weapons named: the HEAVY cue, medium weapons, or a calibre ("14.5mm", "12.7 mm") of a heavy machine gun. */
    private static boolean heavy(String[] low, CueMarks m, int from, int to) {
        if (m.any(Cue.HEAVY, from, to)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            String w = low[i];
            if (w.equals("medium") && i + 1 < to && (low[i + 1].startsWith("weapon") || low[i + 1].startsWith("machine"))
                    || w.equals("assumedly") && i + 1 < to && low[i + 1].equals("heavy")
                    || w.endsWith("mm") && w.length() > 2 && Character.isDigit(w.charAt(0)) && calibre(w.substring(0, w.length() - 2)) >= 12
                    || w.equals("mm") && i > from && calibre(low[i - 1]) >= 12) {
                return true;
            }
        }
        return false;
    }

    private static double calibre(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final java.util.Set<String> POSITIONS = java.util.Set.of("positions", "position", "base", "bases",
            "checkpoint", "checkpoints", "post", "posts", "outpost", "outposts", "barracks", "convoy", "patrol", "troops",
            "soldiers", "fighters", "militants", "forces");

    /**
     * Heavy weapons fired at an area ("fired 14.5mm machine guns and sniper rifles at residential villages"), no side
     * fired back, no armed target named after "at": shelling, whatever small arms came with them.
     */
    private static boolean fireAtArea(Trigger tr, String[] low, CueMarks m, int from, int to) {
        boolean fire = false;
        int at = -1;
        for (int i = from; i < to; i++) {
            String w = low[i];
            if (w.equals("fired") || w.equals("firing")) {
                fire = true;
            } else if (fire && at < 0 && (w.equals("at") || w.equals("on") || w.equals("towards"))) {
                at = i;
            }
        }
        if (!fire || at < 0 || !heavy(low, m, from, at) || m.any(Cue.RECIPROCAL, from, to)) {
            return false;
        }
        for (int i = at + 1; i < Math.min(to, at + 8); i++) {
            if (POSITIONS.contains(low[i]) || m.at(Cue.STATE, i)) {
                return false; // fire at positions or troops: a clash (or an attack on them)
            }
        }
        return true;
    }

    /** Words that make a party's agent a crowd of its supporters rather than its militia. */
    private static final java.util.Set<String> PARTY_CROWD = java.util.Set.of("supporters", "supporter", "activists",
            "activist", "cadres", "cadre", "workers", "worker", "members", "member", "youths", "youth", "followers",
            "people", "crowd", "mob", "villagers", "residents", "students", "men", "group", "groups", "leaders", "leader",
            "accomplices", "loyalists", "partisans", "settlers", "rivals");

    private static final java.util.Set<String> RIOTERS = java.util.Set.of("looters", "rioters", "protesters", "protestors",
            "demonstrators", "mob", "mobs");

    private static boolean crowdWord(String[] low, int from, int to) {
        for (int i = from; i < to; i++) {
            if (RIOTERS.contains(low[i])) {
                return true;
            }
        }
        return false;
    }

    /** A word of a non-state armed group ("militants", "gunmen"); "group" and "IS" alone are not. */
    private static boolean armedWord(String[] low, CueMarks m, int from, int to) {
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() == Cue.NONSTATE && x.start() >= from && x.start() < to) {
                String w = low[x.start()];
                if (!w.equals("group") && !w.equals("is")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean lethalFire(String[] low, CueMarks m, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = low[i];
            if (w.equals("gunmen") || w.equals("gunman") || w.equals("gunshot") || w.equals("gunshots") || w.equals("live")
                    || w.equals("shooting") || w.equals("shot") || w.equals("opened") && i + 1 < to && low[i + 1].equals("fire")
                    || w.startsWith("bullet") && !(i > from && low[i - 1].equals("rubber"))) {
                return true;
            }
        }
        return false;
    }

    /** Fire at positions with heavy weapons only ("fired IFVs at the positions of"), no small arms, no return fire. */
    private static boolean heavyOnly(Trigger tr, String[] low, CueMarks m, int from, int to, int t0) {
        String w = low[t0];
        boolean fire = w.equals("fired") || w.equals("fire") || w.equals("firing") || w.equals("bursts") || w.equals("burst");
        if (!fire || tr.resolver() == Resolver.CLASH) {
            return false;
        }
        if (!heavy(low, m, from, to) || m.any(Cue.RECIPROCAL, from, to)) {
            return false;
        }
        for (PhraseSet.Match<Cue> x : m.matches) {
            if (x.payload() == Cue.SMALLARMS && x.start() >= from && x.start() < to
                    && !(x.start() > from && low[x.start() - 1].equals("heavy"))) {
                return false;
            }
        }
        return true;
    }
}
