package org.sitrep.model;

/** ACLED sub-event types, each with the event type it belongs to. */
public enum SubEventType {
    ARMED_CLASH(EventType.BATTLES), GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES),
    CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE), AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE), SHELLING_ARTILLERY_MISSILE_ATTACK(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    REMOTE_EXPLOSIVE_LANDMINE_IED(EventType.EXPLOSIONS_REMOTE_VIOLENCE), GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS), ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS),
    ABDUCTION_FORCED_DISAPPEARANCE(EventType.VIOLENCE_AGAINST_CIVILIANS),
    PEACEFUL_PROTEST(EventType.PROTESTS), PROTEST_WITH_INTERVENTION(EventType.PROTESTS),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS),
    VIOLENT_DEMONSTRATION(EventType.RIOTS), MOB_VIOLENCE(EventType.RIOTS),
    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS), ARRESTS(EventType.STRATEGIC_DEVELOPMENTS),
    CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS), DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS),
    HEADQUARTERS_OR_BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS),
    LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS), OTHER(EventType.STRATEGIC_DEVELOPMENTS);

    private final EventType type;

    SubEventType(EventType type) {
        this.type = type;
    }

    public EventType type() {
        return type;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SubEventType fromJson(String s) {
        try {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sub-event type '" + s + "'", e);
        }
    }
}
