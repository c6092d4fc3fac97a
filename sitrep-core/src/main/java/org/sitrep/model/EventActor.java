package org.sitrep.model;

/** An actor of an event in a role. */
public record EventActor(Role role, String id, String name, ActorKind kind, String country, String text) {
    public enum Role {
        ACTOR1, ACTOR2, ASSOCIATED1, ASSOCIATED2;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
