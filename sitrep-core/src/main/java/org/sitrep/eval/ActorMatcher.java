package org.sitrep.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.events.CountryNames;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.EventActor;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resources.ResourceFile;

/**
 * Lenient actor identity for evaluation (evaluation.md: "the same real-world actor, judged leniently on identity,
 * not on ACLED's spelling"). A gold name matches a predicted actor when: it is a generic ACLED/UCDP state,
 * protester, rioter or civilian name and the kinds and countries agree; or their normalised names, acronyms or
 * alias groups ({@code eval/actor-aliases.tsv}) agree; or the pipeline's own actor recogniser reads the gold name
 * as the predicted actor's catalogue id. Unscored gold names (unidentified, unknown) give null. Thread-safe.
 */
public final class ActorMatcher {
    private static final Pattern STATE = Pattern.compile(
            "^(?:military|police|armed|security|navy|air) forces of (?:the )?([^()]+?)(?: \\(.*)?$|^government of (?:the )?([^()]+?)(?: \\(.*)?$");
    private static final Pattern GENERIC = Pattern.compile("^(protesters|rioters|civilians|labour group|students|"
            + "prisoners|refugees/idps|journalists|health workers|lawyers|women|farmers|teachers|government) \\(([^)]+)\\)");
    private static final Pattern UNSCORED = Pattern.compile("^(unidentified|unknown|other|none|n/a|-9|individual|"
            + "private security|sole perpetrator|gunmen)\\b.*");
    private static final Set<String> STOP = Set.of("the", "of", "and", "for", "in", "de", "al", "el", "movement",
            "group", "forces", "force", "militia", "army", "front", "party", "organization", "organisation");

    private final Map<String, Integer> aliasGroup = new HashMap<>();
    private final Pipeline pipeline;
    private final Map<String, Set<String>> resolved = new ConcurrentHashMap<>();
    private final CountryNames countries = CountryNames.bundled();

    /** @param pipeline used to read gold names with the pipeline's own actor recogniser; null to skip that */
    public ActorMatcher(Pipeline pipeline) {
        this.pipeline = pipeline;
        ResourceFile f = ResourceFile.load("eval/actor-aliases.tsv");
        int g = 0;
        for (ResourceFile.Row r : f.rows()) {
            g++;
            for (String a : r.get(1).split("\\|")) {
                if (!a.isBlank()) {
                    aliasGroup.put(norm(a), g);
                }
            }
        }
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        n = n.replaceAll("\\(\\d{4}-?\\d{0,4}\\)", " ").replaceAll("[^a-z0-9]+", " ").trim();
        return n.replaceAll("\\s+", " ");
    }

    /** Whether a gold actor name is scored at all. */
    public boolean scored(String gold) {
        if (gold == null || gold.isBlank()) {
            return false;
        }
        return !UNSCORED.matcher(gold.trim().toLowerCase(Locale.ROOT)).matches();
    }

    private Set<String> aliases(String name) {
        Set<String> out = new HashSet<>();
        String raw = name.trim();
        // "TTP: Tehreek-i-Taliban Pakistan", "Earth Liberation Front (ELF)"
        int colon = raw.indexOf(':');
        if (colon > 0 && colon < 20) {
            out.add(norm(raw.substring(0, colon)));
            raw = raw.substring(colon + 1).trim();
        }
        Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(raw);
        while (m.find()) {
            String inner = m.group(1).trim();
            if (inner.matches("[A-Z][A-Za-z0-9&/-]{1,9}") && inner.chars().filter(Character::isUpperCase).count() >= 2) {
                out.add(norm(inner));
            }
        }
        // "Military Forces of Yemen (2016-) Supreme Political Council": a unit named after the dates is that unit when
        // the unit's name is itself a known alias (the Houthi-run forces), not when it is a branch ("Special Forces")
        Matcher unit = Pattern.compile("\\(\\d{4}-?\\d{0,4}\\)\\s+(.+)$").matcher(raw);
        if (unit.find() && aliasGroup.containsKey(norm(unit.group(1)))) {
            out.add(norm(unit.group(1)));
        }
        String base = raw.replaceAll("\\([^)]*\\)", " ");
        out.add(norm(base));
        out.add(norm(raw));
        for (String part : base.split(",| - ")) {
            if (!part.isBlank()) {
                out.add(norm(part));
            }
        }
        out.remove("");
        return out;
    }

    private static Set<String> content(String normed) {
        Set<String> w = new HashSet<>();
        for (String t : normed.split(" ")) {
            if (!t.isEmpty() && !STOP.contains(t)) {
                w.add(t);
            }
        }
        return w;
    }

    /**
     * Whether the predicted actor is the gold actor. {@code eventCountry} is the ISO code of the record's country
     * (for generic names without a country of their own).
     */
    public boolean matches(String gold, EventActor pred, String eventCountry) {
        if (pred == null || gold == null) {
            return false;
        }
        String g = gold.trim().toLowerCase(Locale.ROOT);
        Matcher st = STATE.matcher(g);
        if (st.find()) {
            String country = st.group(1) != null ? st.group(1) : st.group(2);
            String iso = countries.iso(country.replaceAll("\\s+(military|police|navy).*$", "").trim());
            if (pred.kind() == ActorKind.STATE_FORCES) {
                String pc = pred.country() != null ? pred.country() : eventCountry;
                if (iso == null || iso.equals(pc)) {
                    return true;
                }
            }
        }
        Matcher ge = GENERIC.matcher(g);
        if (ge.find()) {
            String what = ge.group(1);
            ActorKind want = what.equals("protesters") ? ActorKind.PROTESTERS : what.equals("rioters") ? ActorKind.RIOTERS
                    : what.equals("government") ? ActorKind.STATE_FORCES : ActorKind.CIVILIANS;
            String iso = countries.iso(ge.group(2));
            String pc = pred.country() != null ? pred.country() : eventCountry;
            boolean sameCountry = iso == null || pc == null || iso.equals(pc);
            boolean crowd = (want == ActorKind.PROTESTERS || want == ActorKind.RIOTERS)
                    && (pred.kind() == ActorKind.PROTESTERS || pred.kind() == ActorKind.RIOTERS);
            if ((pred.kind() == want || crowd) && sameCountry) {
                return true; // the same crowd, whether the coder judged it violent or not
            }
        }
        Set<String> ga = aliases(gold);
        Set<String> pa = new HashSet<>();
        pa.addAll(aliases(pred.name()));
        if (pred.text() != null) {
            pa.addAll(aliases(pred.text()));
        }
        if (pred.id() != null) {
            pa.add(norm(pred.id()));
        }
        for (String x : ga) {
            if (pa.contains(x)) {
                return true;
            }
            Integer gx = aliasGroup.get(x);
            if (gx != null) {
                for (String y : pa) {
                    if (gx.equals(aliasGroup.get(y))) {
                        return true;
                    }
                }
            }
        }
        // word containment of content words ("Al Shabaab" ~ "al-Shabaab militants")
        for (String x : ga) {
            Set<String> wx = content(x);
            if (wx.isEmpty()) {
                continue;
            }
            for (String y : pa) {
                Set<String> wy = content(y);
                if (!wy.isEmpty() && (wy.containsAll(wx) || wx.containsAll(wy))) {
                    return true;
                }
            }
        }
        if (pred.id() != null && pipeline != null) {
            return resolve(gold).contains(pred.id());
        }
        return false;
    }

    /** Catalogue ids the pipeline's actor recogniser finds in the gold name. */
    private Set<String> resolve(String gold) {
        return resolved.computeIfAbsent(gold, k -> {
            Set<String> ids = new HashSet<>();
            try {
                Document d = pipeline.process(Document.of("actor-name", k.replaceAll("\\(\\d{4}-?\\d{0,4}\\)", "").trim()));
                if (d.has(Layers.ACTORS)) {
                    for (ActorMention a : d.get(Layers.ACTORS)) {
                        if (a.actor() != null && a.actor().id() != null) {
                            ids.add(a.actor().id());
                        }
                    }
                }
            } catch (RuntimeException e) {
                // a name the pipeline cannot read resolves to nothing
            }
            return ids;
        });
    }

    /** Names of all the predicted actors in role ACTOR1 (for miss dumps). */
    static List<String> names(List<EventActor> actors) {
        List<String> l = new ArrayList<>();
        for (EventActor a : actors) {
            l.add(a.role().json() + ":" + a.name());
        }
        return l;
    }
}
