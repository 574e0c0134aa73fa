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
 * Walks the whole chain in order and recomputes every MAC. Detects edited, deleted, inserted
 * and reordered entries; with the anchor kept in the vault header (the head when the vault was
 * last closed) it also detects a truncated tail or an older copy of the database.
 */
public final class AuditVerifier {
    private static final String SCAN = "select seq, at_utc, actor, action, entity_type, entity_id, detail_digest,"
            + " prev_mac, mac from audit_entry order by seq";

    public AuditReport verify(Store store) {
        if (store.auditSealedByServer()) {
            return store.withConnection(AuditVerifier::onServer);
        }
        Optional<AuditAnchor> anchor = store.keys().auditAnchor();
        byte[] key = store.keys().deriveStable(AuditLog.KEY_PURPOSE);
        try {
            return store.withStreamingConnection(c -> scan(c, key, anchor.orElse(null)));
        } finally {
            Secrets.wipe(key);
        }
    }

    private static AuditReport scan(Connection c, byte[] key, AuditAnchor anchor) throws SQLException {
        long expected = 1;
        String prev = AuditChain.GENESIS;
        try (PreparedStatement st = c.prepareStatement(SCAN); ResultSet rs = st.executeQuery()) {
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
                String mac = AuditChain.mac(key, seq, rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), prev);
                if (!mac.equals(rs.getString(9))) {
                    return broken(expected - 1, prev, seq, "its content has been altered");
                }
                if (anchor != null && seq == anchor.seq() && !mac.equals(anchor.mac())) {
                    return broken(seq, mac, seq, "it differs from the entry recorded when the vault was last closed");
                }
                prev = mac;
                expected++;
            }
        }
        long entries = expected - 1;
        if (anchor != null && anchor.seq() > entries) {
            return broken(entries, prev, entries + 1, "the trail ends at entry " + entries + " but had "
                    + anchor.seq() + " entries when the vault was last closed: entries were removed or an older"
                    + " copy of the database was put back");
        }
        return new AuditReport(true, entries, entries, prev, null, null);
    }

    /** A shared server's own check, with its key (decision 0031): the same checks, made by {@code marac_audit_verify}. */
    private static AuditReport onServer(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select intact, entries, head_mac, bad_seq, problem"
                + " from marac_audit_verify()"); ResultSet rs = st.executeQuery()) {
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
