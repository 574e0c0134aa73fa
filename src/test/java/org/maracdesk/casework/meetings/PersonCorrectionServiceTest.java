package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/** Correcting a person on a case (issue 14), on both stores: who may, what is kept, what is refused. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonCorrectionServiceTest {
    private static final LocalDate TYPED = LocalDate.of(1990, 3, 4);
    private static final LocalDate RIGHT = LocalDate.of(1990, 4, 3);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long caseId;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        caseId = vault.namedCase("Alys", "Testcase", TYPED, null);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private PersonCorrectionService service() {
        return new PersonCorrectionService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    private CaseViewService cases() {
        return new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK));
    }

    private static PersonDetailsLine withDob(PersonDetailsLine p, LocalDate dob) {
        return new PersonDetailsLine(p.caseId(), p.personId(), p.role(), p.givenName(), p.familyName(), p.aliases(),
                dob, p.gender(), p.addressLine1(), p.town(), p.postcode(), p.version());
    }

    @Test
    void theCoordinatorCorrectsADateOfBirthWithAReasonAndTheCaseShowsIt() {
        long victim = cases().open(caseId).victim().id();
        PersonDetailsLine before = service().person(caseId, victim);
        assertEquals("victim", before.role());
        assertEquals(TYPED, before.dateOfBirth());
        assertThrows(IllegalArgumentException.class, () -> service().correct(withDob(before, RIGHT), " "),
                "a reason is needed");

        PersonDetailsLine after = service().correct(withDob(before, RIGHT), "Day and month swapped on the referral");

        assertEquals(RIGHT, after.dateOfBirth());
        assertEquals(RIGHT, cases().open(caseId).victim().dateOfBirth(), "the case shows the corrected date");
        List<ChangeHistory.Line> history = service().changes(caseId, victim);
        assertEquals(1, history.size());
        assertEquals("dateOfBirth", history.get(0).field());
        assertEquals(TYPED.toString(), history.get(0).oldValue());
        assertEquals(RIGHT.toString(), history.get(0).newValue());
        assertEquals("Day and month swapped on the referral", history.get(0).reason());
        assertEquals(1, service().caseChanges(caseId).size(), "the case's history shows it");
        long audited = vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'person' and e.entityId = :id and e.action = "
                + "org.maracdesk.security.AuditAction.CHANGED", Long.class)
                .setParameter("id", String.valueOf(victim)).getSingleResult());
        assertEquals(1, audited);
        org.maracdesk.common.ConcurrentChangeException lost = assertThrows(
                org.maracdesk.common.ConcurrentChangeException.class, () -> service().correct(withDob(before, TYPED),
                        "back again"), "the version the user saw is stale: nothing is overwritten");
        assertEquals("coordinator", lost.changedBy(), "the lost race names who saved the person meanwhile");
        assertEquals(MeetingVault.CLOCK.instant(), lost.changedAt(), "and when");
        assertEquals(RIGHT, cases().open(caseId).victim().dateOfBirth(), "the other save stands");
        assertThrows(IllegalArgumentException.class, () -> service().correct(withDob(after, TODAY.plusDays(1)),
                "born tomorrow"));
        assertEquals(RIGHT, cases().open(caseId).victim().dateOfBirth());
    }

    @Test
    void onlyTheCoordinatorCorrectsPeople() throws Exception {
        long victim = cases().open(caseId).victim().id();
        PersonDetailsLine before = service().person(caseId, victim);
        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> service().person(caseId, victim));
        assertThrows(NotPermittedException.class, () -> service().correct(withDob(before, RIGHT), "mistake"));
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> service().correct(withDob(before, RIGHT), "mistake"));
        vault.as("coordinator");
        assertEquals(TYPED, service().person(caseId, victim).dateOfBirth(), "nothing changed");
        assertTrue(service().changes(caseId, victim).isEmpty());
    }

    @Test
    void aPersonNotOnTheCaseIsRefused() {
        long other = vault.namedCase("Bryn", "Othercase", TYPED, null);
        long otherVictim = cases().open(other).victim().id();
        assertThrows(IllegalArgumentException.class, () -> service().person(caseId, otherVictim));
    }
}
