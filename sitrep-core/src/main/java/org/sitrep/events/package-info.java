/** Event detection: triggers, arguments, negation and modality, counts and attribution, into ACLED-typed events. */
package org.sitrep.events;
