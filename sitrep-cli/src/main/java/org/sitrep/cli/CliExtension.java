package org.sitrep.cli;

/**
 * A subcommand that lives outside this module and is registered only when its module is on the class path
 * (found with {@link java.util.ServiceLoader}; list the implementation in
 * {@code META-INF/services/org.sitrep.cli.CliExtension}). The Spark module adds {@code batch} this way, so the
 * plain CLI stays free of Spark.
 */
public interface CliExtension {
    /** The subcommand's name, e.g. {@code batch}. */
    String name();

    /** A new picocli command object (annotated with {@code @Command}). */
    Object command();
}
