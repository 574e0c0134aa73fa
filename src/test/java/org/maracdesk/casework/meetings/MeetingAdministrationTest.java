package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PresentFor;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.settings.Timescales;
import org.maracdesk.exchange.exports.MinutesDeadline;
import org.maracdesk.store.StoreKind;

/**
 * Meeting administration (issue 16, decision 0059) on both stores: the minutes' deadline from the local setting,
 * an agency's signed sharing agreement, the day an apology's information arrived, and accepted referrals that
 * waited longer than the longest wait, counted within the account's scope.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MeetingAdministrationTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void minutesAreDueThreeWorkingDaysAfterTheMeetingAndOverdueWhenNoneWent() {
        // TODAY is Monday 23 November 2026: Wednesday the 18th's minutes were due Monday the 23rd, Tuesday the
        // 17th's on Friday the 20th; a cancelled meeting and one still to come are not counted.
        long wed = vault.meeting(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 11), MeetingStatus.CLOSED);
        long tue = vault.meeting(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 10), MeetingStatus.CLOSED);
        vault.meeting(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 9), MeetingStatus.CANCELLED);
        vault.meeting(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23), MeetingStatus.SCHEDULED);
        List<MinutesDeadline> held = vault.store().read(s -> MinutesDeadline.held(s, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Timescales.defaults(), java.time.ZoneOffset.UTC, TODAY));
        assertEquals(List.of(tue, wed), held.stream().map(MinutesDeadline::meetingId).toList());
        assertEquals(LocalDate.of(2026, 11, 20), held.get(0).due());
        assertEquals(MinutesDeadline.State.OVERDUE, held.get(0).state());
        assertEquals(LocalDate.of(2026, 11, 23), held.get(1).due());
        assertEquals(MinutesDeadline.State.DUE, held.get(1).state(), "due today, not yet overdue");
        assertEquals(1, held.stream().filter(MinutesDeadline::missed).count());
        MinutesDeadline two = vault.store().read(s -> MinutesDeadline.of(s, tue, new Timescales(2, 5, 28),
                java.time.ZoneOffset.UTC, TODAY));
        assertEquals(LocalDate.of(2026, 11, 19), two.due(), "the setting in force gives the day");
    }

    @Test
    void circulatingNamesTheAgenciesAskedWithoutASignedAgreementAndAuditsThatItWentAnyway() {
        vault.setup().setAgreement("housing", LocalDate.of(2026, 4, 1), "Chief Executive");
        long m = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.list(m, vault.acceptedCase(TODAY.minusDays(5), 0), 1);
        List<String> unsigned = vault.setup().agencies().stream().filter(a -> a.active() && !a.agreementSigned())
                .map(AgencyView::name).toList();
        String housing = vault.setup().agencies().stream().filter(a -> a.code().equals("housing")).findFirst()
                .orElseThrow().name();
        long audited = vault.auditEntries();

        AgendaService.Circulated done = vault.agenda().circulateNoting(m);
        assertTrue(done.created() > 0, "research was requested");
        assertEquals(new java.util.TreeSet<>(unsigned), new java.util.TreeSet<>(done.withoutAgreement()),
                "every active agency without an agreement, by name");
        assertFalse(done.withoutAgreement().contains(housing), "not the one with an agreement on file");
        assertEquals(audited + 2, vault.auditEntries(), "the circulation and that it went without agreements");

        AgendaService.Circulated again = vault.agenda().circulateNoting(m);
        assertEquals(0, again.created());
        assertEquals(audited + 3, vault.auditEntries(), "nothing new went out: only the circulation is logged");
    }

    @Test
    void anAgencysSharingAgreementIsRecordedAndBothPartsAreNeeded() {
        assertTrue(vault.setup().agencies().stream().noneMatch(AgencyView::agreementSigned), "none on file at first");
        long audited = vault.auditEntries();
        vault.setup().setAgreement("housing", LocalDate.of(2026, 4, 1), "Chief Executive");
        AgencyView housing = vault.setup().agencies().stream().filter(a -> a.code().equals("housing")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 4, 1), housing.isaSignedOn());
        assertEquals("Chief Executive", housing.isaSignedBy());
        assertEquals(audited + 1, vault.auditEntries(), "the change is audited");
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class,
                () -> vault.setup().setAgreement("police", LocalDate.of(2026, 4, 1), " "));
        assertTrue(half.getMessage().startsWith("give both"), half.getMessage());
        vault.setup().setAgreement("housing", null, null);
        assertTrue(vault.setup().agencies().stream().noneMatch(AgencyView::agreementSigned), "cleared");
    }

    @Test
    void anApologyKeepsTheDayItsInformationArrived() {
        long m = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.record().signIn(m, AttendanceKind.APOLOGY, "housing", null, true, PresentFor.ALL, null,
                TODAY.minusDays(2));
        vault.record().signIn(m, AttendanceKind.APOLOGY, "probation", null, false);
        List<AttendanceLine> lines = vault.record().view(m).attendance();
        assertEquals(TODAY.minusDays(2), lines.stream().filter(a -> "housing".equals(a.agencyCode())).findFirst()
                .orElseThrow().infoReceivedOn());
        assertNull(lines.stream().filter(a -> "probation".equals(a.agencyCode())).findFirst().orElseThrow()
                .infoReceivedOn());
        assertThrows(IllegalArgumentException.class, () -> vault.record().signIn(m, AttendanceKind.APOLOGY, "gp",
                null, true, PresentFor.ALL, null, TODAY.plusDays(1)), "not in the future");
        assertThrows(IllegalArgumentException.class, () -> vault.record().signIn(m, AttendanceKind.APOLOGY, "gp",
                null, false, PresentFor.ALL, null, TODAY), "only with information sent");
        assertEquals(2, vault.record().view(m).attendance().size(), "nothing half-written");
    }

    @Test
    void referralsWaitingLongerThanTheLongestWaitAreFoundInScope() throws Exception {
        long waiting = vault.acceptedCase(TODAY.minusDays(40), 0);
        vault.acceptedCase(TODAY.minusDays(10), 0);
        long heardLate = vault.acceptedCase(TODAY.minusDays(60), 0);
        long meeting = vault.meeting(TODAY.minusDays(20), TODAY.minusDays(27), MeetingStatus.CLOSED);
        long listing = vault.list(meeting, heardLate, 1);
        vault.store().doInTransaction(s -> {
            Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", heardLate).getSingleResult();
            s.get(Listing.class, listing).listedFor(r, false, false);
        });
        List<LongWaits.LongWait> waits = vault.agenda().longWaits(TODAY.minusDays(90), TODAY);
        assertEquals(List.of(heardLate, waiting), waits.stream().map(LongWaits.LongWait::caseId).toList());
        assertEquals(40, waits.get(0).days(), "referred 60 days ago, heard 20 days ago");
        assertEquals(TODAY.minusDays(20), waits.get(0).meetingDate());
        assertNull(waits.get(1).meetingDate(), "still waiting");
        assertEquals(40, waits.get(1).days());
        vault.as("police");
        assertThrows(org.maracdesk.security.NotPermittedException.class,
                () -> vault.agenda().longWaits(TODAY.minusDays(90), TODAY));
    }

    @Test
    void theWaitingListReadsTheMarkerAndMarksThoseOverTheLongestWait() throws Exception {
        long old = vault.acceptedCase(TODAY.minusDays(34), 0);
        long recent = vault.acceptedCase(TODAY.minusDays(10), 0);
        long listed = vault.acceptedCase(TODAY.minusDays(50), 0);
        long other = vault.meeting(TODAY.plusDays(14), TODAY.minusDays(1), MeetingStatus.SCHEDULED);
        long listing = vault.list(other, listed, 1);
        vault.store().doInTransaction(s -> {
            Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", listed).getSingleResult();
            s.get(Listing.class, listing).listedFor(r, false, false);
        });
        List<WaitingToBeListed.Waiting> waiting = vault.agenda().waiting();
        assertEquals(List.of(old, recent), waiting.stream().map(WaitingToBeListed.Waiting::caseId).toList(),
                "oldest first; the listed one is not waiting");
        assertEquals(34, waiting.get(0).days());
        assertEquals(28, waiting.get(0).limitDays());
        assertTrue(waiting.get(0).overLimit());
        assertEquals(10, waiting.get(1).days());
        assertTrue(!waiting.get(1).overLimit());
        vault.as("police");
        assertThrows(org.maracdesk.security.NotPermittedException.class, () -> vault.agenda().waiting());
    }
}
