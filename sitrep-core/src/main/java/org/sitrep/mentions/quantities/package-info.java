/** The recogniser of counted quantities (fatalities, injuries, incidents, people) with ACLED/UCDP conventions. */
package org.sitrep.mentions.quantities;
