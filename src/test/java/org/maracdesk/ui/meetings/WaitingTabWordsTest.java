package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.maracdesk.casework.meetings.WaitingToBeListed.Waiting;
import org.maracdesk.ui.common.Messages;

/** The waiting list's marker and accessible text say the wait and the limit in words (issue 16). */
class WaitingTabWordsTest {
    private final WaitingTab tab = new WaitingTab(new Messages(Locale.UK), FXCollections.observableArrayList());

    @Test
    void aReferralOverTheLongestWaitIsMarkedInWords() {
        Waiting over = new Waiting(1, "MC-0001", LocalDate.of(2026, 10, 20), 34, 28);
        assertEquals("OVER THE 28-DAY LIMIT", tab.marker(over));
        assertEquals("MC-0001, referred Tue 20 Oct 2026. Waiting 34 days \u2014 over the 28-day limit",
                tab.accessible(over));
    }

    @Test
    void aReferralWithinTheLimitHasNoMarker() {
        Waiting within = new Waiting(2, "MC-0002", LocalDate.of(2026, 11, 13), 10, 28);
        assertEquals("", tab.marker(within));
        assertEquals("MC-0002, referred Fri 13 Nov 2026. Waiting 10 days, within the 28-day limit",
                tab.accessible(within));
        assertEquals(false, new Waiting(3, "MC-0003", LocalDate.of(2026, 10, 26), 28, 28).overLimit(),
                "exactly the limit is not over it");
    }
}
