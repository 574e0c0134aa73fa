package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For bulk writers that write meetings in date order (the demo loader): the cases whose listing lapses near a meeting,
 * as the agenda's lapse item finds them ({@code AgendaService.lapses}), kept in memory from the listings written so
 * far instead of grouping every listing of the vault for each meeting. Holds one date and reference per case.
 */
public final class LapseTracker {
    private final Map<Long, LocalDate> lastListed = new HashMap<>();
    private final TreeMap<LocalDate, Map<Long, String>> byDate = new TreeMap<>();
    private final int months;

    /** With the built-in repeat window (12 months): a demo vault's. */
    public LapseTracker() {
        this(org.maracdesk.risk.RiskThresholds.DEFAULT_REPEAT_WINDOW_MONTHS);
    }

    /** @param months the repeat window of the vault's local settings */
    public LapseTracker(int months) {
        this.months = months;
    }

    /** Records that a case was listed at a meeting on {@code date}. */
    public void listed(long caseId, String reference, LocalDate date) {
        LocalDate old = lastListed.get(caseId);
        if (old != null && !date.isAfter(old)) {
            return;
        }
        if (old != null) {
            Map<Long, String> same = byDate.get(old);
            same.remove(caseId);
            if (same.isEmpty()) {
                byDate.remove(old);
            }
        }
        lastListed.put(caseId, date);
        byDate.computeIfAbsent(date, d -> new HashMap<>()).put(caseId, reference);
    }

    /** The lapse items of a meeting on {@code meetingDate}, in the agenda's order (last listed, then reference). */
    public List<LapseItem> lapsesAt(LocalDate meetingDate) {
        int window = AgendaService.LAPSE_WINDOW_DAYS;
        LocalDate from = meetingDate.minusDays(window + 3L).minusMonths(months);
        LocalDate to = meetingDate.plusDays(window + 3L).minusMonths(months);
        List<LapseItem> out = new ArrayList<>();
        byDate.subMap(from, true, to, true).forEach((last, cases) -> {
            LocalDate lapses = last.plusMonths(months);
            if (last.isBefore(meetingDate) && Math.abs(ChronoUnit.DAYS.between(meetingDate, lapses)) <= window) {
                cases.forEach((id, reference) -> out.add(new LapseItem(id, reference, last, lapses)));
            }
        });
        out.sort(Comparator.comparing(LapseItem::lastListed).thenComparing(LapseItem::caseReference));
        return out;
    }
}
