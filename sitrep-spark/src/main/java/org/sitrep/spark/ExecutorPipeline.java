package org.sitrep.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/**
 * The pipeline of this JVM (a Spark executor, or the driver in local mode): built on first use with its
 * gazetteer and catalogues, then shared by every task the executor runs (stages are stateless and thread-safe).
 */
public final class ExecutorPipeline {
    private static final Map<String, DocumentRunner> RUNNERS = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorPipeline() {
    }

    /** The runner for {@code config}'s resources; the first call in a JVM loads them, later calls reuse them. */
    public static DocumentRunner runner(BatchConfig config) {
        String key = config.gazetteerDir() + "\u0000" + config.detectLanguage();
        return RUNNERS.computeIfAbsent(key, k -> {
            LOADS.incrementAndGet();
            Resources resources = new Resources(config.gazetteerDir() == null ? null : Path.of(config.gazetteerDir()));
            return new DocumentRunner(Pipelines.standard(resources), 1, config.detectLanguage());
        });
    }

    /** How many times this JVM has loaded the pipeline's resources (one per distinct configuration). */
    public static int loads() {
        return LOADS.get();
    }
}
