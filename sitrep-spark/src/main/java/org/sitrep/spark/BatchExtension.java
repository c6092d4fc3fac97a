package org.sitrep.spark;

import org.sitrep.cli.BatchCommand;
import org.sitrep.cli.CliExtension;

/** Registers {@code sitrep batch} with the CLI when this module is on the class path. */
public final class BatchExtension implements CliExtension {
    @Override
    public String name() {
        return "batch";
    }

    @Override
    public Object command() {
        return new BatchCommand();
    }
}
