package org.sitrep.model;

/** Where an event happened. */
public record EventLocation(String name, String country, String admin1, Double lat, Double lon, Long geonamesId,
                            GeoPrecision precision, String text) {
    public static EventLocation unknown() {
        return new EventLocation(null, null, null, null, null, null, GeoPrecision.UNKNOWN, null);
    }
}
