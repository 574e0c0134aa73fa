package org.maracdesk.casework.matching;

/**
 * How sure a match is. Only {@link #EXACT} (same normalised given and family name, same date of
 * birth) may be acted on without a person deciding; the others are reported for review.
 */
public enum MatchStrength { EXACT, LIKELY, POSSIBLE }
