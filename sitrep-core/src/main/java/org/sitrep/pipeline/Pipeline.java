package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.model.Document;
import org.sitrep.model.Layer;

/**
 * An ordered list of stages, checked when built: every required layer is produced by an earlier stage (or
 * supplied by the input), and no layer is produced twice. Thread-safe; records time per stage.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
    private final Map<String, LongAdder> calls = new LinkedHashMap<>();
    private final String version;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        StringBuilder v = new StringBuilder();
        for (Stage s : stages) {
            nanos.put(s.name(), new LongAdder());
            calls.put(s.name(), new LongAdder());
            v.append(s.name()).append('@').append(s.version()).append(';');
        }
        this.version = Integer.toHexString(v.toString().hashCode());
    }

    /** Builds and checks a pipeline; {@code given} are layers the input documents already carry. */
    public static Pipeline of(List<Stage> stages, Set<Layer<?>> given) {
        Map<Layer<?>, String> producedBy = new HashMap<>();
        for (Layer<?> g : given) {
            producedBy.put(g, "input");
        }
        Set<String> names = new java.util.HashSet<>();
        for (Stage s : stages) {
            if (!names.add(s.name())) {
                throw new PipelineException("stage name '" + s.name() + "' is used twice; stage names must be unique");
            }
            for (Layer<?> r : s.requires()) {
                if (!producedBy.containsKey(r)) {
                    throw new PipelineException("stage '" + s.name() + "' requires layer '" + r.name()
                            + "' but no earlier stage produces it; add a stage that produces it before '" + s.name()
                            + "' (produced so far: " + producedBy.keySet() + ")");
                }
            }
            for (Layer<?> p : s.produces()) {
                String prev = producedBy.put(p, s.name());
                if (prev != null) {
                    throw new PipelineException("layer '" + p.name() + "' is produced by both '" + prev + "' and '"
                            + s.name() + "'; a layer has exactly one producer");
                }
            }
        }
        return new Pipeline(stages);
    }

    public static Pipeline of(List<Stage> stages) {
        return of(stages, Set.of());
    }

    public List<Stage> stages() {
        return stages;
    }

    /** A short hash of the stage names and versions. */
    public String version() {
        return version;
    }

    public Document process(Document doc) {
        Document d = doc;
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            Document out = s.process(d);
            nanos.get(s.name()).add(System.nanoTime() - t0);
            calls.get(s.name()).increment();
            for (Layer<?> p : s.produces()) {
                if (!out.has(p)) {
                    throw new IllegalStateException("stage '" + s.name() + "' declares layer '" + p.name()
                            + "' but did not produce it for document " + d.id());
                }
            }
            d = out;
        }
        return d;
    }

    /** Cumulative nanoseconds per stage since construction, in pipeline order. */
    public Map<String, Long> timings() {
        Map<String, Long> m = new LinkedHashMap<>();
        nanos.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Stage s : stages) {
            out.add(s.name() + "@" + s.version() + " " + s.requires() + " -> " + s.produces());
        }
        return out;
    }
}
