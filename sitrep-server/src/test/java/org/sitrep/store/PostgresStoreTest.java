package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same suite against a real PostgreSQL server, when SITREP_TEST_PG_URL names one (the heavy tier of
 * .ci/run starts one on 127.0.0.1 and sets it). Each test starts from an empty schema.
 */
@EnabledIfEnvironmentVariable(named = "SITREP_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresStoreTest extends StoreContract {
    @Override
    Store open() {
        String url = System.getenv("SITREP_TEST_PG_URL");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset " + url + ": " + e.getMessage(), e);
        }
        return Store.open(null, url);
    }
}
