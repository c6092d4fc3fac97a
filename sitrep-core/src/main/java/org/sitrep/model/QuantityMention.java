package org.sitrep.model;

/**
 * A counted quantity ("more than 700 fighters", "dozens of jihadists", "495 precision airstrikes").
 *
 * @param best best estimate (ACLED conventions for vague words)
 * @param low lower bound or null
 * @param high upper bound or null
 * @param numberStart start of the number words; the span runs to the end of the counted noun
 * @param head the counted noun, lower-case ("fighters", "airstrikes"), or null
 * @param role what the quantity counts, from the words around it
 */
public record QuantityMention(int start, int end, int numberStart, Integer best, Integer low, Integer high,
                              String head, Role role) implements Span {

    public enum Role { KILLED, INJURED, INCIDENTS, PEOPLE, OTHER }
}
