package org.sitrep.model;

/**
 * An actor: a catalogue entry ({@code id} non-null) or an actor found in text but not catalogued.
 *
 * @param country ISO alpha-2 code or null
 * @param parent id of the parent/affiliated actor, or null
 * @param reporter true for offices that only report (State Department, ministries' spokesmen): sources of
 *                 accounts, not participants
 */
public record Actor(String id, String name, ActorKind kind, String country, String parent, boolean reporter) {
}
