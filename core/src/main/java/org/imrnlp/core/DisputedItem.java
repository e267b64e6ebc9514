package org.imrnlp.core;

import java.util.List;
import java.util.Map;

/**
 * One requested item of an IMR letter and its outcome.
 *
 * @param guideline      what the reviewer relied on (several joined by {@code "; "})
 * @param rationaleBegin begin of the decision rationale, -1 if none
 * @param rationaleEnd   end of the decision rationale, -1 if none
 * @param requestedIds   ids of the Medication or Procedure annotations the item asks for
 */
public record DisputedItem(String id, int begin, int end, String text, String item, Decision decision,
                           String guideline, String claimsAdministratorGuideline, String pages,
                           int rationaleBegin, int rationaleEnd, List<String> requestedIds) implements Mention {

    public DisputedItem {
        requestedIds = List.copyOf(requestedIds);
    }

    @Override
    public MentionType type() {
        return MentionType.DISPUTED_ITEM;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("item", item, "decision", decision == null ? null : decision.name(),
                "guideline", guideline, "claimsAdministratorGuideline", claimsAdministratorGuideline,
                "pages", pages, "rationale", rationaleBegin < 0 ? null : rationaleBegin + "-" + rationaleEnd,
                "requested", String.join(",", requestedIds));
    }

    /** The reviewer's decision on an item. */
    public enum Decision { UPHELD, OVERTURNED }
}
