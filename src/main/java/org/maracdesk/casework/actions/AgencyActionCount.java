package org.maracdesk.casework.actions;

/** Open and overdue actions of one agency. */
public record AgencyActionCount(String agencyCode, long open, long overdue) {
}
