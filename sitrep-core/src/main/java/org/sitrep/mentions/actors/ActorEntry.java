package org.sitrep.mentions.actors;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * One actor of the catalogue. A template entry ({@code focus} true, id with {@code @}) stands for one actor per
 * country, the country being taken from the document ("Civilians (@)" becomes "Civilians (Libya)").
 *
 * @param from first day the actor is valid, or null
 * @param to last day the actor is valid, or null
 * @param generic a class of actors rather than a named one ("militants", "civilians")
 * @param focus the country comes from the document's focus country
 * @param anaphor a definite mention ("the militants") refers back to the salient armed group
 * @param ref a public reference for the entry (Wikipedia title, UCDP actor name)
 */
public record ActorEntry(String id, String name, ActorKind kind, String country, String parent, LocalDate from,
                         LocalDate to, boolean reporter, boolean generic, boolean focus, boolean anaphor, String ref,
                         List<String> aliases) {

    public boolean validOn(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** True for named non-state armed groups (the antecedents that "the group" may refer to). */
    public boolean isArmedGroup() {
        return !generic && !focus && !reporter && (kind == ActorKind.REBEL_GROUP || kind == ActorKind.POLITICAL_MILITIA
                || kind == ActorKind.IDENTITY_MILITIA);
    }

    public Actor toActor() {
        return new Actor(id, name, kind, country, parent, reporter);
    }

    /** The actor for a template entry in a document whose focus country is {@code iso2} ({@code countryName}). */
    public Actor toActor(String iso2, String countryName) {
        if (!focus) {
            return toActor();
        }
        if (iso2 == null) {
            return new Actor(null, name.replace(" (@)", "").replace(" of @", "").replace("@", "").trim(), kind, null, parent,
                    reporter);
        }
        return new Actor(id.replace("@", iso2), name.replace("@", countryName), kind, iso2,
                parent == null ? null : parent.replace("@", iso2), reporter);
    }
}
