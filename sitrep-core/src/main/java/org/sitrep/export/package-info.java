/** Writing events and mentions as JSON Lines, JSON, CSV and GeoJSON, exactly as the schemas say. */
package org.sitrep.export;
