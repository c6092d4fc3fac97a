/** Recognisers that find mentions (places, dates, actors, quantities) in text, before their values are resolved. */
package org.sitrep.mentions;
