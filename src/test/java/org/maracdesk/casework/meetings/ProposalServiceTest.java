package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.actions.ActionTypeService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/** Pre-meeting proposed actions (issue 16, decision 0049) on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ProposalServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.acceptedCase(TODAY.minusDays(5), 0);
        vault.agenda().circulate(meeting);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private ProposalService service() {
        AuditLog audit = new AuditLog(MeetingVault.CLOCK);
        return new ProposalService(vault.sessions(), vault.sessions(), audit, MeetingVault.CLOCK,
                new ActionTypeService(vault.sessions(), vault.sessions(), audit));
    }

    private long policeRequest() throws Exception {
        vault.as("police");
        return vault.research().myRequests().get(0).id();
    }

    private static ProposalDraft draft(String type, String what) {
        return new ProposalDraft(type, "PC Example", ActionTarget.VICTIM, what, TODAY.plusDays(20));
    }

    @Test
    void anAgencyProposesChangesAndWithdrawsAndTheAgendaCountsWhatIsLeft() throws Exception {
        long request = policeRequest();
        long kept = service().propose(request, draft("flag_and_tag", "Flag the address"));
        long dropped = service().propose(request, draft(null, "Visit with a PCSO"));

        service().change(kept, new ProposalDraft("TARGET_HARDENING", "PC Example", ActionTarget.VICTIM,
                "Fit a door alarm", TODAY.plusDays(14)));
        service().withdraw(dropped);

        List<ProposalView> mine = service().mine(request);
        assertEquals(1, mine.size(), "a withdrawn proposal is gone from the agency's list");
        assertEquals("TARGET_HARDENING", mine.get(0).typeCode());
        assertEquals("Fit a door alarm", mine.get(0).description());
        assertTrue(mine.get(0).open());
        List<ChangeHistory.Line> history = vault.store().read(s -> ChangeHistory.of(s, CaseScope.wholeRecord(),
                ProposalService.RECORD, kept));
        assertTrue(history.stream().anyMatch(l -> l.field().equals("description")
                && "Flag the address".equals(l.oldValue()) && "Fit a door alarm".equals(l.newValue())), "old and new kept");
        assertTrue(history.stream().anyMatch(l -> l.field().equals("type") && "FLAG_AND_TAG".equals(l.oldValue())));

        vault.as("coordinator");
        AgendaItem item = vault.agenda().agenda(meeting).cases().get(0);
        assertEquals(Map.of("police", 1), item.proposals());
    }

    @Test
    void theMeetingAgreesAsProposedOrChangedAndDeclinesWithAReasonTheAgencyReads() throws Exception {
        long request = policeRequest();
        long asIs = service().propose(request, draft("FLAG_AND_TAG", "Flag the address"));
        long changed = service().propose(request, draft(null, "Visit weekly"));
        long declined = service().propose(request, draft(null, "Arrest on sight"));

        vault.as("coordinator");
        long a1 = service().agree(asIs, null);
        long a2 = service().agree(changed, new ProposalDraft(null, "Sgt Example", ActionTarget.VICTIM,
                "Visit fortnightly", null));
        assertEquals(a1, service().agree(asIs, null), "agreeing twice makes one action");
        service().decline(declined, "Not a MARAC action");
        assertThrows(IllegalStateException.class, () -> service().decline(asIs, "too late"));

        CaseRecord c = vault.record().view(meeting).cases().get(0);
        assertEquals(2, c.actions().size());
        ActionLine first = c.actions().stream().filter(a -> a.id() == a1).findFirst().orElseThrow();
        assertEquals("FLAG_AND_TAG", first.typeCode());
        assertEquals("police", first.agencyCode());
        ActionLine second = c.actions().stream().filter(a -> a.id() == a2).findFirst().orElseThrow();
        assertEquals("Visit fortnightly", second.description());
        assertNull(second.dueDate());
        assertEquals(2, c.proposals().size(), "a declined proposal is no longer offered to agree");
        assertEquals(Map.of(), vault.agenda().agenda(meeting).cases().get(0).proposals());

        vault.as("police");
        List<ProposalView> mine = service().mine(request);
        assertEquals(List.of(ProposalView.State.AGREED, ProposalView.State.AGREED, ProposalView.State.DECLINED),
                mine.stream().map(ProposalView::state).toList());
        assertEquals("Not a MARAC action", mine.get(2).declinedReason());
        assertThrows(IllegalStateException.class, () -> service().change(asIs, draft(null, "Too late")));
        assertThrows(IllegalStateException.class, () -> service().withdraw(declined));
    }

    @Test
    void anotherAgencyCannotSeeOrTouchAProposalAndAuditHoldsNoText() throws Exception {
        long request = policeRequest();
        long p = service().propose(request, draft(null, "Serve a DVPN"));

        vault.as("housing");
        assertThrows(IllegalArgumentException.class, () -> service().mine(request));
        assertThrows(IllegalArgumentException.class, () -> service().change(p, draft(null, "Mine now")));
        assertThrows(IllegalArgumentException.class, () -> service().withdraw(p));
        assertThrows(NotPermittedException.class, () -> service().agree(p, null));
        assertThrows(IllegalArgumentException.class, () -> service().propose(request, draft(null, "x")));
        assertThrows(IllegalArgumentException.class, () -> service().propose(vault.research().myRequests().get(0).id(),
                draft("NO_SUCH_TYPE", "Unknown type")), "an unknown type is refused with the types to choose from");

        vault.as("coordinator");
        List<String> digests = vault.store().read(s -> s.createSelectionQuery("select e.detailDigest from AuditEntry e"
                + " where e.entityType = :t", String.class).setParameter("t", ProposalService.RECORD).getResultList());
        assertEquals(1, digests.size(), "proposing is audited");
        assertTrue(digests.stream().noneMatch(d -> d != null && d.contains("DVPN")));
    }
}
