package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.store.StoreKind;

/**
 * The accepted referrals the Meetings area looks at when it lists waiting referrals, read by
 * {@link UnlistedReferrals} (two ordered index reads merged), are exactly those the previous read
 * found (every listing's referral, the accepted referrals, a difference in memory; kept below as the
 * reference): referrals never listed, listed only on a cancelled meeting, listed on a cancelled and
 * a held meeting, taken off their listing, not accepted. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class UnlistedReferralsTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;

    @AfterEach
    void close() {
        if (vault != null) {
            vault.lock();
        }
    }

    @Test
    void theMergedReadFindsWhatTheDifferenceInMemoryFound() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long first = vault.meeting(TODAY.plusDays(7), TODAY.plusDays(2), MeetingStatus.SCHEDULED);
        long second = vault.meeting(TODAY.plusDays(35), TODAY.plusDays(30), MeetingStatus.SCHEDULED);
        for (int i = 0; i < 24; i++) {
            vault.acceptedCase(TODAY.minusDays(i), i % 3);
        }
        int listed = vault.agenda().refresh();
        assertEquals(24, listed, "every accepted referral listed on the next meeting");
        vault.store().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                // Some listings moved to the later meeting, then the first meeting cancelled.
                st.executeUpdate("update listing set meeting_id = " + second + " where mod(id, 3) = 0");
                st.executeUpdate("update meeting set status = 'CANCELLED' where id = " + first);
                // A listing that no longer names its referral, and a referral no longer accepted.
                st.executeUpdate("update listing set referral_id = null where id = (select min(id) from listing"
                        + " where meeting_id = " + second + ")");
                st.executeUpdate("update referral set status = 'DECLINED', decision_reason = 'test'"
                        + " where id = (select max(id) from referral)");
            }
            return null;
        });
        // A referral listed on the cancelled meeting and on a held one.
        long both = vault.store().withConnection(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("select min(l.referral_id) from listing l"
                    + " where l.meeting_id = " + first)) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long again = vault.list(second, caseOf(both), 99);
        vault.store().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("update listing set referral_id = " + both + " where id = " + again);
            }
            return null;
        });
        for (int i = 0; i < 5; i++) {
            vault.acceptedCase(TODAY.minusDays(40 + i), 0);
        }
        vault.draftReferral(TODAY);

        List<Long> expected = vault.store().read(UnlistedReferralsTest::differenceInMemory);
        List<Long> found = vault.store().read(UnlistedReferrals::find);
        assertEquals(sorted(expected), found, "the same referrals, in id order");
        assertTrue(found.contains(both), "listed on a cancelled and a held meeting: still looked at");
        assertTrue(found.size() >= 5 + 1 && found.size() < 29, "some listed, some not: " + found.size());

        // More kinds of write, each by plain SQL (the marker is kept by the database, whatever writes):
        vault.store().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                // a listing taken off a held meeting; a listing moved from the cancelled meeting to a held one;
                st.executeUpdate("delete from listing where id = (select min(id) from listing where meeting_id = "
                        + second + " and referral_id is not null and referral_id <> " + both + ")");
                st.executeUpdate("update listing set meeting_id = " + second + " where id = (select min(id)"
                        + " from listing where meeting_id = " + first + " and referral_id <> " + both + ")");
                // a declined referral accepted again; an accepted one decided otherwise; a referral named again.
                st.executeUpdate("update referral set status = 'ACCEPTED' where status = 'DECLINED'");
                st.executeUpdate("update referral set status = 'IDVA_ONLY', decision_reason = 'test' where id ="
                        + " (select min(referral_id) from referral_waiting where referral_id <> " + both + ")");
                st.executeUpdate("update listing set referral_id = (select max(referral_id) from referral_waiting"
                        + " where referral_id <> " + both + ")"
                        + " where referral_id is null");
            }
            return null;
        });
        assertEquals(sorted(vault.store().read(UnlistedReferralsTest::differenceInMemory)),
                vault.store().read(UnlistedReferrals::find), "after removals, moves, reversed and changed decisions");
        // The cancelled meeting back on the calendar: its referrals listed again, then cancelled once more.
        for (String status : List.of("SCHEDULED", "CANCELLED")) {
            vault.store().withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("update meeting set status = '" + status + "' where id = " + first);
                }
                return null;
            });
            List<Long> again2 = vault.store().read(UnlistedReferrals::find);
            assertEquals(sorted(vault.store().read(UnlistedReferralsTest::differenceInMemory)), again2,
                    "meeting " + status);
            assertEquals(status.equals("CANCELLED"), again2.contains(both), "listed on the meeting, " + status);
        }
    }

    @Test
    void aWriteRolledBackLeavesTheMarkerAsItWas() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        vault.acceptedCase(TODAY.minusDays(1), 0);
        List<Long> before = vault.store().read(UnlistedReferrals::find);
        assertEquals(1, before.size(), "the accepted referral waits");
        vault.store().withConnection(c -> {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("update referral set status = 'DECLINED', decision_reason = 'test'");
                assertTrue(UnlistedReferrals.find(c).isEmpty(), "inside the transaction: no longer waiting");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
        assertEquals(before, vault.store().read(UnlistedReferrals::find));
    }

    private long caseOf(long referral) {
        return vault.store().withConnection(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("select case_id from referral"
                    + " where id = " + referral)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<Long> sorted(List<Long> ids) {
        List<Long> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }

    /** The previous read (AutoLister until session 8), kept as the reference. */
    private static List<Long> differenceInMemory(Session s) {
        Set<Long> listed = new HashSet<>(s.createNativeQuery("select l.referral_id from listing l"
                + " where l.referral_id is not null", Long.class).getResultList());
        List<Long> cancelled = s.createNativeQuery("select m.id from meeting m where m.status = 'CANCELLED'", Long.class)
                .getResultList();
        if (!cancelled.isEmpty()) {
            listed.removeAll(s.createNativeQuery("select l.referral_id from listing l where l.meeting_id in (:meetings)"
                    + " and l.referral_id is not null", Long.class).setParameter("meetings", cancelled).getResultList());
        }
        List<Long> out = new ArrayList<>();
        for (Long id : s.createNativeQuery("select r.id from referral r where r.status = 'ACCEPTED'", Long.class)
                .getResultList()) {
            if (!listed.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
