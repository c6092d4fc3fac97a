package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.spark.BatchConfig;
import org.sitrep.spark.BatchJob;
import org.sitrep.spark.StandardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep batch}: the pipeline as a Spark job (sitrep-spark module). In-process with {@code --master local[N]}
 * (the default, N = {@code --threads}), or on a cluster through spark-submit, which sets the master.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline as a Spark job: OUT/events/ (per document, as `extract`) and OUT/merged/ (as `extract --merge`),",
                "each as JSON Lines (jsonl/) and Parquet (parquet/), partitioned by start month (month=YYYY-MM, month=unknown).",
                "PATHs are local paths or Hadoop file system URIs (hdfs://, s3a://, file://)."})
public final class BatchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[N] with N = --threads), e.g. local[2], spark://host:7077, yarn.")
    String master;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output directory (local path or Hadoop URI); its events/ and merged/ are replaced.")
    String output;

    @Option(names = "--no-merge", description = "Skip the cross-article merge (writes only OUT/events/).")
    boolean noMerge;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (recursive), local or Hadoop URIs.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (paths.contains("-")) {
            throw new ParameterException(spec.commandLine(), "batch reads files, not standard input; give files or directories");
        }
        if (input.threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + input.threads);
        }
        BatchConfig config = new BatchConfig(input.inputFormat, input.readOptions().published() == null ? null
                : input.readOptions().published().toString(), input.maxBytes, input.detectLanguage(),
                input.gazetteer == null ? null : input.gazetteer.toAbsolutePath().toString());
        SparkConf conf = new SparkConf().setAppName("sitrep batch");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + input.threads + "]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, input.threads * 2)));
        }
        String out = output;
        if (!out.contains(":/")) {
            out = Path.of(out).toAbsolutePath().normalize().toString();
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            BatchJob.Summary s = BatchJob.run(spark, config, paths, out, noMerge ? null : StandardMerge.spec());
            var err = System.err;
            for (String f : s.failures()) {
                err.println("sitrep: skipped " + f);
            }
            if (s.skipped() > s.failures().size()) {
                err.printf(Locale.ROOT, "sitrep: … and %d more skipped inputs%n", s.skipped() - s.failures().size());
            }
            if (s.undated() > 0) {
                err.printf(Locale.ROOT, "sitrep: warning: %d documents have no publication date (give --published YYYY-MM-DD);"
                        + " their relative dates stay unknown%n", s.undated());
            }
            err.printf(Locale.ROOT, "sitrep: batch: %d documents (%d skipped), %d events -> %s/events/%s in %.1f s%n",
                    s.documents(), s.skipped(), s.events(), out,
                    noMerge ? "" : String.format(Locale.ROOT, ", %d merged events -> %s/merged/", s.merged(), out),
                    s.millis() / 1000.0);
            return s.skipped() > 0 ? Main.SKIPPED : Main.OK;
        } finally {
            spark.stop();
        }
    }
}
