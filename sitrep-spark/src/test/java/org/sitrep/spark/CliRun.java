package org.sitrep.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.cli.Main;

/** Runs the CLI in-process, capturing stdout, stderr and the exit code; reads batch output folders. */
final class CliRun {
    record Run(int code, String out, String err) {
    }

    private CliRun() {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Every line of the part files under {@code dir} (recursively), each with the partition folder it lies in. */
    static List<String[]> partLines(Path dir) {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                String partition = f.getParent().getFileName().toString();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isEmpty()) {
                        out.add(new String[] {partition, line});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> lines(Path dir) {
        return partLines(dir).stream().map(l -> l[1]).sorted().toList();
    }
}
