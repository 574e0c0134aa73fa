package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PreviousMarac;
import org.maracdesk.casework.Referral;
import org.maracdesk.store.StoreKind;

/**
 * A transferred-in case shows on the agenda where it came from (MARAC.md 2.9, issue 16), on both stores: the MARAC
 * area its referral gives; none when the referral gives none, or when the case is not a transfer.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AgendaTransferFromTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void theAgendaSaysWhichMaracATransferredCaseCameFrom() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long fromNorthshire = vault.acceptedCase(TODAY.minusDays(5), 0);
        long fromUnknown = vault.acceptedCase(TODAY.minusDays(4), 0);
        long notTransferred = vault.acceptedCase(TODAY.minusDays(3), 0);
        vault.list(meeting, fromNorthshire, 1);
        vault.list(meeting, fromUnknown, 2);
        vault.list(meeting, notTransferred, 3);
        transfer(fromNorthshire, true, new PreviousMarac(" Northshire ", TODAY.minusDays(40)));
        transfer(fromUnknown, true, null);
        transfer(notTransferred, false, new PreviousMarac("Southvale", TODAY.minusDays(400)));

        Map<Long, AgendaItem> items = new java.util.HashMap<>();
        vault.agenda().agenda(meeting).cases().forEach(i -> items.put(i.caseId(), i));
        assertTrue(items.get(fromNorthshire).transferIn());
        assertEquals("Northshire", items.get(fromNorthshire).transferFrom());
        assertTrue(items.get(fromUnknown).transferIn());
        assertNull(items.get(fromUnknown).transferFrom(), "no area given");
        assertFalse(items.get(notTransferred).transferIn());
        assertNull(items.get(notTransferred).transferFrom(), "heard elsewhere before, but not a transfer");
    }

    private void transfer(long caseId, boolean in, PreviousMarac from) {
        vault.store().doInTransaction(s -> s.createSelectionQuery("from Referral r where r.maracCase.id = :c",
                Referral.class).setParameter("c", caseId).getSingleResult().setTransfer(in, from));
    }
}
