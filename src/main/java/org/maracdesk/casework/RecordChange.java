package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One field of a record changed after it was made (a correction): who, when, the value before and
 * after, and the reason when others had been told. Never edited; removed only with its case on purge.
 */
@Entity
@Table(name = "record_change")
public class RecordChange {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_change_seq")
    @SequenceGenerator(name = "record_change_seq", sequenceName = "record_change_seq", allocationSize = 50)
    private Long id;
    @Column(name = "record_type", nullable = false, length = 32)
    private String recordType;
    @Column(name = "record_id", nullable = false)
    private long recordId;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(nullable = false, length = 64)
    private String field;
    @Column(name = "old_value", length = 4000)
    private String oldValue;
    @Column(name = "new_value", length = 4000)
    private String newValue;
    @Column(length = 2000)
    private String reason;

    protected RecordChange() {
    }

    public RecordChange(String recordType, long recordId, Long caseId, Instant changedAt, String changedBy,
                        String field, String oldValue, String newValue, String reason) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.caseId = caseId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }
}
