/** The {@code sitrep} command line (picocli): demo, extract, annotate, text, eval and the rest of cli.md. */
package org.sitrep.cli;
