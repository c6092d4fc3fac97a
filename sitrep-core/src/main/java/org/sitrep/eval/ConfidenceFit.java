package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.events.Calibration;

/**
 * Re-fits the bundled confidence table ({@code events/confidence.tsv}) from evaluation runs: for the top event of
 * each gold record, its raw detector score (recovered from the emitted confidence with the calibration that produced
 * it) and whether its type was right. Each gold file weighs the same, whatever its size; the per-band rates are made
 * non-decreasing by weighted pool-adjacent-violators (isotonic regression). The table it writes loads with
 * {@link Calibration}; only rates and counts are kept, no record text.
 */
public final class ConfidenceFit {
    /** Band edges of the raw score: coarse where few events fall, 0.05 wide where most do. */
    static final double[] EDGES = {0.0, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 1.0};

    private final Calibration current;
    private final Map<String, List<EvalReport.ConfidenceSample>> files = new LinkedHashMap<>();

    /** @param current the calibration the evaluated pipeline used (to turn confidences back into raw scores) */
    public ConfidenceFit(Calibration current) {
        this.current = current;
    }

    /** Adds one file's samples; a report without samples (no typed event gold) is ignored. */
    public void add(EvalReport report) {
        if (!report.confidenceSamples().isEmpty()) {
            files.computeIfAbsent(report.file(), k -> new ArrayList<>()).addAll(report.confidenceSamples());
        }
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The files the fit uses, in the order added. */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    /** The fitted rate per band, after the isotonic pass; bands no sample fell in take their left neighbour's rate. */
    double[] rates() {
        return rates(tally());
    }

    /** Per band: the file-weighted right and total weights, and the raw sample count; one pass over the samples. */
    private record Tally(double[] ok, double[] weight, long[] n) {
    }

    private Tally tally() {
        int bands = EDGES.length - 1;
        Tally t = new Tally(new double[bands], new double[bands], new long[bands]);
        for (List<EvalReport.ConfidenceSample> samples : files.values()) {
            double w = 1.0 / samples.size();
            for (EvalReport.ConfidenceSample s : samples) {
                int b = band(current.rawScore(s.confidence()));
                t.weight()[b] += w;
                t.ok()[b] += s.typeRight() ? w : 0;
                t.n()[b]++;
            }
        }
        return t;
    }

    private static double[] rates(Tally t) {
        int bands = EDGES.length - 1;
        double[] ok = t.ok();
        double[] weight = t.weight();
        // pool adjacent violators over the non-empty bands
        double[] blockRate = new double[bands];
        double[] blockWeight = new double[bands];
        int[] blockEnd = new int[bands];
        int blocks = 0;
        for (int b = 0; b < bands; b++) {
            if (weight[b] == 0) {
                continue;
            }
            blockRate[blocks] = ok[b] / weight[b];
            blockWeight[blocks] = weight[b];
            blockEnd[blocks] = b;
            blocks++;
            while (blocks > 1 && blockRate[blocks - 2] > blockRate[blocks - 1]) {
                double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockRate[blocks - 2] = (blockRate[blocks - 2] * blockWeight[blocks - 2]
                        + blockRate[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                blockEnd[blocks - 2] = blockEnd[blocks - 1];
                blocks--;
            }
        }
        if (blocks == 0) {
            throw new IllegalStateException("no confidence samples: evaluate ACLED or GTD gold files first");
        }
        double[] rate = new double[bands];
        int k = 0;
        for (int b = 0; b < bands; b++) {
            while (k < blocks - 1 && b > blockEnd[k]) {
                k++;
            }
            rate[b] = round3(blockRate[k]);
        }
        return rate;
    }

    /** Raw sample counts per band (all files together). */
    long[] counts() {
        return tally().n();
    }

    /** The table, in the {@code events/confidence.tsv} format, with worked examples of the new table. */
    public String table() {
        Tally t = tally();
        double[] rate = rates(t);
        long[] n = t.n();
        StringBuilder rows = new StringBuilder();
        for (int b = 0; b < rate.length; b++) {
            rows.append(String.format(Locale.ROOT, "%.2f\t%.2f\t%.3f\t%d%n", EDGES[b], EDGES[b + 1], rate[b], n[b]));
        }
        String header = "# format: sitrep-tsv 1\n"
                + "# name: confidence\n"
                + "# source: measured for sitrep on the development sets (" + String.join(", ", files.keySet())
                + "; each file weighted equally) by `sitrep eval --fit-confidence`: for the highest-scored event of each"
                + " record, the share whose event type matches the coded type (evaluation.md protocol), per band of the"
                + " detector's raw score, made non-decreasing by pool-adjacent-violators (isotonic regression). Only rates"
                + " are kept; no record text.\n"
                + "# licence: Apache-2.0\n"
                + "# columns: score_from\tscore_to\trate\trecords\n"
                + "## The detector scores each event from its features (trigger strength, named agent, resolved place,"
                + " casualty count,\n"
                + "##   corroborating mentions, claimed or alleged status, position in the document); an event's confidence"
                + " is the\n"
                + "##   measured rate of its score band, interpolated linearly between band centres, plus (score - 0.5) /"
                + " 100 so that\n"
                + "##   events keep the order of their scores. Re-fit with `sitrep eval --fit-confidence FILE` on the ACLED"
                + " and GTD\n"
                + "##   dev sets whenever the detector changes, then check confidence.ece in the same run's output.\n";
        String text = header + rows;
        Calibration fitted = Calibration.parse("events/confidence.tsv", text);
        StringBuilder examples = new StringBuilder();
        for (double x : new double[] {0.30, 0.72, 0.95}) {
            examples.append(String.format(Locale.ROOT, "# example: %.2f\t=>\t%.3f%n", x, fitted.of(x)));
        }
        return header + examples + rows;
    }

    static int band(double raw) {
        for (int b = 1; b < EDGES.length - 1; b++) {
            if (raw < EDGES[b]) {
                return b - 1;
            }
        }
        return EDGES.length - 2;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
