package org.maracdesk.casework.people;

import java.util.Set;

/**
 * Merge {@code mergedId} into {@code keptId}: the kept record stays (its id, cases, referrals) and takes the
 * values named in {@code fromMerged} from the other; the other record is removed.
 *
 * @param keptVersion the version of the kept record the user saw
 * @param mergedVersion the version of the merged record the user saw
 */
public record MergeRequest(long keptId, int keptVersion, long mergedId, int mergedVersion, Set<MergeField> fromMerged,
                           String reason) {
}
