package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/**
 * The case screen's referral circumstances (issue 16, decision 0046), on both stores: the latest referral's values,
 * read within the account's scope and audited by the referral's id (no value in the audit trail); an account
 * without the case in scope is refused and nothing is recorded; a case whose latest referral gave none says so.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CaseCircumstancesTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long caseId;

    @BeforeEach
    void aCaseWithTwoReferrals() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        caseId = vault.acceptedCase(TODAY.minusDays(200), 0);
        vault.store().doInTransaction(s -> {
            Referral first = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", caseId).getSingleResult();
            first.setCircumstances(circumstances("Old occupation"));
            Referral later = new Referral(first.getMaracCase(), TODAY.minusDays(5), "police", "Referrer");
            later.setChecklist("dash-24", "1", "{}");
            later.setCircumstances(circumstances("Care worker"));
            s.persist(later);
        });
    }

    private static ReferralCircumstances circumstances(String occupation) {
        return new ReferralCircumstances(occupation, null, null, null, null, "Settled status", null, null, null,
                "Drinking at weekends", false, null, null, null, "PC Test Officer", null, null, null, null,
                TODAY.plusDays(30), TODAY.plusDays(20).toString());
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private CaseViewService service() {
        return new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(Clock.systemUTC()));
    }

    private long views() {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where e.action = :a"
                + " and e.entityType = 'referral-circumstances'", Long.class).setParameter("a", AuditAction.VIEWED)
                .getSingleResult());
    }

    @Test
    void theLatestReferralsValuesWithinScopeAndAudited() {
        CaseViewService.LatestCircumstances read = service().latestCircumstances(caseId);
        assertEquals(TODAY.minusDays(5), read.referralDate());
        assertEquals(circumstances("Care worker"), read.values());
        assertFalse(read.childrenAddressesHeld());
        assertEquals(1, views());
        String details = vault.store().read(s -> s.createSelectionQuery("select coalesce(e.detailDigest, '') from"
                + " AuditEntry e where e.entityType = 'referral-circumstances'", String.class).getSingleResult());
        assertEquals("", details, "the audit trail holds the referral's id, not its values");
    }

    @Test
    void anAccountWithoutTheCaseInScopeIsRefusedAndNothingIsRecorded() throws Exception {
        vault.as("housing");
        assertThrows(NotPermittedException.class, () -> service().latestCircumstances(caseId));
        vault.as("coordinator");
        assertEquals(0, views());
    }

    @Test
    void whereTheChildrenLiveIsShownOnlyToThoseWhoSeeSafeAddresses() throws Exception {
        String elsewhere = "Child1 with her grandmother, 9 Larkspur Close, Wyvernbury";
        vault.store().doInTransaction(s -> {
            Referral later = s.createSelectionQuery("from Referral r where r.maracCase.id = :c and r.referralDate = :d",
                    Referral.class).setParameter("c", caseId).setParameter("d", TODAY.minusDays(5)).getSingleResult();
            ReferralCircumstances c = later.getCircumstances();
            later.setCircumstances(new ReferralCircumstances(c.victimOccupation(), null, null, null, null,
                    c.immigrationStatus(), null, elsewhere, null, c.risksAndTriggers(), false, null, null, null,
                    c.officerInCharge(), null, null, null, null, c.bailUntil(), c.courtDates()));
        });
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.list(meeting, caseId, 1);
        vault.agenda().circulate(meeting);
        assertEquals(elsewhere, service().latestCircumstances(caseId).values().childrenAddresses(), "the coordinator");
        vault.as("police");
        CaseViewService.LatestCircumstances police = service().latestCircumstances(caseId);
        assertEquals(elsewhere, police.values().childrenAddresses(), "police see safe addresses unless told otherwise");
        assertFalse(police.childrenAddressesHeld());
        vault.as("housing");
        CaseViewService.LatestCircumstances housing = service().latestCircumstances(caseId);
        assertNull(housing.values().childrenAddresses(), "housing is not marked to see safe addresses");
        assertTrue(housing.childrenAddressesHeld(), "the screen says the coordinator holds it");
        assertEquals("Care worker", housing.values().victimOccupation(), "the rest is shown as before");
        vault.as("coordinator");
    }

    @Test
    void aLatestReferralWithoutThemSaysSo() {
        vault.store().doInTransaction(s -> s.createSelectionQuery("from Referral r where r.maracCase.id = :c"
                + " and r.referralDate = :d", Referral.class).setParameter("c", caseId)
                .setParameter("d", TODAY.minusDays(5)).getSingleResult().setCircumstances(null));
        CaseViewService.LatestCircumstances read = service().latestCircumstances(caseId);
        assertEquals(TODAY.minusDays(5), read.referralDate());
        assertNull(read.values());
    }
}
