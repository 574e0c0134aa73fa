package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.casework.settings.SettingsChange;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;

/**
 * The lapse list follows the local settings' repeat window and counts from the last MARAC referral
 * (an accepted referral not yet heard counts) or listing, whichever is later; on both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class LapseListTest {
    private static final LocalDate HEARD = LocalDate.of(2026, 5, 20);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long next;
    private long heardOnly;
    private long referredAgain;

    @BeforeEach
    void twoCasesHeardInMay() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long may = vault.meeting(HEARD, HEARD.minusDays(7), MeetingStatus.CLOSED);
        next = vault.meeting(TODAY.plusDays(2), TODAY.minusDays(5), MeetingStatus.SCHEDULED);
        heardOnly = vault.acceptedCase(LocalDate.of(2026, 4, 20), 0);
        referredAgain = vault.acceptedCase(LocalDate.of(2026, 4, 1), 0);
        vault.list(may, heardOnly, 1);
        vault.list(may, referredAgain, 2);
        vault.store().doInTransaction(s -> {
            Referral again = new Referral(s.get(MaracCase.class, referredAgain), LocalDate.of(2026, 6, 15), "housing",
                    "Referrer");
            again.setChecklist("dash-24", "1", "{}");
            s.persist(again);
        });
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private void window(int months) {
        new LocalSettingsService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                new InstrumentRegistry(), MeetingVault.CLOCK).change(new SettingsChange(0,
                new RiskThresholds(14, 10, 3, months), List.of("dash-24"), "pilot of a six-month window"));
    }

    @Test
    void withTheDefaultTwelveMonthsNothingLapsesSixMonthsOn() {
        assertTrue(vault.agenda().lapseList(next).isEmpty(), "May + 12 months is far from 25 November");
    }

    @Test
    void withASixMonthWindowCasesLapseSixMonthsAfterTheirLastReferralOrListing() {
        window(6);
        List<LapseItem> lapses = vault.agenda().lapseList(next);
        assertEquals(List.of(heardOnly, referredAgain), lapses.stream().map(LapseItem::caseId).toList());
        assertEquals(HEARD, lapses.get(0).lastListed());
        assertEquals(HEARD.plusMonths(6), lapses.get(0).lapsesOn());
        assertEquals(LocalDate.of(2026, 6, 15), lapses.get(1).lastListed(),
                "a referral accepted after the last listing, not yet heard, restarts the window");
        assertEquals(LocalDate.of(2026, 12, 15), lapses.get(1).lapsesOn());

        LapseList.Content export = vault.store().read(s -> LapseList.read(s, CaseScope.of(s,
                vault.sessions().current()), next, null));
        assertEquals(6, export.windowMonths());
        assertEquals(TODAY.plusDays(2), export.meetingDate());
        LapseList.Row first = export.rows().get(0);
        assertEquals("Test Victim1", first.victimName());
        assertEquals(LocalDate.of(1990, 1, 1), first.victimDateOfBirth());
        assertEquals(HEARD.plusMonths(6), first.lapsesOn());
        assertEquals(0, export.withheld());
    }
}
