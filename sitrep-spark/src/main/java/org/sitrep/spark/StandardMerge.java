package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.merge.BlockingKey;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.Similarity;
import org.sitrep.model.Event;

/**
 * The standard cross-article merge ({@code sitrep extract --merge}, {@link EventMerger}) as a {@link MergeSpec}.
 * It is blocked as the spec requires: {@link EventMerger} only compares events that share a {@link BlockingKey}
 * (country, ISO week, event group), joins clusters only along pairs scoring at least {@link Similarity#THRESHOLD},
 * and visits those pairs in an order (score, then canonical order) that is the same within any subset, so each
 * linked component merges alone to what it merges to among all events.
 */
public final class StandardMerge implements MergeSpec {
    private static final long serialVersionUID = 1L;

    public static MergeSpec spec() {
        return new StandardMerge();
    }

    @Override
    public List<String> blocks(Event e) {
        List<BlockingKey> keys = BlockingKey.of(e);
        List<String> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(k.toString()));
        return out;
    }

    @Override
    public boolean linked(Event a, Event b) {
        return Similarity.score(a, b) >= Similarity.THRESHOLD;
    }

    @Override
    public List<Event> merge(List<Event> events) {
        return EventMerger.merge(events);
    }
}
