/** JMH benchmarks for each pipeline stage (development only, profile {@code bench}). */
package org.sitrep.bench;
