package org.sitrep.cli;

import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code sitrep COMMAND [OPTIONS] PATH...}. Exit codes as cli.md says. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news reports about armed conflict and terrorism into structured, geocoded, dated, sourced event data.",
        subcommands = {DemoCommand.class, ExtractCommand.class, AnnotateCommand.class, TextCommand.class, EvalCommand.class,
                BenchCommand.class, GazetteerCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class,
                ReprocessCommand.class, LoadTestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int SKIPPED = 1;
    public static final int USAGE = 2;
    public static final int FATAL = 3;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CliExtension ext : java.util.ServiceLoader.load(CliExtension.class)) {
            if (!cl.getSubcommands().containsKey(ext.name())) {
                cl.addSubcommand(ext.name(), ext.command());
            }
        }
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (ex instanceof SitrepException se) {
                cmd.getErr().println("sitrep: " + se.getMessage());
                return se.code() == ErrorCode.E_RESOURCE || se.code() == ErrorCode.E_GAZETTEER || se.code() == ErrorCode.E_STORE ? FATAL : SKIPPED;
            }
            cmd.getErr().println("sitrep: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return FATAL;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
