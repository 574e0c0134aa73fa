package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maracdesk.common.ConcurrentChangeException;

/** A lost race says who saved meanwhile and when, then what the screen did; without them, only the latter. */
class LostRaceTest {
    private final Messages messages = new Messages(Locale.UK);

    @Test
    void namesWhoAndWhenBeforeTheScreensOwnSentence() {
        ConcurrentChangeException lost = new ConcurrentChangeException("pcsmith",
                Instant.parse("2026-11-28T08:15:00Z"), null);
        assertEquals("pcsmith saved this referral at 28 Nov 2026 08:15, after you opened it. "
                        + messages.get("referral.record.stale"),
                LostRace.explain(messages, lost, "lostrace.record.referral", "referral.record.stale", ZoneOffset.UTC));
    }

    @Test
    void withoutWhoOrWhenSaysOnlyWhatTheScreenDid() {
        assertEquals(messages.get("admin.settings.stale"), LostRace.explain(messages,
                new ConcurrentChangeException(null, null, null), "lostrace.record.settings", "admin.settings.stale",
                ZoneOffset.UTC));
        assertEquals(messages.get("admin.settings.stale"), LostRace.explain(messages,
                new IllegalStateException("stale"), "lostrace.record.settings", "admin.settings.stale",
                ZoneOffset.UTC));
    }
}
