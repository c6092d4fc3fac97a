package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Gazetteers;
import org.sitrep.resolve.gazetteer.GazetteerIndexBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Gazetteer tools.", subcommands = GazetteerCommand.Build.class)
public final class GazetteerCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a subcommand: build");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds an on-disk index from a full GeoNames dump (allCountries.txt or cities1000.txt with "
                    + "admin1CodesASCII.txt and admin2Codes.txt); then --gazetteer DIR on any command uses it.")
    public static final class Build implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder with the GeoNames dump files.")
        Path from;

        @Option(names = "--to", required = true, paramLabel = "DIR", description = "Folder to write the index to.")
        Path to;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(from)) {
                System.err.println("sitrep: " + from + ": no such directory; give the folder holding allCountries.txt or cities1000.txt");
                return Main.FATAL;
            }
            long t0 = System.nanoTime();
            int n = GazetteerIndexBuilder.build(from, to);
            long t1 = System.nanoTime();
            Gazetteer g = Gazetteers.open(to);
            long t2 = System.nanoTime();
            System.err.printf(Locale.ROOT, "sitrep: indexed %d places from %s into %s in %.1f s; opening it takes %.2f s (%s)%n",
                    n, from, to, (t1 - t0) / 1e9, (t2 - t1) / 1e9, g);
            return Main.OK;
        }
    }
}
