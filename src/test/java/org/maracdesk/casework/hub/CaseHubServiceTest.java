package org.maracdesk.casework.hub;

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
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.ResearchField;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/**
 * The case hub's reads (decision 0045) on both stores: what each section gets, and that every read goes through
 * the scope (the same refusal for a case out of scope) and "who saw this case" is the coordinator's only.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CaseHubServiceTest {
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

    private CaseHubService hub() {
        return new CaseHubService(vault.sessions(), vault.sessions(), new AuditTrail(vault.sessions(), vault.sessions()));
    }

    @Test
    void eachSectionReadsItsPartOfTheCaseThroughTheScope() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long caseId = vault.acceptedCase(TODAY.minusDays(5), 1);
        vault.agenda().circulate(meeting);
        long elsewhere = vault.acceptedCaseIn("Southmoor", TODAY.minusDays(4), 0); // on no agenda
        org.maracdesk.casework.meetings.AgendaItem item = vault.agenda().agenda(meeting).cases().stream()
                .filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
        long listing = item.listingId();
        vault.store().doInTransaction(s -> s.get(Listing.class, listing)
                .setSafetyPlan("Police marker on the address; Idva to call weekly"));
        long action = vault.action(meeting, caseId, "Fit a door alarm");
        vault.as("police");
        long request = vault.research().myRequests().stream()
                .filter(r -> r.caseReference().equals(item.caseReference())).findFirst()
                .orElseThrow().id();
        vault.research().save(request, ResearchField.FACTS, "Two call-outs in October.");
        vault.research().save(request, ResearchField.OPINION, "The risk is rising.");
        vault.research().submit(request);

        vault.as("coordinator");
        List<HubRecords.Referral> referrals = hub().referrals(caseId);
        assertEquals(1, referrals.size());
        assertEquals(ReferralStatus.ACCEPTED, referrals.get(0).status());
        assertEquals("police", referrals.get(0).referringAgency());
        List<HubRecords.Listing> listings = hub().listings(caseId);
        assertEquals(1, listings.size());
        assertEquals(meeting, listings.get(0).meetingId());
        assertEquals("Police marker on the address; Idva to call weekly", listings.get(0).safetyPlan());
        assertNull(listings.get(0).notes(), "nothing written is null, not blank");
        HubRecords.Research police = hub().research(caseId).stream().filter(r -> r.agencyCode().equals("police"))
                .findFirst().orElseThrow();
        assertTrue(police.submitted());
        assertEquals("Two call-outs in October.", police.facts());
        assertEquals("The risk is rising.", police.opinion(), "fact and opinion apart");
        List<HubRecords.Action> actions = hub().actions(caseId);
        assertEquals(List.of(action), actions.stream().map(HubRecords.Action::id).toList());
        assertEquals(ActionStatus.OPEN, actions.get(0).status());
        assertEquals(TODAY.plusDays(10), actions.get(0).agreedOn());

        new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(java.time.Clock.systemUTC())).open(caseId);
        List<AuditLine> seen = hub().whoSaw(caseId);
        assertTrue(seen.stream().anyMatch(l -> l.action() == AuditAction.CASE_VIEWED
                && l.username().equals("coordinator")), "the coordinator's viewing is in the trail");

        vault.as("police");
        assertTrue(hub().research(caseId).stream().anyMatch(r -> "The risk is rising.".equals(r.opinion())),
                "the police see the case they were asked about");
        assertThrows(NotPermittedException.class, () -> hub().whoSaw(caseId), "who saw a case: coordinator only");
        for (java.util.function.LongFunction<?> read : List.<java.util.function.LongFunction<?>>of(
                id -> hub().referrals(id), id -> hub().listings(id), id -> hub().research(id),
                id -> hub().actions(id))) {
            assertThrows(NotPermittedException.class, () -> read.apply(elsewhere), "a case out of scope");
            assertThrows(NotPermittedException.class, () -> read.apply(987_654L), "the same for no such case");
        }
    }
}
