package org.sitrep.mentions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

class BenchScratchTest {
    @Test
    void bench() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var s = Files.list(Path.of("/work/shared/seeds"))) {
            for (Path p : s.toList()) {
                texts.add(Files.readString(p));
            }
        }
        Pipeline p = Pipelines.standard(Resources.bundled());
        for (int i = 0; i < 300; i++) {
            for (String t : texts) {
                p.process(Document.of("d", t));
            }
        }
        Pipeline q = Pipelines.standard(Resources.bundled());
        int n = 0;
        long chars = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            for (String t : texts) {
                q.process(Document.of("d", t));
                n++;
                chars += t.length();
            }
        }
        long dt = System.nanoTime() - t0;
        System.out.println("docs " + n + " avg chars " + chars / n + " docs/s " + n * 1e9 / dt);
        q.timings().forEach((k, v) -> System.out.println(k + " us/doc " + v / 1000.0 / 1000));
    }
}
