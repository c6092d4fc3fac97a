package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores of one gold file: named metrics in a stable order, each a fraction or a count. */
public final class EvalReport {
    private final String file;
    private final String dataset;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<ConfidenceSample> confidenceSamples = new ArrayList<>();

    /** The top event's confidence for one gold record and whether its type matched the gold (for re-fitting). */
    public record ConfidenceSample(double confidence, boolean typeRight) {
    }

    public EvalReport(String file, String dataset) {
        this.file = file;
        this.dataset = dataset;
    }

    public String file() {
        return file;
    }

    public String dataset() {
        return dataset;
    }

    /** Records a ratio; a zero denominator records NaN (printed as n/a). */
    public EvalReport ratio(String name, long numerator, long denominator) {
        metrics.put(name, denominator == 0 ? Double.NaN : (double) numerator / denominator);
        counts.put(name + ".n", denominator);
        return this;
    }

    public EvalReport metric(String name, double value) {
        metrics.put(name, value);
        return this;
    }

    public EvalReport count(String name, long value) {
        counts.put(name, value);
        return this;
    }

    EvalReport sample(double confidence, boolean typeRight) {
        confidenceSamples.add(new ConfidenceSample(confidence, typeRight));
        return this;
    }

    /** Per record, the top event's confidence and whether its type was right (event files only; else empty). */
    public List<ConfidenceSample> confidenceSamples() {
        return Collections.unmodifiableList(confidenceSamples);
    }

    public Map<String, Double> metrics() {
        return metrics;
    }

    public Map<String, Long> counts() {
        return counts;
    }

    public double get(String metric) {
        Double d = metrics.get(metric);
        if (d == null) {
            throw new IllegalArgumentException("no metric '" + metric + "' in report of " + file + "; have " + metrics.keySet());
        }
        return d;
    }

    /** One readable block: the file, then "metric  value  (n=denominator)" lines. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(" [").append(dataset).append("]\n");
        metrics.forEach((k, v) -> {
            Long n = counts.get(k + ".n");
            sb.append(String.format(Locale.ROOT, "  %-28s %s%s%n", k, Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v),
                    n == null ? "" : "  (n=" + n + ")"));
        });
        counts.forEach((k, v) -> {
            if (!k.endsWith(".n")) {
                sb.append(String.format(Locale.ROOT, "  %-28s %d%n", k, v));
            }
        });
        return sb.toString();
    }
}
