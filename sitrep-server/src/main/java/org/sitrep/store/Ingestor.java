package org.sitrep.store;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.DocumentRunner;

/** Runs the pipeline over input items and stores each document with its events (one transaction each), then merges. */
public final class Ingestor {
    /** Counts per outcome, and documents skipped with a reason. */
    public record Summary(Map<Store.Outcome, Integer> outcomes, int failed, int events, int partitionsRebuilt) {
        public int stored() {
            return outcomes.getOrDefault(Store.Outcome.STORED, 0) + outcomes.getOrDefault(Store.Outcome.REPLACED, 0)
                    + outcomes.getOrDefault(Store.Outcome.NEAR_DUPLICATE, 0);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d new or changed documents (%d near-duplicates kept as extra sources),"
                    + " %d unchanged, %d skipped; %d machine events; %d partitions re-merged", stored(),
                    outcomes.getOrDefault(Store.Outcome.NEAR_DUPLICATE, 0), outcomes.getOrDefault(Store.Outcome.UNCHANGED, 0),
                    failed, events, partitionsRebuilt);
        }
    }

    private final Store store;
    private final DocumentRunner runner;

    public Ingestor(Store store, DocumentRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    public Summary ingest(Iterable<InputItem> items, PrintStream err) {
        // a previous run killed before merging left dirty partitions: finish them first
        store.rebuildDirty();
        Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
        int[] events = {0};
        int failed = runner.run(items, r -> {
            if (!r.ok()) {
                err.println("sitrep: skipped " + r.failure());
                return;
            }
            List<Event> ev = r.document().has(Layers.EVENTS) ? r.document().get(Layers.EVENTS) : List.of();
            Store.Outcome o = store.ingest(r.document(), ev);
            outcomes.merge(o, 1, Integer::sum);
            if (o != Store.Outcome.UNCHANGED) {
                events[0] += ev.size();
            }
        });
        int rebuilt = store.rebuildDirty();
        return new Summary(outcomes, failed, events[0], rebuilt);
    }
}
