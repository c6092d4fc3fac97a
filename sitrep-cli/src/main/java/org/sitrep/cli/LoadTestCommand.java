package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.api.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Manual benchmark: synthetic events in a temporary embedded store, concurrent clients on /api/events and"
                + " /api/timeline over loopback; prints throughput and p50/p99 latency.")
public final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "Events to store (default 100000).")
    int events;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default 50).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Duration (default 30).")
    int seconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sitrep-loadtest");
        LoadTest.run(events, clients, seconds, dir, System.out);
        return Main.OK;
    }
}
