package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/**
 * The MARAC's speaking order (issue 16, decision 0061) on both stores: the order V55 starts with, the meeting view's
 * research listed in it (the referring agency where it says "referrer", children's agencies first among the rest
 * for a case with children), the coordinator's change with its history and audit, and what is refused.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SpeakingOrderTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;
    private long byHousing;
    private long withChildren;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        byHousing = vault.acceptedCase(TODAY.minusDays(5), 0);
        withChildren = vault.acceptedCase(TODAY.minusDays(4), 2);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("update referral set referring_agency ="
                + " 'housing' where case_id = :c").setParameter("c", byHousing).executeUpdate());
        vault.agenda().refresh();
        vault.agenda().circulate(meeting);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    /** The research of one case as the meeting view lists it. */
    private List<String> spoken(long caseId) {
        return vault.record().view(meeting).cases().stream().filter(c -> c.listing().caseId() == caseId)
                .findFirst().orElseThrow().research().stream().map(ResearchEntry::agencyCode).toList();
    }

    /** Active agencies in the agency list's order, children's agencies first when {@code children}. */
    private List<String> agencyOrder(boolean children) {
        List<AgencyView> all = vault.setup().agencies().stream().filter(AgencyView::active).toList();
        List<String> out = new ArrayList<>();
        all.stream().filter(a -> !children || a.forChildren()).map(AgencyView::code).forEach(out::add);
        if (children) {
            all.stream().filter(a -> !a.forChildren()).map(AgencyView::code).forEach(out::add);
        }
        return out;
    }

    /** {@code first}, then the rest of {@code rest} in their order. */
    private static List<String> expected(List<String> first, List<String> rest) {
        List<String> out = new ArrayList<>(first);
        rest.stream().filter(a -> !first.contains(a)).forEach(out::add);
        return out;
    }

    @Test
    void startsAsReferrerPoliceIdvaAndTheMeetingViewFollowsIt() {
        assertEquals(List.of("referrer", "police", "idva"), vault.setup().speakingOrder());
        assertEquals(expected(List.of("housing", "police", "idva"), agencyOrder(false)), spoken(byHousing),
                "the referring agency (housing) first, then police and the Idva, then the rest in agency order");
        assertEquals(expected(List.of("police", "idva"), agencyOrder(true)), spoken(withChildren),
                "police referred: police once, then the Idva, then children's agencies before the others");
    }

    @Test
    void coordinatorChangesTheOrderWithHistoryAndAudit() {
        vault.setup().saveSpeakingOrder(List.of("referrer", "police", "idva"), List.of("idva", "referrer", "csc"));

        assertEquals(List.of("idva", "referrer", "csc"), vault.setup().speakingOrder());
        assertEquals(expected(List.of("idva", "housing", "csc"), agencyOrder(false)), spoken(byHousing));
        assertEquals(expected(List.of("idva", "police", "csc"), agencyOrder(true)), spoken(withChildren));
        Object[] line = vault.store().read(s -> s.createSelectionQuery("select c.changedBy, c.field, c.oldValue,"
                + " c.newValue from RecordChange c where c.recordType = 'speaking_order'", Object[].class)
                .getSingleResult());
        assertEquals(List.of("coordinator", "speakingOrder", "referrer, police, idva", "idva, referrer, csc"),
                List.of(line));
        assertEquals(1, changedEntries(), "one CHANGED entry for the change");

        vault.setup().saveSpeakingOrder(List.of("idva", "referrer", "csc"), List.of());
        assertEquals(List.of(), vault.setup().speakingOrder());
        assertEquals(agencyOrder(false), spoken(byHousing), "no order: the agency list's order");
        assertEquals(agencyOrder(true), spoken(withChildren), "no order: children's agencies first, as before");
    }

    private long changedEntries() {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where"
                + " e.action = org.maracdesk.security.AuditAction.CHANGED and e.entityType = 'speaking_order'",
                Long.class).getSingleResult());
    }

    @Test
    void aStaleOrderIsRefusedNamingWhoChangedItAndNothingChanges() {
        vault.setup().saveSpeakingOrder(List.of("referrer", "police", "idva"), List.of("police", "referrer"));
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> vault.setup()
                .saveSpeakingOrder(List.of("referrer", "police", "idva"), List.of("idva")));
        assertEquals("coordinator", e.changedBy());
        assertEquals(List.of("police", "referrer"), vault.setup().speakingOrder());
    }

    @Test
    void badEntriesAndOtherRolesAreRefusedWithNothingStored() {
        List<String> now = List.of("referrer", "police", "idva");
        assertThrows(IllegalArgumentException.class, () -> vault.setup().saveSpeakingOrder(now,
                List.of("police", "the vicar")));
        assertThrows(IllegalArgumentException.class, () -> vault.setup().saveSpeakingOrder(now,
                List.of("police", "idva", "police")));
        assertEquals(now, vault.setup().speakingOrder());
        long lines = vault.store().read(s -> s.createSelectionQuery("select count(c) from RecordChange c where"
                + " c.recordType = 'speaking_order'", Long.class).getSingleResult());
        assertEquals(0, lines);
        try {
            vault.as("police");
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
        assertThrows(NotPermittedException.class, () -> vault.setup().saveSpeakingOrder(now, List.of("idva")));
        assertEquals(now, vault.store().read(SpeakingOrder::read));
    }
}
