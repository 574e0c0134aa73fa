package org.maracdesk.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.maracdesk.store.AuditAnchor;
import org.maracdesk.common.Secrets;
import org.maracdesk.store.Store;

/**
 * Checks the audit chain by recomputing every MAC. The whole chain ({@link #verify}) detects edited, deleted, inserted
 * and reordered entries; with the anchor kept in the vault header (the head when the vault was last closed) it also
 * detects a truncated tail or an older copy of the database. The check at unlock and lock
 * ({@link #verifySinceAnchor}) starts at the anchor, so its work grows with the entries since the vault was last
 * closed, not with years of trail (decision 0082).
 */
public final class AuditVerifier {
    private static final String WHOLE = "marac_audit_verify";
    private static final String RECENT = "marac_audit_verify_recent";
    private static final String SCAN = "select seq, at_utc, actor, action, entity_type, entity_id, detail_digest,"
            + " prev_mac, mac from audit_entry";

    /** The whole chain, from its first entry. */
    public AuditReport verify(Store store) {
        if (store.auditSealedByServer()) {
            return store.withConnection(c -> onServer(c, WHOLE));
        }
        AuditAnchor anchor = store.keys().auditAnchor().orElse(null);
        return withKey(store, (c, key) -> scan(c, key, anchor));
    }

    /**
     * The entry the vault header's anchor recorded when the vault was last closed, unchanged, and every entry after
     * it, each following the one before. This finds a trail cut short or put back to an older copy, and any change
     * made since the vault was last closed; a change to an older entry is found by {@link #verify}, which the window
     * runs after the unlock without holding it up. Without an anchor (a new vault), the whole chain. A shared server
     * checks its own trail from the head its last whole check found intact (decision 0084); a server set up before
     * that check existed checks the whole chain until {@code server upgrade} is run.
     */
    public AuditReport verifySinceAnchor(Store store) {
        if (store.auditSealedByServer()) {
            return store.withConnection(c -> hasRecentCheck(c) ? onServer(c, RECENT) : onServer(c, WHOLE));
        }
        Optional<AuditAnchor> anchor = store.kind() == org.maracdesk.store.StoreKind.H2 ? store.keys().auditAnchor()
                : Optional.empty();
        return anchor.isEmpty() ? verify(store) : withKey(store, (c, key) -> scanFrom(c, key, anchor.get()));
    }

    @FunctionalInterface
    private interface Scan {
        AuditReport of(Connection c, byte[] key) throws SQLException;
    }

    /** Runs {@code scan} row by row with the chain's MAC key, wiped afterwards. */
    private static AuditReport withKey(Store store, Scan scan) {
        byte[] key = store.keys().deriveStable(AuditLog.KEY_PURPOSE);
        try {
            return store.withStreamingConnection(c -> scan.of(c, key));
        } finally {
            Secrets.wipe(key);
        }
    }

    private static AuditReport scan(Connection c, byte[] key, AuditAnchor anchor) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SCAN + " order by seq"); ResultSet rs = st.executeQuery()) {
            AuditReport report = chain(rs, key, 1, AuditChain.GENESIS, anchor);
            if (report.intact() && anchor != null && anchor.seq() > report.entries()) {
                return broken(report.entries(), report.headMac(), report.entries() + 1, "the trail ends at entry "
                        + report.entries() + " but had " + anchor.seq() + " entries when the vault was last closed:"
                        + " entries were removed or an older copy of the database was put back");
            }
            return report;
        }
    }

    private static AuditReport scanFrom(Connection c, byte[] key, AuditAnchor anchor) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SCAN + " where seq >= ? order by seq")) {
            st.setLong(1, anchor.seq());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return broken(anchor.seq() - 1, null, anchor.seq(), "the trail ends before entry " + anchor.seq()
                            + ", which it had when the vault was last closed: entries were removed or an older copy"
                            + " of the database was put back");
                }
                if (rs.getLong(1) != anchor.seq()) {
                    return broken(anchor.seq() - 1, null, anchor.seq(), "entry " + anchor.seq()
                            + " is missing (deleted)");
                }
                String prev = rs.getString(8);
                String mac = mac(key, rs, prev);
                if (!mac.equals(rs.getString(9)) || !mac.equals(anchor.mac())) {
                    return broken(anchor.seq() - 1, prev, anchor.seq(),
                            "it differs from the entry recorded when the vault was last closed");
                }
                return chain(rs, key, anchor.seq() + 1, mac, null);
            }
        }
    }

    /** Checks the rows {@code rs} has left, the first expected to be {@code expected} and to follow {@code prev}. */
    private static AuditReport chain(ResultSet rs, byte[] key, long expected, String prev, AuditAnchor anchor)
            throws SQLException {
        while (rs.next()) {
            long seq = rs.getLong(1);
            if (seq != expected) {
                return broken(expected - 1, prev, expected, seq > expected
                        ? "entry " + expected + " is missing (deleted)" : "entry " + seq + " appears twice");
            }
            if (!prev.equals(rs.getString(8))) {
                return broken(expected - 1, prev, seq, "it does not follow the entry before it (reordered,"
                        + " inserted or replaced)");
            }
            String mac = mac(key, rs, prev);
            if (!mac.equals(rs.getString(9))) {
                return broken(expected - 1, prev, seq, "its content has been altered");
            }
            if (anchor != null && seq == anchor.seq() && !mac.equals(anchor.mac())) {
                return broken(seq, mac, seq, "it differs from the entry recorded when the vault was last closed");
            }
            prev = mac;
            expected++;
        }
        long entries = expected - 1;
        return new AuditReport(true, entries, entries, prev, null, null);
    }

    private static String mac(byte[] key, ResultSet rs, String prev) throws SQLException {
        return AuditChain.mac(key, rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), prev);
    }

    /** True when the server has the check from its last whole check's head (setup.sql since decision 0084). */
    private static boolean hasRecentCheck(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select to_regprocedure('" + RECENT + "()') is not null");
             ResultSet rs = st.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * A shared server's own check, with its key (decision 0031): the same checks, made by {@code function}
     * ({@link #WHOLE} or {@link #RECENT}).
     */
    private static AuditReport onServer(Connection c, String function) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select intact, entries, head_mac, bad_seq, problem"
                + " from " + function + "()"); ResultSet rs = st.executeQuery()) {
            rs.next();
            long entries = rs.getLong(2);
            long bad = rs.getLong(4);
            Long firstBad = rs.wasNull() ? null : bad;
            return new AuditReport(rs.getBoolean(1), entries, entries, rs.getString(3), firstBad, rs.getString(5));
        }
    }

    private static AuditReport broken(long entries, String headMac, long badSeq, String problem) {
        return new AuditReport(false, entries, entries, headMac, badSeq, problem);
    }
}
