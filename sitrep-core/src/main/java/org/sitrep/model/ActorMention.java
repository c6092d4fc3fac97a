package org.sitrep.model;

/**
 * Words that refer to an actor ("Baghdadi's men", "GNA-aligned forces", "the jihadists").
 *
 * @param anaphoric true when the words only refer back ("the group", "the jihadists") and the actor was
 *                  chosen from context
 */
public record ActorMention(int start, int end, Actor actor, boolean anaphoric, double confidence) implements Span {
}
