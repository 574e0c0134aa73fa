package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.ProfessionalsMeetingService;
import org.maracdesk.casework.ProfessionalsMeetingService.Entry;
import org.maracdesk.casework.ProfessionalsMeetingService.Line;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/** Professionals' meetings on a case (issue 16, decision 0049) on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ProfessionalsMeetingServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long caseId;
    private long barred;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        caseId = vault.acceptedCase(TODAY.minusDays(5), 0);
        barred = vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().circulate(meeting);
        vault.store().doInTransaction(s -> s.persist(new MustNotReceive(s.get(MaracCase.class, barred), null,
                Agency.POLICE, null, "the perpetrator is a serving officer", TODAY)));
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private ProfessionalsMeetingService service() {
        return new ProfessionalsMeetingService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    @Test
    void aMeetingIsRecordedListedAndChangedWithItsOldValuesKept() throws Exception {
        vault.as("police");
        long id = service().add(caseId, new Entry(TODAY.minusDays(3), List.of("HOUSING", "police", "police"),
                "Strategy meeting: move to a refuge", null));

        vault.as("coordinator");
        List<Line> lines = service().list(caseId);
        assertEquals(1, lines.size());
        assertEquals(List.of("police", "housing"), lines.get(0).agencies(), "codes, once each, in the list's order");
        assertEquals("police", lines.get(0).recordedBy());
        assertNull(lines.get(0).actions());

        service().change(id, new Entry(TODAY.minusDays(3), List.of("police", "housing"),
                "Strategy meeting: move to a refuge", "Housing to find a refuge place"), "actions were left out");
        List<ChangeHistory.Line> history = service().history(id);
        assertEquals(1, history.size(), "only what changed");
        assertEquals("actions", history.get(0).field());
        assertNull(history.get(0).oldValue());
        assertEquals("Housing to find a refuge place", history.get(0).newValue());
        assertEquals("actions were left out", history.get(0).reason());
        List<String> digests = vault.store().read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.entityType = :t and e.entityId = :id and e.action = :a", String.class)
                .setParameter("a", org.maracdesk.security.AuditAction.CHANGED).setParameter("t", ProfessionalsMeetingService.RECORD)
                .setParameter("id", String.valueOf(id)).getResultList());
        assertEquals(2, digests.size(), "recorded and changed are audited");
        assertTrue(digests.stream().noneMatch(d -> d.contains("refuge")));
    }

    @Test
    void badInputIsRefusedSayingWhatIsWrongAndNothingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(null, List.of("police"),
                "Outcome", null)));
        IllegalArgumentException future = assertThrows(IllegalArgumentException.class, () -> service().add(caseId,
                new Entry(TODAY.plusDays(1), List.of("police"), "Outcome", null)));
        assertTrue(future.getMessage().startsWith("date:"));
        IllegalArgumentException agency = assertThrows(IllegalArgumentException.class, () -> service().add(caseId,
                new Entry(TODAY, List.of("police", "bakery"), "Outcome", null)));
        assertTrue(agency.getMessage().contains("\"bakery\" is not an agency"));
        assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(TODAY, List.of(), "Outcome",
                null)));
        assertThrows(IllegalArgumentException.class, () -> service().add(caseId, new Entry(TODAY, List.of("police"),
                " ", null)));
        assertEquals(List.of(), service().list(caseId));
    }

    @Test
    void aCaseOutOfScopeIsNeitherReadNorWritten() throws Exception {
        vault.as("coordinator");
        long onBarred = service().add(barred, new Entry(TODAY, List.of("idva"), "Safety plan reviewed", null));
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> service().list(barred));
        assertThrows(NotPermittedException.class, () -> service().add(barred, new Entry(TODAY, List.of("police"),
                "x", null)));
        assertThrows(IllegalArgumentException.class, () -> service().change(onBarred, new Entry(TODAY,
                List.of("police"), "x", null), null));
        assertEquals(List.of(), service().history(onBarred));
    }

    @Test
    void onlyTheCoordinatorRemovesAMeetingRecordedByMistakeWithAReasonAndItStaysInTheHistory() throws Exception {
        vault.as("police");
        long id = service().add(caseId, new Entry(TODAY.minusDays(2), List.of("police"), "Recorded on the wrong case",
                null));
        assertThrows(NotPermittedException.class, () -> service().remove(id, "wrong case"), "not the police");

        vault.as("coordinator");
        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class,
                () -> service().remove(id, "  "));
        assertTrue(noReason.getMessage().startsWith("reason:"), noReason.getMessage());
        assertNull(service().list(caseId).get(0).removedAt(), "nothing written without a reason");

        service().remove(id, "recorded on the wrong case");
        Line removed = service().list(caseId).get(0);
        assertTrue(removed.removed(), "kept, marked removed");
        assertEquals("coordinator", removed.removedBy());
        assertEquals("recorded on the wrong case", removed.removalReason());
        List<ChangeHistory.Line> history = service().history(id);
        assertEquals(ChangeHistory.REMOVED, history.get(history.size() - 1).field());
        assertEquals("recorded on the wrong case", history.get(history.size() - 1).reason());
        List<String> digests = vault.store().read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.entityType = :t and e.entityId = :id and e.action = :a", String.class)
                .setParameter("a", org.maracdesk.security.AuditAction.CHANGED)
                .setParameter("t", ProfessionalsMeetingService.RECORD).setParameter("id", String.valueOf(id))
                .getResultList());
        assertEquals(2, digests.size(), "recorded and removed are audited");
        assertTrue(digests.stream().noneMatch(d -> d.contains("wrong")));

        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> service().remove(id, "twice"));
        assertTrue(again.getMessage().contains("was removed"), again.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service().change(id, new Entry(TODAY, List.of("police"),
                "x", null), null), "a removed meeting is not changed");
        assertEquals(1, service().history(id).size(), "the refused steps wrote nothing");
    }
}
