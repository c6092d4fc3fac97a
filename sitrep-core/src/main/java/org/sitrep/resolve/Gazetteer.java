package org.sitrep.resolve;

import java.util.List;
import org.sitrep.model.Place;

/**
 * A read-only place-name index. Names are looked up by {@link NameKey} (normalised, accent-folded);
 * implementations are immutable and safe to share between threads.
 */
public interface Gazetteer {
    /** {@link #probe} bit: some place has exactly this name. */
    int NAME = 1;
    /** {@link #probe} bit: this is the first part (whole tokens) of a longer name. */
    int PREFIX = 2;

    /** {@link #NAME} and/or {@link #PREFIX} bits for a key, 0 when unknown. */
    int probe(long key);

    /** Places with this name key, best prior first (countries, regions, then by population); empty if none. */
    List<Place> candidates(long key);

    /** At most {@code limit} places with this name key, best prior first. */
    default List<Place> candidates(long key, int limit) {
        List<Place> all = candidates(key);
        return all.size() <= limit ? all : all.subList(0, limit);
    }

    /** The country entry for an ISO 3166-1 alpha-2 code, or null. */
    Place country(String iso2);

    /** The first-order division of a country by its GeoNames admin1 code, or null. */
    Place admin1(String iso2, String admin1Code);

    /** The national capital (feature code PPLC) of a country by ISO 3166-1 alpha-2 code, or null. */
    default Place capital(String iso2) {
        return null;
    }

    /** Number of places. */
    int size();

    /** Where the index came from, for messages and the pipeline version. */
    String description();

    default List<Place> candidates(String name) {
        return candidates(NameKey.of(name));
    }
}
