package org.maracdesk.casework.actions;

/** Open and overdue actions of one agency; {@code agencyName} is what people read (the code if unnamed). */
public record AgencyActionCount(String agencyCode, String agencyName, long open, long overdue) {
}
