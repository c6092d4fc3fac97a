package org.sitrep.events;

import java.util.Set;

/**
 * Whether the demonstrators of a protest turned violent, read on the whole sentence and the one after it ("workers
 * demonstrated for their wages. They blocked the highway with burning tyres and pelted police with stones"): ACLED
 * codes a demonstration in which the demonstrators commit violence or vandalism as a riot (violent demonstration),
 * while force used by the police alone keeps it a protest. Only acts typical of crowds count (stones, burning tyres,
 * arson, vandalism, looting, clashing with or attacking police), and not inside a complement that says what the
 * protest is about ("protest against the torching of shops"). Stateless.
 */
final class CrowdViolence {
    private static final Set<String> COMPLEMENT = Set.of("against", "over", "condemning", "condemn", "protesting",
            "after", "following", "denouncing", "demanding", "about", "alleged", "allegedly", "accused", "accusing",
            "demanded", "demand", "demands", "recovery", "regarding", "deplore", "denounce", "denounced", "condemned");
    /** Words before "looted" that make it an adjective ("the recovery of their looted savings"). */
    private static final Set<String> DETERMINER = Set.of("the", "their", "his", "her", "its", "our", "of", "my", "your");
    private static final Set<String> RESET = Set.of(",", ";", ".", "and", "they", "who", "while", "but");
    private static final Set<String> POLICE = Set.of("police", "policemen", "officers", "security", "troops", "soldiers",
            "forces", "personnel", "cops");

    private CrowdViolence() {
    }

    /** True when tokens {@code low[from, to)} (lower case) tell of violence by a crowd. */
    static boolean in(String[] low, int from, int to) {
        for (int i = from; i < to; i++) {
            if (violentAt(low, i, to) && !complement(low, from, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violentAt(String[] low, int i, int to) {
        String w = low[i];
        String n1 = i + 1 < to ? low[i + 1] : "";
        String n2 = i + 2 < to ? low[i + 2] : "";
        if (w.startsWith("pelt") || w.equals("stone-pelting") || w.startsWith("brickbat") || w.startsWith("vandalis")
                || w.startsWith("vandaliz") || w.startsWith("ransack")
                || (w.equals("looted") || w.equals("looting")) && !(i > 0 && DETERMINER.contains(low[i - 1]))
                || w.equals("torched") || w.equals("molotov") || w.equals("smashed")) {
            return true;
        }
        if ((w.equals("threw") || w.equals("hurled") || w.equals("throwing") || w.equals("hurling"))
                && (n1.startsWith("stone") || n1.startsWith("rock") || n1.startsWith("brick") || n1.startsWith("petrol")
                || n2.startsWith("stone") || n2.startsWith("rock") || n2.startsWith("brick") || n2.startsWith("petrol"))) {
            return true;
        }
        if ((w.equals("burning") || w.equals("burned") || w.equals("burnt") || w.equals("burn"))
                && (burnable(n1) || n1.equals("rubber") || burnable(n2) || i + 3 < to && burnable(low[i + 3]))) {
            return true;
        }
        if (w.equals("set")) {
            for (int j = i + 1; j < Math.min(to, i + 5); j++) {
                if (low[j].equals("fire") || low[j].equals("ablaze") || low[j].equals("alight")) {
                    return true;
                }
            }
        }
        if (w.equals("with") && (n1.startsWith("stone") || n1.startsWith("rock") || n1.equals("sticks"))) {
            return true; // "demonstrated with stones", "pelted police with rocks"
        }
        if (w.equals("destroyed") || w.equals("stormed") || w.equals("storm") || w.equals("storming")) {
            return true;
        }
        if ((w.startsWith("tyre") || w.startsWith("tire")) && n1.equals("on") && n2.equals("fire")) {
            return true;
        }
        if (w.equals("set") && (n1.equals("fire") || n1.equals("ablaze") || n2.equals("fire") || n2.equals("ablaze"))) {
            return true;
        }
        if (w.equals("violent") && (n1.startsWith("demonstrat") || n1.startsWith("protest") || n1.startsWith("riot"))
                || w.equals("turned") && n1.equals("violent")) {
            return true; // "violent demonstrations by prisoners", "the protest turned violent"
        }
        if ((w.equals("clashed") || w.equals("clash") || w.equals("clashes") || w.equals("attacked") || w.equals("assaulted")
                || w.equals("beat"))
                && (POLICE.contains(n1) || POLICE.contains(n2) || n1.equals("with") && (POLICE.contains(n2)
                || i + 3 < to && POLICE.contains(low[i + 3])))) {
            return true;
        }
        return false;
    }

    private static final Set<String> BURNABLE = Set.of("objects", "vehicles", "vehicle", "cars", "car", "buses", "bus",
            "mattresses", "documents", "furniture", "office", "offices", "station", "building", "buildings", "shops",
            "property", "motorcycles", "motorbikes", "trucks", "trash", "rubbish", "garbage", "debris", "logs", "wood",
            "branches", "trees", "police", "belongings", "cells", "records", "files");

    /** What a crowd burns ("burning tyres", "burned mattresses", "burnt the police station"); not effigies or flags. */
    private static boolean burnable(String w) {
        return w.startsWith("tyre") || w.startsWith("tire") || w.startsWith("barricade") || BURNABLE.contains(w);
    }

    private static boolean complement(String[] low, int from, int i) {
        for (int j = i - 1; j >= Math.max(from, i - 8); j--) {
            if (RESET.contains(low[j])) {
                return false;
            }
            if (COMPLEMENT.contains(low[j])) {
                return true;
            }
        }
        return false;
    }
}
