package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** Where the store is: the embedded database in --data (default ./sitrep-data), or --db JDBC_URL. */
public final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
            description = "Data directory of the embedded store and the API token (default: ./sitrep-data).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use a PostgreSQL server instead: jdbc:postgresql://HOST:PORT/DB?user=U&password=P")
    String db;

    Store open() {
        try {
            return Store.open(data, db);
        } catch (org.sitrep.store.StoreException e) {
            throw new org.sitrep.errors.SitrepException(org.sitrep.errors.ErrorCode.E_STORE, db != null ? "--db" : "--data " + data,
                    e.getMessage());
        }
    }
}
