package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Store open() {
        return Store.open(dir, null);
    }
}
