/** Reading inputs (text, HTML, JSON Lines, directories, stdin) into documents with clean text and metadata. */
package org.sitrep.ingest;
