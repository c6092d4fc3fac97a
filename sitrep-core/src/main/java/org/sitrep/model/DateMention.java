package org.sitrep.model;

import java.util.Map;

/**
 * A temporal expression as found, before anchoring.
 *
 * @param rule id of the recognition rule that matched (a line of the date rules resource)
 * @param type TIMEX3 type
 * @param fields what the words say, unanchored: e.g. {"month":"8","day":"1"} or {"relative":"-1D"}; keys are
 *               defined by the date recognizer
 */
public record DateMention(int start, int end, String rule, TimexType type, Map<String, String> fields) implements Span {
    public DateMention {
        fields = Map.copyOf(fields);
    }
}
