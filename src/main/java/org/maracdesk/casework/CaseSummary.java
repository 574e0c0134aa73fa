package org.maracdesk.casework;

import java.time.LocalDate;

/** One row of the case list: what a coordinator scans for, nothing more. */
public record CaseSummary(long id, String reference, String victimName, String district, LocalDate openedOn,
                          LocalDate lastReferral, Integer score, String band, boolean repeat,
                          LocalDate lastListed, long openActions, long children, CaseStatus status) {
}
