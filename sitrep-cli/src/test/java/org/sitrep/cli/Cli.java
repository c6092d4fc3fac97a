package org.sitrep.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures stdout, stderr and the exit code (also used by sitrep-spark's tests). */
public final class Cli {
    /** One run: exit code, stdout, stderr. */
    public record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    public static synchronized Run run(String... args) {
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
            System.out.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** ../shared as the build passes it (system property sitrep.shared), or null when absent. */
    static java.nio.file.Path shared() {
        String s = System.getProperty("sitrep.shared");
        if (s == null) {
            return null;
        }
        java.nio.file.Path p = java.nio.file.Path.of(s);
        return java.nio.file.Files.isDirectory(p) ? p : null;
    }
}
