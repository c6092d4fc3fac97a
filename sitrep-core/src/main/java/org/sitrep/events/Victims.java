package org.sitrep.events;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.mentions.quantities.QuantityLexicon;
import org.sitrep.mentions.quantities.QuantityLexicon.Cls;
import org.sitrep.model.Count;

/**
 * Victims told without a number: "militants executed a young shepherd" (1), "a bomb killed the district judge" (1),
 * "gunmen killed Mayor Ahmed Salim" (1), "the assassination of the trade attaché" (1), "killed a guard and a driver" (2),
 * "the mayor was badly wounded" (1 injured). Used only where the quantity layer gave the event no count. A verb
 * under a modal or an attempt ("tried to kill the governor", "would execute a hostage") tells no death. Stateless.
 */
final class Victims {
    private Victims() {
    }

    /** Killing verbs of one token whose object is the victim. */
    private static final Set<String> KILL_VERBS = Set.of("kill", "kills", "killed", "killing", "murder", "murders",
            "murdered", "murdering", "assassinate", "assassinates", "assassinated", "assassinating", "execute", "executes",
            "executed", "executing", "behead", "beheads", "beheaded", "beheading", "lynch", "lynches", "lynched", "lynching",
            "slay", "slays", "slew", "butcher", "butchers", "butchered");
    /** First words of "shot dead", "gunned down", "stabbed to death", "burnt alive". */
    private static final Set<String> VIOLENT = Set.of("shot", "shoots", "shoot", "shooting", "gunned", "guns", "gunning",
            "stabbed", "stabs", "stabbing", "hacked", "hacks", "hacking", "beat", "beats", "beating", "beaten", "burnt",
            "burned", "burns", "burning", "bludgeoned", "stoned", "clubbed", "mowed");
    private static final Set<String> INJURE_VERBS = Set.of("wounding", "injuring", "wounded", "injured", "wounds", "injures");
    /** Nouns whose "of" phrase names the victim: "the assassination of the mayor". */
    private static final Set<String> KILL_NOUNS = Set.of("assassination", "murder", "killing", "beheading", "execution",
            "lynching", "slaying");
    private static final Set<String> NOT_DONE = Set.of("to", "would", "will", "could", "might", "may", "not", "n't", "never",
            "cannot", "can", "should", "must", "attempted", "attempt", "attempts", "tried", "trying", "plot", "plotted",
            "plotting", "failed", "threatened", "threatening", "threaten", "vowed", "planned", "planning", "conspiracy");
    /** Words before a killing noun that make it the cause of another event ("protests after the murder of ..."). */
    private static final Set<String> CAUSE = Set.of("after", "following", "for", "since", "over", "against", "retaliation",
            "revenge", "avenge", "condemning", "condemned", "condemn", "protest", "protests", "protesting", "protested",
            "investigating", "investigation", "suspected", "accused", "charged", "convicted", "sentenced", "arrested",
            "attempted", "failed", "plot", "attempt", "connection", "demanding", "demand", "recovering", "suspect",
            "triggered", "sparked", "prompted", "promoted", "outrage", "anger", "angered", "vigil", "mourn", "mourning");
    /** Words after "a" that make it no count of one: "a number of", "an unknown number", "a dozen". */
    static final Set<String> NUMBERISH = Set.of("number", "unknown", "undisclosed", "unspecified", "total", "dozen", "few",
            "couple", "handful", "score", "lot", "series", "group");
    /** Words after "a" that make no single victim: "a number of", "an unknown number", "a bus". */
    static final Set<String> NOT_ONE = Set.of("number", "group", "total", "dozen", "few", "couple", "score",
            "series", "string", "wave", "lot", "handful", "family", "crowd", "bus", "car", "convoy", "patrol", "unit",
            "squad", "busload", "truckload", "vehicle", "van", "house", "home", "village", "bomb", "suicide", "roadside",
            "spate", "third", "unknown", "undisclosed", "unspecified", "unconfirmed", "second", "further", "similar", "ambush", "attack");
    /** Nouns that name several people though they do not end in s. */
    private static final Set<String> COLLECTIVE = Set.of("people", "police", "children", "men", "women", "personnel",
            "staff", "crew", "family", "militia", "army", "troops", "youth", "cattle", "clergy", "public", "population",
            "passengers", "residents", "congregation", "gang", "group", "team", "convoy", "patrol", "unit", "squad", "media",
            "press");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "on", "in", "at", "yesterday", "today", "last", "early", "late");
    private static final Set<String> OWNER = Set.of("the", "his", "her", "its", "their");
    private static final Set<String> HEADLINE_NEXT = Set.of("in", "at", "by", "near", "on", "after", "as", "during", "when",
            "while", "outside", "inside");

    /** "X was badly wounded", "a judge is seriously injured": one injured person (a singular subject). */
    private static final Pattern ONE_INJURED_PASSIVE = Pattern.compile("(?i)\\b(?:was|is|has\\s+been|had\\s+been)\\s+"
            + "(?:also\\s+|reportedly\\s+)?(?:\\w+ly\\s+)?(?:wounded|injured|hurt)\\b");

    /** One or more victims of an active killing verb or a killing noun in tokens [from, to), or null. */
    static Count killed(Casualties.Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            String v = w.low(i);
            int obj = -1;
            if (KILL_VERBS.contains(v)) {
                obj = i + 1;
            } else if ((v.equals("fatally") || v.equals("mortally")) && i + 1 < to
                    && (VIOLENT.contains(w.low(i + 1)) || INJURE_VERBS.contains(w.low(i + 1)))) {
                obj = i + 2; // "fatally wounding the doctor"
            } else if (VIOLENT.contains(v) && i + 1 < to) {
                String n = w.low(i + 1);
                if (n.equals("dead") || n.equals("down") && (v.startsWith("gun") || v.equals("mowed"))
                        || n.equals("alive") && v.startsWith("burn")) {
                    obj = i + 2;
                } else if (n.equals("to") && i + 2 < to && w.low(i + 2).equals("death")) {
                    obj = i + 3;
                }
            }
            if (obj < 0 && (v.equals("shot") || v.equals("shoot") || v.equals("shoots") || v.equals("shooting"))
                    && !(i > from && w.aux(i - 1)) && !notDone(w, from, i)) {
                int[] n = victims(w, i + 1, to);
                if (n != null && n[1] < to && w.low(n[1]).equals("dead")) {
                    return Count.exact(n[0], w.text().substring(w.charStart(i), w.charEnd(n[1] + 1))); // "shoot the driver dead"
                }
            }
            if (obj < 0 || i > from && w.aux(i - 1) || notDone(w, from, i)) {
                continue;
            }
            if (KILL_NOUNS.contains(v) && !v.endsWith("ed")) {
                // "killing" and "beheading" are also nouns: "the killing of the judge"
                if (obj < to && w.low(obj).equals("of")) {
                    if (causeBefore(w, from, to, to - from)) {
                        continue;
                    }
                    obj++;
                } else if (v.equals("assassination") || v.equals("murder") || v.equals("execution") || v.equals("lynching")
                        || i > from && OWNER.contains(w.low(i - 1))) {
                    continue;
                }
            }
            if (obj < to && w.low(obj).equals(",")) {
                obj++; // "a sniper killed, Colonel X"
            }
            int[] n = victims(w, obj, to);
            if (n != null) {
                return Count.exact(n[0], w.text().substring(w.charStart(i), w.charEnd(n[1])));
            }
        }
        int end = one(w, from, to);
        if (end > from && end < to && (w.low(end).equals("killed") || w.low(end).equals("murdered")
                || w.low(end).equals("shot") && end + 1 < to && w.low(end + 1).equals("dead"))
                && (end + 1 >= to || !word(w.low(end + 1)) || HEADLINE_NEXT.contains(w.low(end + 1)) || w.low(end).equals("shot"))) {
            return Count.exact(1, w.text().substring(w.charStart(from), w.charEnd(end + 1))); // "Farmer killed in Selea."
        }
        for (int i = from; i + 1 < to; i++) {
            if (KILL_NOUNS.contains(w.low(i)) && w.low(i + 1).equals("of") && !causeBefore(w, from, to, to - from)) {
                int[] n = victims(w, i + 2, to);
                if (n != null) {
                    return Count.exact(n[0], w.text().substring(w.charStart(i), w.charEnd(n[1])));
                }
            }
        }
        return null;
    }

    /** One person injured, told without a count, in tokens [from, to), or null. */
    static Count injured(Casualties.Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (INJURE_VERBS.contains(w.low(i)) && !(i > from && (w.aux(i - 1) || w.low(i - 1).equals("fatally")
                    || w.low(i - 1).equals("mortally"))) && !notDone(w, from, i)) {
                int[] n = victims(w, i + 1, to);
                if (n != null) {
                    return Count.exact(n[0], w.text().substring(w.charStart(i), w.charEnd(n[1])));
                }
            }
        }
        if (to <= from) {
            return null;
        }
        int a = w.charStart(from);
        int b = w.charEnd(to);
        Matcher m = ONE_INJURED_PASSIVE.matcher(w.text()).region(a, b);
        if (m.find() && singularSubject(w.text(), a, m.start())) {
            return Count.exact(1, m.group());
        }
        return null;
    }

    private static final Pattern NEGATED_OR_PLURAL_BEFORE = Pattern.compile(
            "(?s).*\\b(?:no|none|nobody|no one|neither|nor|not|whom|which|who|others?|any)\\s+\\S*\\s*$");
    private static final Pattern NOBODY_BEFORE = Pattern.compile("(?s).*\\b(?:no one|nobody|none)\\b.*");

    /** No plural subject and no count before the passive: "the mayor was wounded", not "no one was wounded". */
    private static boolean singularSubject(String text, int from, int at) {
        String before = text.substring(Math.max(from, at - 40), at).toLowerCase(java.util.Locale.ROOT);
        return !NEGATED_OR_PLURAL_BEFORE.matcher(before).matches() && !NOBODY_BEFORE.matcher(before).matches();
    }

    private static boolean notDone(Casualties.Words w, int from, int verb) {
        for (int k = verb - 1; k >= Math.max(from, verb - 3); k--) {
            if (NOT_DONE.contains(w.low(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word of cause among the {@code window} tokens before {@code noun} (the whole sentence: noun = its end). */
    private static boolean causeBefore(Casualties.Words w, int from, int noun, int window) {
        for (int k = noun - 1; k >= Math.max(from, noun - window); k--) {
            if (CAUSE.contains(w.low(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The victims named from token {@code at}: "a young shepherd", "the district judge", "Colonel Ahmed Salim", joined by
     * "and" ("a guard and a driver" = 2). Returns {count, end token exclusive} or null when no single victim is named.
     */
    private static int[] victims(Casualties.Words w, int at, int to) {
        int end = one(w, at, to);
        if (end < 0) {
            return null;
        }
        int n = 1;
        end = apposition(w, end, to);
        boolean named = upper(w, at);
        for (int items = 1; items < 4 && end + 1 < to && w.low(end).equals("and"); items++) {
            int next = one(w, end + 1, to);
            String d = w.low(end + 1);
            boolean determined = d.equals("a") || d.equals("an") || d.equals("one") || OWNER.contains(d);
            if (next >= 0 && (determined || named && upper(w, end + 1))) {
                n++;
                end = apposition(w, next, to);
                continue;
            }
            int k = end + 1;
            if (k + 1 < to && (w.low(k).equals("at") && w.low(k + 1).equals("least"))) {
                k += 2;
            }
            Integer more = k < to ? value(w.low(k)) : null;
            if (more == null || more <= 0) {
                break;
            }
            n += more; // "the governor and at least 9 other people"
            int last = nounEnd(w, k + 1, to);
            end = last < 0 ? k + 1 : last;
            break;
        }
        return new int[] {n, end};
    }

    /** "the head of the trade council": the end of the "of" phrase after a victim's head noun, else {@code end}. */
    private static int ofPhrase(Casualties.Words w, int end, int to) {
        if (end + 1 >= to || !w.low(end).equals("of")) {
            return end;
        }
        int k = end + 1;
        if (OWNER.contains(w.low(k)) || w.low(k).equals("a") || w.low(k).equals("an")) {
            k++;
        }
        int start = k;
        while (k < to && k - start < 6 && word(w.low(k)) && !STOP.contains(w.low(k))) {
            k++;
        }
        return k > start ? k : end;
    }

    /** After "the head of the council, Ali Hassan, and ...": the token after the name's closing comma, else {@code end}. */
    private static int apposition(Casualties.Words w, int end, int to) {
        if (end + 2 >= to || !w.low(end).equals(",") || !upper(w, end + 1)) {
            return end;
        }
        int k = end + 1;
        while (k < to && k - end < 6 && (upper(w, k) || w.low(k).equals("-"))) {
            k++;
        }
        return k + 1 < to && w.low(k).equals(",") && w.low(k + 1).equals("and") ? k + 1 : end;
    }

    /** The end (exclusive) of one victim's phrase at token {@code at}, or -1. */
    private static int one(Casualties.Words w, int at, int to) {
        if (at >= to) {
            return -1;
        }
        String d = w.low(at);
        QuantityLexicon lex = QuantityLexicon.standard();
        if (d.equals("a") || d.equals("an") || d.equals("one")) {
            int k = at + 1;
            if (k >= to || NOT_ONE.contains(w.low(k)) || number(lex, w.low(k))) {
                return -1;
            }
            int last = nounEnd(w, k, to);
            if (last < 0) {
                return -1;
            }
            String head = w.low(last - 1);
            return plural(head) ? -1 : ofPhrase(w, last, to);
        }
        if (OWNER.contains(d)) {
            int k = at + 1;
            if (k >= to || number(lex, w.low(k)) || !lower(w, k)) {
                return -1;
            }
            int last = nounEnd(w, k, to);
            if (last < 0) {
                return -1;
            }
            String head = w.low(last - 1);
            if (plural(head) || !(lex.is(head, Cls.PERSON) || PERSON_ROLES.contains(head))) {
                return -1;
            }
            return ofPhrase(w, last, to);
        }
        if (upper(w, at) && !DAYS.contains(d) && !(lex.is(d, Cls.PERSON) && plural(d))) {
            int k = at;
            while (k < to && k - at < 6 && (upper(w, k) || w.low(k).equals(".") && k > at && w.low(k - 1).length() == 1)) {
                k++;
            }
            if (k < to && lower(w, k) && plural(w.low(k))) {
                return -1; // "killed Afghan soldiers", "killed US troops"
            }
            if (k < to && lower(w, k) && person(lex, w.low(k))) {
                return k + 1; // "kill NISS officer"
            }
            if (k - at == 1 && (d.length() <= 3 || d.endsWith("s"))) {
                return -1; // "killed IS", "killed Christians": a group, not a person
            }
            if (k < to && w.low(k).equals("'s")) {
                return -1;
            }
            return k;
        }
        if (lower(w, at) && !number(lex, d) && !STOP.contains(d) && !BARE_NOT.contains(d)) {
            int last = nounEnd(w, at, to);
            if (last < 0) {
                return -1;
            }
            for (int k = at; k < last; k++) {
                if (plural(w.low(k)) || BARE_NOT.contains(w.low(k))) {
                    return -1;
                }
            }
            return person(lex, w.low(last - 1)) ? last : -1; // "killed former separatist leader"
        }
        return -1;
    }

    private static final Set<String> BARE_NOT = Set.of("several", "many", "some", "dozens", "scores", "hundreds", "all",
            "both", "each", "every", "any", "no", "most", "few", "more", "other", "others", "another", "him", "her", "them",
            "himself", "herself", "themselves", "it", "people", "anyone", "everyone", "someone", "nobody", "least");

    private static boolean person(QuantityLexicon lex, String x) {
        return !plural(x) && (lex.is(x, Cls.PERSON) || PERSON_ROLES.contains(x));
    }

    /** Roles of one person that the quantity lexicon does not list. */
    private static final Set<String> PERSON_ROLES = Set.of("driver", "commander", "mayor", "governor", "leader", "chief",
            "head", "judge", "journalist", "priest", "imam", "teacher", "student", "son", "daughter", "wife", "husband",
            "father", "mother", "brother", "sister", "bodyguard", "owner", "minister", "president", "deputy", "official",
            "politician", "councillor", "councilor", "lawyer", "doctor", "nurse", "editor", "reporter", "photographer",
            "cameraman", "pilot", "shepherd", "farmer", "trader", "businessman", "shopkeeper", "man", "woman", "boy", "girl",
            "child", "teenager", "baby", "infant", "victim", "hostage", "cleric", "chairman", "secretary", "ambassador",
            "attaché", "attache", "envoy", "diplomat", "consul", "general", "colonel", "major", "captain", "lieutenant",
            "sergeant", "constable", "guard", "soldier", "officer", "policeman", "policewoman", "activist", "worker",
            "employee", "engineer", "contractor", "elder", "tribesman", "villager", "resident", "civilian", "passenger",
            "occupant", "host", "manager", "director", "candidate", "legislator", "lawmaker", "senator", "mp", "blogger",
            "writer", "professor", "principal", "monk", "nun", "pastor", "bishop", "rabbi", "sheikh", "missionary", "pilgrim",
            "fighter", "militant", "rebel", "member", "supporter", "informant", "informer", "collaborator", "suspect",
            "prisoner", "detainee", "inmate", "guide", "translator", "interpreter", "aide", "assistant", "relative", "cousin",
            "uncle", "nephew", "neighbour", "neighbor", "friend", "colleague", "sheriff", "warden", "ranger", "tourist");

    /** The token after a noun phrase of lower-case modifiers and a head starting at k (at most 4 words), or -1. */
    private static int nounEnd(Casualties.Words w, int k, int to) {
        int last = -1;
        int i = k;
        while (i < to && i - k < 5) {
            String x = w.low(i);
            if (x.equals("-") && last > 0 && i + 1 < to) {
                i++; // "16-year-old", "pro-government"
                continue;
            }
            if (!word(x)) {
                break;
            }
            if (STOP.contains(x) && i > k) {
                break;
            }
            last = i + 1;
            i++;
        }
        return last;
    }

    private static final Set<String> STOP = Set.of("and", "or", "in", "on", "at", "of", "from", "to", "by", "with", "who",
            "that", "which", "when", "while", "after", "before", "during", "near", "outside", "inside", "as", "for", "was",
            "were", "is", "are", "had", "has", "have", "the", "a", "an", "his", "her", "their", "its", "but", "then",
            "late", "early", "last", "this", "into", "dead", "alive", "down", "along", "over", "under", "across", "behind", "between", "than");

    private static boolean word(String x) {
        if (x.isEmpty()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            char ch = x.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '\'' || ch == '.')) {
                return false;
            }
        }
        return Character.isLetter(x.charAt(0)) || Character.isDigit(x.charAt(0)) && x.contains("-");
    }

    /** The value of a number token ("21", "three"), or null. */
    private static Integer value(String x) {
        if (!x.isEmpty() && x.chars().allMatch(Character::isDigit) && x.length() < 6) {
            return Integer.valueOf(x);
        }
        QuantityLexicon.NumberWord nw = QuantityLexicon.standard().number(x);
        return nw != null && (nw.kind().equals("unit") || nw.kind().equals("teen") || nw.kind().equals("tens")) ? (int) nw.value() : null;
    }

    private static boolean number(QuantityLexicon lex, String x) {
        return !x.isEmpty() && Character.isDigit(x.charAt(0)) && !x.contains("-") || lex.number(x) != null || lex.vague(x) != null;
    }

    private static boolean plural(String head) {
        return head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")
                || COLLECTIVE.contains(head);
    }

    private static boolean upper(Casualties.Words w, int i) {
        String t = w.text();
        int s = w.charStart(i);
        return s < t.length() && Character.isUpperCase(t.charAt(s)) && word(w.low(i));
    }

    private static boolean lower(Casualties.Words w, int i) {
        String t = w.text();
        int s = w.charStart(i);
        return s < t.length() && Character.isLowerCase(t.charAt(s));
    }
}
