/** The HTTP API (Javalin) and the web page it serves: events, timeline, actors, exports, document ingest, analyst corrections. */
package org.sitrep.api;
