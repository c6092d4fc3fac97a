package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Re-runs the current pipeline over every stored document and re-merges; analyst corrections survive.")
public final class ReprocessCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        var pipeline = Runs.pipeline(input);
        try (Store store = storeOptions.open()) {
            DocumentRunner runner = new DocumentRunner(pipeline, input.threads, false);
            List<String> ids = store.documentIds();
            Iterable<InputItem> items = () -> ids.stream().<InputItem>map(id -> {
                Store.StoredDoc d = store.document(id).orElseThrow();
                DocumentMeta meta = new DocumentMeta(d.url(), d.title(),
                        d.published() == null ? null : java.time.LocalDate.parse(d.published()), "store", null);
                return new InputItem.Doc(id, Document.of(id, d.text(), meta));
            }).iterator();
            int[] n = {0, 0};
            int failed = runner.run(items, r -> {
                if (!r.ok()) {
                    System.err.println("sitrep: skipped " + r.failure());
                    return;
                }
                List<Event> ev = r.document().has(Layers.EVENTS) ? r.document().get(Layers.EVENTS) : List.of();
                store.replaceEvents(r.document().id(), ev);
                n[0]++;
                n[1] += ev.size();
            });
            int parts = store.rebuildDirty();
            System.err.printf(java.util.Locale.ROOT, "sitrep: reprocessed %d documents (%d events, %d skipped), %d partitions re-merged; %s%n",
                    n[0], n[1], failed, parts, store.counts());
            return failed > 0 ? Main.SKIPPED : Main.OK;
        }
    }
}
