package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.ActorKind;
import org.sitrep.model.SubEventType;

/** Child process of {@link KillRecoveryTest}: ingests N generated documents, printing a line after each. */
public final class CrashChild {
    private CrashChild() {
    }

    static String text(int i) {
        return "Report number " + i + ": militants of the Hill Brigade attacked the village of Dorun-" + i
                + " on Monday, burning " + (i % 7 + 2) + " houses, witnesses said.";
    }

    static void ingest(Store s, int i) {
        String id = "doc-" + i;
        String t = text(i);
        s.ingest(Fixtures.doc(id, t, "2024-05-07"), List.of(Fixtures.event(id, t, "2024-05-07", SubEventType.ATTACK, "2024-05-06",
                "Dorun-" + i, "NG", "Borno", 10 + i * 0.5, 12.0, "Hill Brigade", ActorKind.REBEL_GROUP, null)));
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        try (Store s = Store.open(Path.of(args[0]), null)) {
            for (int i = 0; i < n; i++) {
                ingest(s, i);
                System.out.println("stored " + i);
                System.out.flush();
            }
            s.rebuildDirty();
        }
    }
}
