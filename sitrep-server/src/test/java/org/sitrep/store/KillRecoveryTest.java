package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a batch, then rerun: every document is stored exactly once and merging completes. */
class KillRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void rerunAfterKillStoresEveryDocumentOnce() throws Exception {
        int n = 200;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                dir.toString(), String.valueOf(n)).redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("stored ")) {
                    seen++;
                    if (seen == 40) {
                        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no H2 close
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        try (Store s = Store.open(dir, null)) {
            long before = s.counts().get("documents");
            assertThat(before).isBetween(40L, (long) n - 1);
            for (int i = 0; i < n; i++) {
                CrashChild.ingest(s, i);
            }
            s.rebuildDirty();
            assertThat(s.documentMultiplicity()).hasSize(n).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(s.counts().get("machine_events")).isEqualTo(n);
            // the villages lie 55 km apart: no two reports merge
            assertThat(s.counts().get("events")).isEqualTo(n);
            for (int i = 0; i < n; i += 37) {
                assertThat(s.machineEvents("doc-" + i)).hasSize(1);
            }
        }
    }
}
