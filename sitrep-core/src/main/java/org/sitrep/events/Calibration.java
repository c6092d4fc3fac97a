package org.sitrep.events;

import org.sitrep.resources.ResourceFile;

/**
 * Turns the detector's raw event score into a calibrated confidence: the share of events with that score whose type
 * was right on the development sets ({@code events/confidence.tsv}, isotonic per score band), interpolated between
 * band centres, plus {@code (score - 0.5) / 100} so that the order of scores is kept exactly. Immutable and
 * thread-safe.
 */
public final class Calibration {
    private static final class Holder {
        static final Calibration BUNDLED = new Calibration(ResourceFile.load("events/confidence.tsv"));
    }

    private final double[] centre;
    private final double[] rate;

    Calibration(ResourceFile f) {
        int n = f.rows().size();
        if (n == 0) {
            throw new IllegalArgumentException(f.path() + " has no score bands; add rows 'score_from, score_to, rate, records'");
        }
        centre = new double[n];
        rate = new double[n];
        double prevTo = -1;
        double prevRate = -1;
        for (int i = 0; i < n; i++) {
            ResourceFile.Row r = f.rows().get(i);
            double from;
            double to;
            double p;
            try {
                from = Double.parseDouble(r.get(0));
                to = Double.parseDouble(r.get(1));
                p = Double.parseDouble(r.get(2));
            } catch (NumberFormatException e) {
                throw f.error(r, "score_from, score_to and rate must be decimal numbers such as 0.65");
            }
            if (to <= from || prevTo >= 0 && Math.abs(from - prevTo) > 1e-9) {
                throw f.error(r, "bands must be ascending and adjacent (this band must start at " + prevTo + ")");
            }
            if (p < 0 || p > 1 || p < prevRate) {
                throw f.error(r, "rate must lie in [0, 1] and never fall from one band to the next (re-run the isotonic fit)");
            }
            centre[i] = (from + to) / 2;
            rate[i] = p;
            prevTo = to;
            prevRate = p;
        }
    }

    /** A calibration read from table text in the {@code events/confidence.tsv} format ({@code path} names it in errors). */
    public static Calibration parse(String path, String text) {
        return new Calibration(ResourceFile.parse(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The bundled calibration. */
    public static Calibration bundled() {
        return Holder.BUNDLED;
    }

    /**
     * The raw score whose calibrated confidence is {@code confidence}: the inverse of {@link #of}, found by bisection
     * (exact to the 6 decimals {@code of} keeps, since {@code of} is strictly increasing). Confidences below
     * {@code of(0)} give 0 and above {@code of(1)} give 1. Used to re-fit the table from emitted events.
     */
    public double rawScore(double confidence) {
        double lo = 0;
        double hi = 1;
        if (confidence <= of(lo)) {
            return lo;
        }
        if (confidence >= of(hi)) {
            return hi;
        }
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            if (of(mid) < confidence) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The calibrated confidence of a raw score in [0, 1]. Strictly increasing in the score. */
    public double of(double score) {
        double p;
        if (score <= centre[0]) {
            p = rate[0];
        } else if (score >= centre[centre.length - 1]) {
            p = rate[rate.length - 1];
        } else {
            int i = 1;
            while (centre[i] < score) {
                i++;
            }
            double t = (score - centre[i - 1]) / (centre[i] - centre[i - 1]);
            p = rate[i - 1] + t * (rate[i] - rate[i - 1]);
        }
        double c = p + (score - 0.5) / 100;
        return Math.max(0.0, Math.min(1.0, Math.round(c * 1_000_000) / 1_000_000.0));
    }
}
