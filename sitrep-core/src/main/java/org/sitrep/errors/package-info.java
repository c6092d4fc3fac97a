/** The one error catalogue: codes and messages that name the input and say how to fix the problem. */
package org.sitrep.errors;
