package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;

/**
 * One step of the pipeline. A stage is stateless and thread-safe after construction: one instance serves
 * every thread of the CLI, the server and a Spark executor. It reads the layers it {@link #requires()} and
 * returns a new document with the layers it {@link #produces()}; it never rewrites another stage's layer.
 */
public interface Stage {
    /** Stable name, e.g. "places.resolve". */
    String name();

    /** Version of the stage's logic and resources; part of the pipeline version. */
    String version();

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    Document process(Document doc);
}
