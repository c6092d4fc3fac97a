package org.sitrep.events;

import java.util.List;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * The final ordering of an event's two sides.
 *
 * <p>ACLED's codebook states that actor 1 and actor 2 carry no direction (not attacker and defender), and that every
 * event names an actor 1; actor 2 is optional. So an armed event whose report names only the state side (soldiers
 * wounded by a bomb, a patrol ambushed by unnamed gunmen) lists that side as actor 1, not as a lone actor 2.
 * An actor 2 naming the same group as actor 1 (two mentions of one side) is dropped; generic crowds, civilians
 * and unidentified groups, which may be two different bodies, are kept. Civilians alone are left as the victims of violence (actor 2): their attacker is unknown, not absent.
 *
 * <p>No general "state side first" rule for two named sides is applied: counted on the ACLED development sets, the
 * state side of a battle or remote-violence event with a non-state opponent is actor 1 in 108 of 113 named dyads of
 * the Africa 2016 file, but in only 401 of 875 in South/South-East Asia 2015 and 481 of 953 in the 2020 global file
 * (78 of 162 for its African events), so the order follows the text.
 *
 * <p>Stateless and thread-safe.
 */
final class ActorOrder {
    private ActorOrder() {
    }

    /** Removes an actor 2 that names the same actor as actor 1 ("troops and the X task force ... X task force"). */
    private static void dropSameSide(List<EventActor> actors) {
        EventActor a1 = null;
        int i2 = -1;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.role() == EventActor.Role.ACTOR1) {
                a1 = a;
            } else if (a.role() == EventActor.Role.ACTOR2) {
                i2 = i;
            }
        }
        if (a1 == null || i2 < 0) {
            return;
        }
        EventActor a2 = actors.get(i2);
        boolean same = a1.id() != null ? a1.id().equals(a2.id()) : a2.id() == null && a1.name().equals(a2.name())
                && java.util.Objects.equals(a1.country(), a2.country());
        if (same && a1.kind() != ActorKind.CIVILIANS && a1.kind() != ActorKind.UNKNOWN
                && a1.kind() != ActorKind.PROTESTERS && a1.kind() != ActorKind.RIOTERS) {
            actors.remove(i2);
        }
    }

    /**
     * Promotes a lone state or external-force actor 2 of an armed or strategic event to actor 1, in place.
     *
     * @param actors the event's actors as detected (mutable; at most one actor per role)
     * @param type   the event's type
     */
    static void apply(List<EventActor> actors, EventType type) {
        apply(actors, type, null, null, null);
    }

    /**
     * As {@link #apply(List, EventType)}; besides, a "government regains territory" event (by the codebook's
     * definition an act of the state's forces or their allies) whose report names only the side that lost the ground
     * gets the forces of the event's country as actor 1.
     *
     * @param subtype     the event's sub-event type, or null
     * @param iso         the event's country (ISO alpha-2), or null
     * @param countryName that country's name, or null
     */
    static void apply(List<EventActor> actors, EventType type, SubEventType subtype, String iso, String countryName) {
        dropSameSide(actors);
        if (subtype == SubEventType.GOVERNMENT_REGAINS_TERRITORY && iso != null && countryName != null
                && actors.stream().noneMatch(a -> a.role() == EventActor.Role.ACTOR1)) {
            EventActor lost = actors.stream().filter(a -> a.role() == EventActor.Role.ACTOR2).findFirst().orElse(null);
            if (lost != null && lost.kind() != ActorKind.STATE_FORCES && lost.kind() != ActorKind.EXTERNAL_OTHER
                    && lost.kind() != ActorKind.CIVILIANS) {
                actors.add(0, new EventActor(EventActor.Role.ACTOR1, "state:" + iso + ":military",
                        "Military Forces of " + countryName, ActorKind.STATE_FORCES, iso, null));
                return;
            }
        }
        if (type != EventType.BATTLES && type != EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && type != EventType.STRATEGIC_DEVELOPMENTS) {
            return;
        }
        int a2 = -1;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.role() == EventActor.Role.ACTOR1 || a.role() == EventActor.Role.ASSOCIATED1) {
                return;
            }
            if (a.role() == EventActor.Role.ACTOR2) {
                a2 = i;
            }
        }
        if (a2 < 0) {
            return;
        }
        EventActor a = actors.get(a2);
        if (a.kind() != ActorKind.STATE_FORCES && a.kind() != ActorKind.EXTERNAL_OTHER) {
            return;
        }
        actors.set(a2, new EventActor(EventActor.Role.ACTOR1, a.id(), a.name(), a.kind(), a.country(), a.text()));
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).role() == EventActor.Role.ASSOCIATED2) {
                EventActor s = actors.get(i);
                actors.set(i, new EventActor(EventActor.Role.ASSOCIATED1, s.id(), s.name(), s.kind(), s.country(), s.text()));
            }
        }
    }
}
