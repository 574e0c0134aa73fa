package org.maracdesk.exchange.tracker;

import java.time.LocalDate;
import java.util.Set;
import org.maracdesk.casework.migration.HistoricPerson;
import org.maracdesk.risk.ReferralRoute;

/** One tracker row once read: who, when, and what else the row says. */
record TrackerEntry(int line, HistoricPerson victim, HistoricPerson perpetrator, LocalDate referralDate,
                    LocalDate maracDate, String agencyCode, Integer score, Set<ReferralRoute> routes,
                    String relationship, String district, String externalReference, String notes,
                    Boolean trackerRepeat) {
}
