package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.ConfidenceFit;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.Evaluator;
import org.sitrep.eval.Evaluators;
import org.sitrep.eval.MissWriter;
import org.sitrep.events.Calibration;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the pipeline on gold files of ../shared/eval (protocol: shared/spec/evaluation.md); "
                + "prints per-field scores per file and writes each miss to DIR/<file>.misses.jsonl.")
public final class EvalCommand implements Callable<Integer> {
    /** The gold sets whose coded types define the confidence table (the product's target coding). */
    private static final java.util.Set<String> FIT_DATASETS = java.util.Set.of("acled", "gtd");

    @Option(names = "--misses", paramLabel = "DIR", defaultValue = "eval-misses", description = "Where misses go (default: ./eval-misses).")
    Path misses;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "On-disk gazetteer index built by `sitrep gazetteer build`.")
    Path gazetteer;

    @Option(names = "--fit-confidence", paramLabel = "FILE",
            description = "Also re-fit the confidence table (events/confidence.tsv format) from the ACLED and GTD files of "
                    + "this run and write it to FILE; copy it over the bundled table when the detector has changed.")
    Path fitConfidence;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Gold JSON Lines files (or directories of them).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipelines.standard(new Resources(gazetteer));
        int failed = 0;
        ConfidenceFit fit = new ConfidenceFit(Calibration.bundled());
        ObjectMapper json = new ObjectMapper();
        List<Path> all = new java.util.ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (var s = Files.walk(f)) {
                    s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(all::add);
                }
            } else {
                all.add(f);
            }
        }
        for (Path f : all) {
            if (!Files.isRegularFile(f)) {
                System.err.println("sitrep: skipped " + f + ": no such file; the dev sets live in ../shared/eval/");
                failed++;
                continue;
            }
            JsonNode first;
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                first = line == null ? null : json.readTree(line);
            } catch (IOException e) {
                System.err.println("sitrep: skipped " + f + ": cannot read its first record (" + e.getMessage() + ")");
                failed++;
                continue;
            }
            Optional<Evaluator> ev = first == null ? Optional.empty() : Evaluators.forRecord(first);
            if (ev.isEmpty()) {
                System.err.println("sitrep: skipped " + f + ": not a known gold format (expected one of the dev sets of "
                        + "../shared/eval: ACLED, GTD, Wikipedia lists, UCDP, PETRARCH, TempEval-3, geoparsing)");
                failed++;
                continue;
            }
            long t0 = System.nanoTime();
            try (MissWriter mw = new MissWriter(misses, f.getFileName().toString().replaceAll("\\.jsonl$", ""))) {
                EvalReport report = ev.get().evaluate(f, pipeline, mw);
                System.out.print(report.format());
                System.out.flush();
                if (FIT_DATASETS.contains(report.dataset())) {
                    fit.add(report);
                }
            }
            System.err.printf(java.util.Locale.ROOT, "sitrep: %s evaluated in %.1f s%n", f, (System.nanoTime() - t0) / 1e9);
        }
        if (fitConfidence != null) {
            if (fit.isEmpty()) {
                System.err.println("sitrep: --fit-confidence: no ACLED or GTD gold file was evaluated, nothing to fit; "
                        + "pass ../shared/eval/acled/ and ../shared/eval/gtd_us_subset/");
                return Main.USAGE;
            }
            Files.writeString(fitConfidence, fit.table(), StandardCharsets.UTF_8);
            System.err.println("sitrep: confidence table fitted on " + fit.files() + " written to " + fitConfidence);
        }
        return failed > 0 ? Main.SKIPPED : Main.OK;
    }
}
