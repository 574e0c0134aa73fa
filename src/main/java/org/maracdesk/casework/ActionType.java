package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of action the MARAC reports on (safeguarding referral, Operation Encompass notification…). The
 * defaults are inserted by the V33 migration; the coordinator may add, rename or retire them, never remove
 * one (actions keep their type). {@link #OTHER} is never retired.
 */
@Entity
@Table(name = "action_type")
public class ActionType {
    /** The type of every action agreed before types existed, and the default of a new one. */
    public static final String OTHER = "OTHER";

    @Id
    @Column(length = 40)
    private String code;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActionDetails details;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Version
    private int version;

    protected ActionType() {
    }

    public ActionType(String code, String name, ActionDetails details, int sortOrder) {
        this.code = code;
        this.name = name;
        this.details = details;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ActionDetails getDetails() {
        return details;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setDetails(ActionDetails details) {
        this.details = details;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
