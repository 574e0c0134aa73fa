package org.maracdesk.casework.migration;

import java.util.List;

/** One victim of a tracker with everyone named as harming them and every listing, in date order. */
public record HistoricVictim(HistoricPerson person, List<HistoricPerson> perpetrators,
                             List<HistoricListing> listings) {
}
