package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads batch output folders (the CLI runs in-process through sitrep-cli's test helper {@code Cli}). */
final class CliRun {
    private CliRun() {
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
