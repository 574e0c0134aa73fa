package org.maracdesk.risk;

/**
 * Where a score falls in an instrument's norm table (ODARA).
 *
 * @param unscoredItems items not asked or answered don't know (ODARA's '?'); no prorating is
 *     applied, so with unscored items the score and the estimate may be too low
 */
public record NormResult(String version, String source, NormRow row, int unscoredItems) {
}
