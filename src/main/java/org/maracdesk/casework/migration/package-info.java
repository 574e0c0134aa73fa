/**
 * Bringing a MARAC's history across from its old spreadsheet tracker: past listings written as
 * heard referrals on closed meetings, one person and one case per victim, repeats recomputed.
 * The file is read (and its columns mapped) in {@code exchange.tracker}; this package writes.
 */
package org.maracdesk.casework.migration;
