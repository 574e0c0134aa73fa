package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.CrimeEntry;
import org.maracdesk.casework.meetings.CrimeService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/**
 * The police screen of crimes disclosed at MARAC (decision 0041), on both stores: police see the meeting's crimes in
 * their scope and record a reference through the same service, history and audit as {@code meeting
 * crime-reference}; others are told they may not.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PoliceCrimesViewModelTest {
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private MeetingVault vault;
    private long meeting;
    private long crime;
    private String reference;

    @BeforeEach
    void aClosedMeetingWithACrimeInAPoliceCase() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long caseId = vault.acceptedCase(TODAY.minusDays(30), 1);
        long listing = vault.list(meeting, caseId, 1);
        crime = service().add(listing, new CrimeEntry("Harassment by text message", TODAY.minusDays(10), null,
                CrimeAgainst.VICTIM, null, null, "idva"));
        vault.record().addAction(listing, "police", "DC Example", ActionTarget.VICTIM, "Record the crimes disclosed",
                TODAY.plusDays(7));
        vault.record().close(meeting);
        reference = vault.store().read(s -> s.get(org.maracdesk.casework.MaracCase.class, caseId).getReference());
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private CrimeService service() {
        return new CrimeService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }

    private PoliceCrimesViewModel screen() {
        PoliceCrimesViewModel vm = new PoliceCrimesViewModel(service(), new CurrentThreadTaskExecutor(), reported::add,
                messages);
        vm.load();
        return vm;
    }

    @Test
    void policeChooseTheCrimeAndRecordTheirReferenceWithHistoryAndAudit() throws Exception {
        vault.as("police");
        PoliceCrimesViewModel vm = screen();
        assertEquals(1, vm.meetings().size());
        CrimeService.MeetingCrimes m = vm.meetingProperty().get();
        assertEquals(meeting, m.meetingId());
        assertEquals(1, m.crimes());
        assertEquals(1, m.toRecord());
        assertEquals(1, vm.crimes().size());
        assertEquals(crime, vm.crimeProperty().get().id(), "the first crime is chosen");
        assertEquals(reference, vm.crimeProperty().get().caseReference());
        assertEquals("", vm.referenceProperty().get());
        long audited = auditCount("crime");

        vm.referenceProperty().set(" 44/123456/26 ");
        vm.save();
        assertEquals(List.of(), reported);
        assertEquals(messages.format("police.crimes.saved", "44/123456/26", reference), vm.messageProperty().get());
        assertEquals("44/123456/26", vm.crimes().get(0).policeReference(), "the table shows it");
        assertEquals(crime, vm.crimeProperty().get().id(), "the same crime stays chosen");
        assertEquals(0, vm.meetingProperty().get().toRecord(), "the meeting's count follows");
        vm.referenceProperty().set("44/654321/26");
        vm.save();
        assertEquals("44/654321/26", vm.crimes().get(0).policeReference(), "a changed reference is shown too");
        assertEquals("44/654321/26", vm.referenceProperty().get());
        assertEquals(audited + 2, auditCount("crime"), "audited as the command line's change is");
        List<ChangeHistory.Line> history = vault.store().read(s -> ChangeHistory.of(s, CaseScope.of(s,
                vault.sessions().current()), CrimeService.RECORD, crime));
        ChangeHistory.Line last = history.get(history.size() - 1);
        assertEquals("police", last.by());
        assertEquals("policeReference", last.field());
        assertEquals("44/123456/26", last.oldValue());
        assertTrue(auditCount("crimes-police") > 0, "reading the crimes is audited as naming the case");
        assertEquals(0, screen().meetings().get(0).toRecord(), "nothing left to record");

        vm.referenceProperty().set(" ");
        vm.save();
        assertEquals(messages.format("police.crimes.cleared", reference), vm.messageProperty().get());
        assertNull(vm.crimes().get(0).policeReference());
    }

    @Test
    void othersAreToldTheyMayNotAndSeeNothing() throws Exception {
        vault.as("housing");
        PoliceCrimesViewModel vm = screen();
        assertEquals(messages.get("police.crimes.notPermitted"), vm.messageProperty().get());
        assertTrue(vm.meetings().isEmpty());
        assertEquals(List.of(), reported);
    }

    @Test
    void aReferenceTooLongIsRefusedSayingWhyAndNothingChanges() throws Exception {
        vault.as("police");
        PoliceCrimesViewModel vm = screen();
        vm.referenceProperty().set("4".repeat(101));
        vm.save();
        assertTrue(vm.messageProperty().get().startsWith("Not saved: "), vm.messageProperty().get());
        assertNull(service().forPolice(meeting).get(0).policeReference());
        assertEquals(List.of(), reported);
    }

    private long auditCount(String type) {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = :t", Long.class).setParameter("t", type).getSingleResult());
    }
}
