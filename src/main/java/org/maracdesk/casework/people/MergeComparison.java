package org.maracdesk.casework.people;

import java.util.List;

/**
 * Two person records side by side before a merge.
 *
 * @param carried the must-not-receive entries that will also apply to the other record's cases, one line each
 *                ("Police: NMD-2 from NMD-1"), so that neither record's need-to-know is lost
 * @param refusal why these two cannot be merged (e.g. victim and perpetrator on one case); null when they can
 */
public record MergeComparison(MergeSide first, MergeSide second, List<String> carried, String refusal) {
}
