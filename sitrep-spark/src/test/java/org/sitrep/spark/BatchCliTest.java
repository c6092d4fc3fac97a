package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.cli.Cli;
import org.sitrep.cli.Main;

/** {@code batch} is registered through the CLI's extension hook and follows cli.md's conventions (no Spark started). */
class BatchCliTest {
    @Test
    void batchIsRegisteredWhenTheSparkModuleIsOnTheClassPath() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("batch").containsKey("extract");
    }

    @Test
    void helpDescribesTheOutputLayout() {
        Cli.Run r = Cli.run("batch", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--master").contains("--output").contains("--threads").contains("month=unknown");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Run noOutput = Cli.run("batch", "in.jsonl");
        assertThat(noOutput.code()).isEqualTo(Main.USAGE);
        assertThat(noOutput.err()).contains("--output");
        Cli.Run stdin = Cli.run("batch", "--output", "x", "-");
        assertThat(stdin.code()).isEqualTo(Main.USAGE);
        assertThat(stdin.err()).contains("standard input");
        Cli.Run unknown = Cli.run("batch", "--outptu", "x", "in.jsonl");
        assertThat(unknown.code()).isEqualTo(Main.USAGE);
    }
}
