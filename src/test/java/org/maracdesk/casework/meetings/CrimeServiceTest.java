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
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/**
 * Crimes disclosed at MARAC as entries (issue 15), on both stores: entered per case while the
 * meeting runs, corrected with the old values kept and audited by digest, refused when incomplete
 * with nothing written, and the police reference added by police after the meeting has closed.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CrimeServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;
    private long caseId;
    private long listing;

    @BeforeEach
    void aMeetingWithACaseWithTwoChildren() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        caseId = vault.acceptedCase(TODAY.minusDays(30), 2);
        listing = vault.list(meeting, caseId, 1);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private CrimeService crimes() {
        return new CrimeService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK), MeetingVault.CLOCK);
    }

    private CrimeEntry againstVictim(String what) {
        return new CrimeEntry(what, TODAY.minusDays(10), null, CrimeAgainst.VICTIM, null, null, "idva");
    }

    private long count(String hql) {
        return vault.store().read(s -> s.createSelectionQuery(hql, Long.class).getSingleResult());
    }

    @Test
    void aCrimeAgainstAChildIsRecordedWithTheChildAndTheAgencyThatToldTheMeeting() {
        CrimeService service = crimes();
        CrimeService.CaseCrimes before = service.forListing(listing);
        assertEquals(List.of(CrimeAgainst.VICTIM, CrimeAgainst.CHILD, CrimeAgainst.CHILD),
                before.people().stream().map(CasePerson::as).toList(), "the victim and the two children");
        CasePerson child = before.people().get(2);
        long id = service.add(listing, new CrimeEntry("Assault by beating", null, "around half term",
                CrimeAgainst.CHILD, child.personId(), null, "education"));
        long victim = service.add(listing, againstVictim("Criminal damage to the front door"));

        List<CrimeLine> lines = service.forListing(listing).crimes();
        assertEquals(List.of(id, victim), lines.stream().map(CrimeLine::id).toList());
        CrimeLine first = lines.get(0);
        assertEquals(child.name(), first.personName());
        assertEquals("around half term", first.occurredNote());
        assertNull(first.occurredOn());
        assertEquals("education", first.disclosedBy());
        assertNull(first.policeReference());
        assertEquals(before.people().get(0).personId(), lines.get(1).personId(), "against the victim: the case's victim");
        assertFalse(first.fromFreeText());
        assertEquals(lines, vault.store().read(s -> CrimesDisclosed.forMeeting(s, CaseScope.of(s,
                vault.sessions().current()), meeting, caseId)), "the minutes builder reads the same");
    }

    @Test
    void anIncompleteCrimeIsRefusedWithWhatIsMissingAndNothingIsWritten() {
        CrimeService service = crimes();
        long childId = service.forListing(listing).people().get(1).personId();
        IllegalArgumentException noAgency = assertThrows(IllegalArgumentException.class, () -> service.add(listing,
                new CrimeEntry("Threats to kill", null, null, CrimeAgainst.VICTIM, null, null, null)));
        assertTrue(noAgency.getMessage().contains("agency that disclosed"), noAgency.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.add(listing,
                new CrimeEntry(" ", null, null, CrimeAgainst.VICTIM, null, null, "police")));
        assertThrows(IllegalArgumentException.class, () -> service.add(listing,
                new CrimeEntry("Threats", null, null, null, null, null, "police")));
        assertThrows(IllegalArgumentException.class, () -> service.add(listing,
                new CrimeEntry("Threats", TODAY.plusDays(1), null, CrimeAgainst.VICTIM, null, null, "police")),
                "a crime cannot have happened tomorrow");
        IllegalArgumentException wrongPerson = assertThrows(IllegalArgumentException.class, () -> service.add(listing,
                new CrimeEntry("Threats", null, null, CrimeAgainst.VICTIM, childId, null, "police")));
        assertTrue(wrongPerson.getMessage().contains("not a victim"), wrongPerson.getMessage());
        assertEquals(0, count("select count(k) from CrimeDisclosed k"));
    }

    @Test
    void aCorrectionKeepsTheOldValuesAndTheAuditKeepsOnlyADigest() {
        CrimeService service = crimes();
        long id = service.add(listing, againstVictim("Criminal damage"));
        CrimeLine line = service.forListing(listing).crimes().get(0);
        service.update(id, line.version(), new CrimeEntry("Criminal damage to the car", TODAY.minusDays(12), null,
                CrimeAgainst.VICTIM, null, null, "police"));
        List<ChangeHistory.Line> history = vault.store().read(s -> ChangeHistory.of(s, CaseScope.of(s,
                vault.sessions().current()), CrimeService.RECORD, id));
        assertEquals(List.of("description", "occurredOn", "disclosedBy"), history.stream()
                .map(ChangeHistory.Line::field).toList());
        assertEquals("Criminal damage", history.get(0).oldValue());
        assertEquals("Criminal damage to the car", history.get(0).newValue());
        assertEquals("idva", history.get(2).oldValue());
        List<String> digests = vault.store().read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.entityType = 'crime'", String.class).getResultList());
        assertEquals(4, digests.size(), "added, and one entry per field changed");
        assertTrue(digests.stream().noneMatch(d -> d.contains("damage")), "digests, never the words");
        assertThrows(IllegalStateException.class, () -> service.update(id, line.version(), againstVictim("Stale")),
                "the version the screen showed has moved on: nothing is overwritten");
        assertEquals("Criminal damage to the car", service.forListing(listing).crimes().get(0).description());
    }

    @Test
    void aCrimeRecordedByMistakeIsRemovedWithAReasonAndItsWordsStayInTheHistory() {
        CrimeService service = crimes();
        long id = service.add(listing, againstVictim("Wrong case"));
        assertThrows(IllegalArgumentException.class, () -> service.remove(id, 0, " "), "a reason is needed");
        service.remove(id, 0, "Belongs to another case");
        assertTrue(service.forListing(listing).crimes().isEmpty());
        List<ChangeHistory.Line> history = vault.store().read(s -> ChangeHistory.of(s, CaseScope.of(s,
                vault.sessions().current()), CrimeService.RECORD, id));
        assertEquals("Wrong case", history.get(0).oldValue());
        assertEquals(ChangeHistory.REMOVED, history.get(history.size() - 1).field());
        assertEquals("Belongs to another case", history.get(history.size() - 1).reason());
    }

    @Test
    void afterTheMeetingClosesPoliceAddTheirReferenceAndNoOneElseCanChangeTheEntries() throws Exception {
        CrimeService service = crimes();
        long id = service.add(listing, againstVictim("Harassment"));
        vault.record().close(meeting);
        assertThrows(IllegalStateException.class, () -> service.add(listing, againstVictim("Late")),
                "the record of a closed meeting is corrected by reopening it");
        // police see the case while they hold an action on it
        vault.store().doInTransaction(s -> s.persist(new org.maracdesk.casework.ActionItem(
                s.get(org.maracdesk.casework.MaracCase.class, caseId), s.get(org.maracdesk.casework.Meeting.class,
                meeting), "police", "DC Example", ActionTarget.VICTIM, "Record the crimes disclosed", TODAY)));
        vault.as("police");
        crimes().policeReference(id, " 44/123456/26 ");
        vault.as("chair");
        NotPermittedException chair = assertThrows(NotPermittedException.class,
                () -> crimes().policeReference(id, "x"));
        assertTrue(chair.getMessage().contains("police"), chair.getMessage());
        vault.as("housing");
        assertThrows(NotPermittedException.class, () -> crimes().policeReference(id, "x"));
        vault.as("coordinator");
        CrimeLine line = crimes().forListing(listing).crimes().get(0);
        assertEquals("44/123456/26", line.policeReference());
        List<ChangeHistory.Line> history = vault.store().read(s -> ChangeHistory.of(s, CaseScope.of(s,
                vault.sessions().current()), CrimeService.RECORD, id));
        assertEquals("police", history.get(history.size() - 1).by());
        assertEquals("policeReference", history.get(history.size() - 1).field());
    }

    @Test
    void aCaseOutsideTheAccountsScopeHasNoCrimesToShowOrChange() throws Exception {
        long id = crimes().add(listing, againstVictim("Stalking"));
        vault.as("housing");
        assertThrows(NotPermittedException.class, () -> crimes().forListing(listing), "not one who records minutes");
        assertTrue(vault.store().read(s -> CrimesDisclosed.forMeeting(s, CaseScope.of(s, vault.sessions().current()),
                meeting, null)).isEmpty(), "housing was asked for nothing on this case");
        vault.as("police");
        assertThrows(IllegalArgumentException.class, () -> crimes().policeReference(id, "44/1"),
                "not in the police scope: as if it did not exist");
    }
}
