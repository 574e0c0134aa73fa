package org.maracdesk.exchange.reports;

import java.time.LocalDate;

/** A case behind a dashboard figure: its reference, district, when it was opened and whether it is open. No names. */
public record DashboardCase(long caseId, String reference, String district, LocalDate openedOn, boolean open) {
}
