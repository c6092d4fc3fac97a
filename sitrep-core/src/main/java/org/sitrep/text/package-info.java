/** Sentences, tokens and language detection over a document's clean text. */
package org.sitrep.text;
