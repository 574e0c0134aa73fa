package org.maracdesk.casework.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ChildPlanStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/** Children as records of their own (issue 16, decision 0047), on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ChildRecordServiceTest {
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long caseId;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        caseId = vault.acceptedCase(TODAY.minusDays(10), 2);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private ChildRecordService service() {
        return new ChildRecordService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }

    private long audited(String type) {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = :t", Long.class).setParameter("t", type).getSingleResult());
    }

    @Test
    void theCoordinatorRecordsAChildAndTheHistoryKeepsOldAndNew() {
        List<ChildLine> children = service().children(caseId);
        assertEquals(2, children.size());
        ChildLine first = children.get(0);
        assertEquals(ChildLine.NO_RECORD, first.version(), "nothing recorded yet");
        assertEquals(ChildPlanStatus.NOT_KNOWN, first.plan());
        assertEquals(1, audited("child-records"), "the read is audited");

        ChildLine saved = service().save(first.with("Hillside Primary", "Sam Worker", "Children's social care",
                "01632 960111", ChildPlanStatus.CHILD_PROTECTION, TODAY.minusDays(2), "PC Testofficer"), null);

        assertEquals("Hillside Primary", saved.school());
        assertEquals(ChildPlanStatus.CHILD_PROTECTION, saved.plan());
        assertEquals(TODAY.minusDays(2), saved.encompassNotifiedOn());
        assertEquals(saved, service().child(caseId, first.personId()), "read back as saved");
        ChildLine moved = service().save(saved.with("Lakeside Academy", "Sam Worker", "Children's social care",
                "01632 960111", ChildPlanStatus.CHILD_IN_NEED, TODAY.minusDays(2), "PC Testofficer"), "Moved school");
        List<ChangeHistory.Line> history = service().changes(caseId, first.personId());
        ChangeHistory.Line school = history.stream().filter(l -> l.field().equals("school"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("Hillside Primary", school.oldValue());
        assertEquals("Lakeside Academy", school.newValue());
        assertEquals("Moved school", school.reason());
        assertEquals(2, audited("child"), "each save is audited, as a digest");
        assertThrows(IllegalStateException.class, () -> service().save(saved.with(null, null, null, null,
                ChildPlanStatus.NONE, null, null), null), "a stale version overwrites nothing");
        assertEquals("Lakeside Academy", service().child(caseId, first.personId()).school());
        assertEquals(moved.version(), service().child(caseId, first.personId()).version());
        assertEquals(ChildLine.NO_RECORD, service().child(caseId, children.get(1).personId()).version(),
                "the other child is untouched");
    }

    @Test
    void badInputSaysWhatIsWrongAndStoresNothing() {
        ChildLine child = service().children(caseId).get(0);
        IllegalArgumentException future = assertThrows(IllegalArgumentException.class, () -> service().save(
                child.with(null, null, null, null, ChildPlanStatus.NONE, TODAY.plusDays(1), "PC Testofficer"), null));
        assertTrue(future.getMessage().contains("future"), future.getMessage());
        IllegalArgumentException noWho = assertThrows(IllegalArgumentException.class, () -> service().save(
                child.with(null, null, null, null, ChildPlanStatus.NONE, TODAY, " "), null));
        assertTrue(noWho.getMessage().contains("who told the school"), noWho.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service().save(
                child.with("x".repeat(201), null, null, null, ChildPlanStatus.NONE, null, null), null));
        assertEquals(ChildLine.NO_RECORD, service().child(caseId, child.personId()).version());
        assertTrue(service().changes(caseId, child.personId()).isEmpty());
    }

    @Test
    void onlyTheCoordinatorRecordsAndNobodyOutsideTheCaseReads() throws Exception {
        ChildLine child = service().children(caseId).get(0);
        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> service().save(child.with("School", null, null, null,
                ChildPlanStatus.NONE, null, null), null));
        vault.as("housing");
        assertThrows(NotPermittedException.class, () -> service().children(caseId),
                "housing has no research request or action on the case");
        vault.as("coordinator");
        assertNull(service().child(caseId, child.personId()).school());
        long other = vault.acceptedCase(TODAY.minusDays(5), 1);
        long otherChild = service().children(other).get(0).personId();
        assertThrows(IllegalArgumentException.class, () -> service().save(new ChildLine(caseId, otherChild, "x", null,
                null, null, null, null, ChildPlanStatus.NONE, null, null, ChildLine.NO_RECORD), null),
                "a child of another case is refused");
    }

    @Test
    void anActionNamesItsChildAndTheHistoryKeepsIt() throws Exception {
        long meeting = vault.meeting(TODAY.minusDays(1), TODAY.minusDays(8), org.maracdesk.casework.MeetingStatus.CLOSED);
        long action = vault.action(meeting, caseId, "Refer the child to a play therapist");
        ChildLine child = service().children(caseId).get(1);
        int version = vault.store().read(s -> s.get(org.maracdesk.casework.ActionItem.class, action).getVersion());
        assertThrows(IllegalArgumentException.class, () -> service().nameChild(action, version, child.personId(), null),
                "the minutes went out: a reason is needed");
        long otherChild = service().children(vault.acceptedCase(TODAY.minusDays(5), 1)).get(0).personId();
        assertThrows(IllegalArgumentException.class, () -> service().nameChild(action, version, otherChild, "x"),
                "only a child of the action's case");

        service().nameChild(action, version, child.personId(), "The action is for the younger child");

        assertEquals(child.name(), service().actionChild(action));
        assertEquals(child.name(), vault.store().read(s -> org.maracdesk.casework.actions.ActionQueries.one(s, action))
                .targetChild(), "the action lists show the child by name");
        assertEquals(org.maracdesk.casework.ActionTarget.CHILD, vault.store().read(s -> s.get(
                org.maracdesk.casework.ActionItem.class, action).getTarget()));
        assertThrows(IllegalStateException.class, () -> service().nameChild(action, version, null, "stale"));
        long lines = vault.store().read(s -> s.createSelectionQuery("select count(c) from RecordChange c where"
                + " c.recordType = 'action' and c.recordId = :a and c.field = 'targetChild'", Long.class)
                .setParameter("a", action).getSingleResult());
        assertEquals(1, lines, "the change history keeps the child named, with the reason");
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> service().nameChild(action, version + 1, null, "no"));
    }

    @Test
    void aCaseWithChildrenListsChildrensAgenciesFirst() {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), org.maracdesk.casework.MeetingStatus.SCHEDULED);
        long noChildren = vault.acceptedCase(TODAY.minusDays(4), 0);
        vault.agenda().circulate(meeting);
        var agenda = vault.agenda().agenda(meeting);
        List<String> withKids = agenda.cases().stream().filter(i -> i.caseId() == caseId).findFirst().orElseThrow()
                .research().keySet().stream().toList();
        List<String> without = agenda.cases().stream().filter(i -> i.caseId() == noChildren).findFirst().orElseThrow()
                .research().keySet().stream().toList();
        assertEquals(List.of("csc", "education"), withKids.subList(0, 2),
                "children's social care and education (the active agencies marked for children) first: " + withKids);
        assertEquals("police", without.get(0), "a case without children keeps the usual order: " + without);
        assertEquals(new java.util.HashSet<>(without), new java.util.HashSet<>(withKids), "the same agencies");
    }
}
