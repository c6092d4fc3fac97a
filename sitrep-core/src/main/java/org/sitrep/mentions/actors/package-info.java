/** The actor catalogue and the recogniser that finds actor mentions (armed groups, state forces, generic actors). */
package org.sitrep.mentions.actors;
