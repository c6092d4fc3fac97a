/** Stages that declare the layers they require and produce, and the checked, timed pipeline that runs them. */
package org.sitrep.pipeline;
