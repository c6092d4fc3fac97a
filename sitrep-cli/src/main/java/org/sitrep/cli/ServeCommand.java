package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.api.ApiServer;
import org.sitrep.api.ApiToken;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "The HTTP API and the web page, until interrupted.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    InputOptions input;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: 8080).")
    int port;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Store store = storeOptions.open();
        DocumentRunner runner = new DocumentRunner(Runs.pipeline(input), 1, input.detectLanguage());
        ApiToken token = ApiToken.loadOrCreate(storeOptions.data);
        ApiServer server;
        try {
            server = new ApiServer(store, runner, token).start(host, port);
        } catch (RuntimeException e) {
            store.close();
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + " ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + "); give another --port or --host");
        }
        serveUntilInterrupted(server, store, host, token);
        return Main.OK;
    }

    static void serveUntilInterrupted(ApiServer server, Store store, String host, ApiToken token) throws InterruptedException {
        String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        System.out.println("sitrep: serving " + store.url() + " at http://" + shown + ":" + server.port() + "/ (Ctrl-C stops)");
        System.out.println("sitrep: API token for writes is in " + token.file());
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            done.countDown();
        }));
        done.await();
    }
}
