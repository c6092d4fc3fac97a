package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;

/**
 * Heavy tier: the page in headless Chromium (Debian chromium, driven by playwright-core from node_modules):
 * load, filter, click an event, see the evidence, screenshot to target/screenshots/page.png. Runs when
 * /usr/bin/chromium (or $CHROMIUM) and the built page are present; .ci/run installs chromium.
 */
class BrowserPageTest {
    @TempDir
    Path dir;

    @Test
    void pageLoadsFiltersAndShowsEvidence() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assumeTrue(Files.isExecutable(Path.of(chromium)), "no Chromium at " + chromium + " (apt-get install chromium)");
        assumeTrue(ApiServer.class.getResource("/sitrep/web/index.html") != null, "web page not built (npm run build)");
        assumeTrue(Files.isDirectory(Path.of("node_modules", "playwright-core")), "playwright-core not installed (npm install)");
        try (Store store = Store.open(dir, null)) {
            Fixtures.load(store);
            try (ApiServer server = new ApiServer(store, null, ApiToken.loadOrCreate(dir)).start("127.0.0.1", 0)) {
                Path shot = Path.of("target", "screenshots", "page.png").toAbsolutePath();
                Files.createDirectories(shot.getParent());
                Process p = new ProcessBuilder("node", "web/browser-test.mjs", "http://127.0.0.1:" + server.port() + "/", shot.toString())
                        .redirectErrorStream(true).start();
                boolean done = p.waitFor(180, TimeUnit.SECONDS);
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!done) {
                    p.destroyForcibly();
                }
                System.out.println(out);
                assertThat(done).as("browser test finished within 180 s").isTrue();
                assertThat(p.exitValue()).as(out).isZero();
                assertThat(out).contains("\"ok\":true");
                assertThat(Files.size(shot)).isGreaterThan(10_000);
            }
        }
    }
}
