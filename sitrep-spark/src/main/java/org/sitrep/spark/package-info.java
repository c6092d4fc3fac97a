/** The Spark batch mode: the standard pipeline and the cross-article merge as a Spark job ({@code sitrep batch}). */
package org.sitrep.spark;
