package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.sitrep.model.Event;

/**
 * The cross-article merge as the distributed step sees it. {@link DistributedMerge} gives the same result as
 * {@link #merge} over all events at once provided the merge is <em>blocked</em>: two events can only end up in one
 * merged event through a chain of {@link #linked} pairs that each share a {@link #blocks} key, and the merge of a
 * set of events is the union of the merges of its linked components.
 */
public interface MergeSpec extends Serializable {
    /** The blocking keys an event is filed under (country, week and type in the standard merge). */
    List<String> blocks(Event e);

    /** Whether two events of one block are a candidate pair the merge may join. Pure and symmetric. */
    boolean linked(Event a, Event b);

    /** The single-process merge: a pure function of the set of events. */
    List<Event> merge(List<Event> events);
}
