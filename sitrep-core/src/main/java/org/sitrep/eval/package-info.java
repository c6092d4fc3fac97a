/** Evaluation against gold data: evaluators per dataset, per-field scores, and miss dumps. */
package org.sitrep.eval;
