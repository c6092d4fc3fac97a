/** The event store: documents, machine events, merged events and analyst corrections in an embedded H2 database or PostgreSQL. */
package org.sitrep.store;
