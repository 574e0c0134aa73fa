package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.transfers.CaseTransferService;
import org.maracdesk.casework.transfers.CaseTransferService.Entry;
import org.maracdesk.casework.transfers.CaseTransferService.Line;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.disclosure.ConsentRecord;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.store.StoreKind;

/** Transfers between MARACs as steps (issue 16, decision 0068) on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CaseTransferServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long caseId;
    private long barred;
    private long meeting;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        vault.addAccount("idva", "Idva", Role.IDVA, "idva");
        meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        caseId = vault.acceptedCase(TODAY.minusDays(5), 0);
        barred = vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().circulate(meeting);
        vault.store().doInTransaction(s -> s.persist(new MustNotReceive(s.get(MaracCase.class, barred), null,
                Agency.IDVA, null, "the Idva service employs the perpetrator's sister", TODAY)));
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private CaseTransferService service() {
        return new CaseTransferService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    @Test
    void aTransferOutIsRecordedThenBroughtUpToDateStepByStep() throws Exception {
        vault.as("coordinator");
        long id = service().add(caseId, new Entry(Direction.OUT, " Northshire ", TODAY.minusDays(10), null, null, null,
                null, null));
        Line first = service().list(caseId).get(0);
        assertEquals("Northshire", first.otherArea());
        assertFalse(first.complete(), "papers and handover still to do");
        assertNull(first.basis(), "nothing sent yet, so no disclosure");

        service().change(id, new Entry(Direction.OUT, "Northshire", TODAY.minusDays(10), TODAY.minusDays(2),
                new Disclosure(null, new ConsentRecord(ConsentRecord.Consent.GIVEN, null)), null, null, null),
                "minutes sent by secure email");
        vault.as("idva");
        service().change(id, new Entry(Direction.OUT, "Northshire", TODAY.minusDays(10), TODAY.minusDays(2), null,
                TODAY.minusDays(1), "Northshire Idva Service", null), null);

        Line done = service().list(caseId).get(0);
        assertTrue(done.complete());
        assertEquals(TODAY.minusDays(2), done.papersOn());
        assertEquals("GIVEN", done.consent(), "the stamp of the papers sent stays when a later step is saved");
        assertEquals("PUBLIC-TASK", done.basis(), "the MARAC's default basis");
        List<ChangeHistory.Line> history = service().history(id);
        assertTrue(history.stream().anyMatch(l -> l.field().equals("papersOn") && l.oldValue() == null
                && l.newValue().equals(TODAY.minusDays(2).toString())
                && "minutes sent by secure email".equals(l.reason())), history.toString());
        assertTrue(history.stream().anyMatch(l -> l.field().equals("handoverOn") && l.by().equals("idva")));
        List<String> digests = vault.store().read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.entityType = :t and e.entityId = :id and e.action = :a", String.class)
                .setParameter("a", AuditAction.CHANGED).setParameter("t", CaseTransferService.RECORD)
                .setParameter("id", String.valueOf(id)).getResultList());
        assertEquals(3, digests.size(), "recorded and each change audited");
        assertTrue(digests.stream().noneMatch(d -> d.contains("Northshire")), "digests only");
    }

    @Test
    void theAgendaMarksACaseWhoseLatestTransferHasAStepToDo() throws Exception {
        vault.as("coordinator");
        assertNull(item().openTransfer(), "no transfer, no mark");
        long id = service().add(caseId, new Entry(Direction.IN, "Northshire", TODAY.minusDays(8), null, null, null,
                null, null));
        AgendaItem.OpenTransfer open = item().openTransfer();
        assertEquals(new AgendaItem.OpenTransfer(false, "Northshire", true, true), open);
        service().change(id, new Entry(Direction.IN, "Northshire", TODAY.minusDays(8), TODAY.minusDays(1), null, null,
                null, null), null);
        assertEquals(new AgendaItem.OpenTransfer(false, "Northshire", false, true), item().openTransfer());
        service().change(id, new Entry(Direction.IN, "Northshire", TODAY.minusDays(8), TODAY.minusDays(1), null,
                TODAY, "Northshire Idva Service", null), null);
        assertNull(item().openTransfer(), "both steps done: no mark");
    }

    private AgendaItem item() {
        return vault.agenda().agenda(meeting).cases().stream().filter(i -> i.caseId() == caseId).findFirst()
                .orElseThrow();
    }

    @Test
    void badStepsAreRefusedSayingWhatIsWrongAndNothingIsWritten() throws Exception {
        vault.as("coordinator");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(null, "Area",
                null, null, null, null, null, null))).getMessage().startsWith("direction:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(Direction.IN,
                " ", null, null, null, null, null, null))).getMessage().startsWith("otherArea:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(Direction.IN,
                "Area", TODAY.plusDays(1), null, null, null, null, null))).getMessage().startsWith("movedOn:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(Direction.IN,
                "Area", null, TODAY, new Disclosure("PUBLIC-TASK", null), null, null, null))).getMessage()
                .startsWith("basis: papers received are not a disclosure"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(Direction.OUT,
                "Area", null, TODAY, new Disclosure("NOPE", null), null, null, null))).getMessage()
                .contains("NOPE is not one of this MARAC's lawful bases"));
        assertEquals(List.of(), service().list(caseId));
        long id = service().add(caseId, new Entry(Direction.IN, "Southshire", null, null, null, null, null, null));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service().change(id, new Entry(Direction.OUT,
                "Southshire", null, null, null, null, null, null), null)).getMessage().startsWith("direction:"));
    }

    @Test
    void onlyTheCoordinatorAndTheIdvaRecordAndNeverOnACaseOutOfScope() throws Exception {
        vault.as("police");
        assertFalse(service().mayRecord());
        assertThrows(NotPermittedException.class, () -> service().add(caseId, new Entry(Direction.IN, "Area", null,
                null, null, null, null, null)));
        vault.as("coordinator");
        long onBarred = service().add(barred, new Entry(Direction.IN, "Westshire", null, null, null, null, null, null));
        vault.as("idva");
        assertTrue(service().mayRecord());
        assertThrows(NotPermittedException.class, () -> service().list(barred));
        assertThrows(IllegalArgumentException.class, () -> service().change(onBarred, new Entry(Direction.IN,
                "Westshire", null, TODAY, null, null, null, null), null));
        assertEquals(List.of(), service().history(onBarred));
    }
}
