package org.maracdesk.casework.people;

/**
 * What a merge did.
 *
 * @param cases the cases now naming the kept person that named the merged one
 * @param referrals the referrals now naming the kept person that named the merged one
 * @param carried must-not-receive entries added to cases so that both records' need-to-know still holds
 * @param withdrawn research requests and proposals withdrawn from agencies those entries bar
 */
public record MergeResult(long keptId, int cases, int referrals, int carried, int withdrawn) {
}
