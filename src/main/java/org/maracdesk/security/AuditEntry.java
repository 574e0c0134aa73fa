package org.maracdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the audit chain. Written once, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    private long seq;
    @Column(name = "at_utc", nullable = false)
    private Instant at;
    @Column(nullable = false, length = 64)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;
    @Column(name = "entity_type", length = 40)
    private String entityType;
    @Column(name = "entity_id", length = 64)
    private String entityId;
    @Column(name = "detail_digest", length = 64)
    private String detailDigest;
    @Column(name = "prev_mac", nullable = false, length = 64)
    private String prevMac;
    @Column(nullable = false, length = 64)
    private String mac;

    protected AuditEntry() {
    }

    AuditEntry(AuditChain.Link link) {
        this.seq = link.seq();
        this.at = link.at();
        this.actor = link.actor();
        this.action = link.action();
        this.entityType = link.entityType();
        this.entityId = link.entityId();
        this.detailDigest = link.detailDigest();
        this.prevMac = link.prevMac();
        this.mac = link.mac();
    }

    long seq() {
        return seq;
    }

    String mac() {
        return mac;
    }
}
