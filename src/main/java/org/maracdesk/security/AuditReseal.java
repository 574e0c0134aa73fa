package org.maracdesk.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Carries a vault's audit trail onto a shared server (decision 0039). Every entry keeps its time, actor,
 * action, subject and digest; it gets the next number on the server and a new MAC, computed with the
 * server's chain key and linked to the server's head, so {@code marac_audit_verify} (and {@code audit verify
 * --server}) checks the whole trail, the imported part included. The case reads recorded against an entry
 * follow it to its new number. Runs inside the import's transaction, as the server's owner, under the same
 * advisory lock as every other append.
 */
final class AuditReseal {
    private static final int BATCH = 1_000;
    private final Connection server;
    private final byte[] chainKey;
    private long head;
    private String headMac;

    /** @param chainKey the server's audit-chain key (the caller wipes it) */
    AuditReseal(Connection server, byte[] chainKey) throws SQLException {
        this.server = server;
        this.chainKey = chainKey;
        try (Statement st = server.createStatement();
             ResultSet rs = st.executeQuery("select seq, mac from audit_entry order by seq desc limit 1")) {
            head = rs.next() ? rs.getLong(1) : 0;
            headMac = head == 0 ? AuditChain.GENESIS : rs.getString(2);
        }
    }

    /** What was carried: the server's numbers of the first and last imported entry, and the vault's head MAC. */
    record Carried(long entries, long firstSeq, long lastSeq, String vaultHeadMac) {
    }

    /** Re-seals every entry of the vault's trail (read from {@code vault}) onto the server's chain. */
    Carried carry(Connection vault) throws SQLException {
        long offset = head;
        long n = 0;
        String vaultHead = AuditChain.GENESIS;
        try (Statement read = vault.createStatement();
             ResultSet rs = read.executeQuery("select seq, at_utc, actor, action, entity_type, entity_id, detail_digest,"
                     + " mac from audit_entry order by seq");
             PreparedStatement write = server.prepareStatement("insert into audit_entry (seq, at_utc, actor, action,"
                     + " entity_type, entity_id, detail_digest, prev_mac, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (rs.next()) {
                if (rs.getLong(1) != n + 1) {
                    throw new IllegalStateException("the vault's audit trail is not numbered without gaps");
                }
                OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                append(write, at.toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7));
                vaultHead = rs.getString(8);
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        carryCaseReads(vault, offset);
        return new Carried(n, offset + 1, offset + n, vaultHead);
    }

    private void carryCaseReads(Connection vault, long offset) throws SQLException {
        try (Statement read = vault.createStatement();
             ResultSet rs = read.executeQuery("select audit_seq, case_id from audit_case_read order by audit_seq, case_id");
             PreparedStatement write = server.prepareStatement("insert into audit_case_read (audit_seq, case_id)"
                     + " values (?, ?)")) {
            long n = 0;
            while (rs.next()) {
                write.setLong(1, rs.getLong(1) + offset);
                write.setLong(2, rs.getLong(2));
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /** One new entry at the head of the server's chain (the import's own entries). */
    void appendOne(Instant at, String actor, AuditAction action, String entityType, String entityId, String digest)
            throws SQLException {
        try (PreparedStatement write = server.prepareStatement("insert into audit_entry (seq, at_utc, actor, action,"
                + " entity_type, entity_id, detail_digest, prev_mac, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            append(write, at, actor, action.name(), entityType, entityId, digest);
            write.executeBatch();
        }
    }

    private void append(PreparedStatement write, Instant at, String actor, String action, String entityType,
                        String entityId, String digest) throws SQLException {
        long seq = head + 1;
        String mac = AuditChain.mac(chainKey, seq, at, actor, action, entityType, entityId, digest, headMac);
        write.setLong(1, seq);
        write.setObject(2, at.atOffset(ZoneOffset.UTC));
        write.setString(3, actor);
        write.setString(4, action);
        write.setString(5, entityType);
        write.setString(6, entityId);
        write.setString(7, digest);
        write.setString(8, headMac);
        write.setString(9, mac);
        write.addBatch();
        head = seq;
        headMac = mac;
    }
}
