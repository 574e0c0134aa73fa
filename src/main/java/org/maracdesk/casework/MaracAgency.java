package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An agency this MARAC invites (research, attendance, actions), by the code of {@link Agency}.
 * The defaults are inserted by the V6 migration; the coordinator may rename, add or retire them.
 */
@Entity
@Table(name = "marac_agency")
public class MaracAgency {
    @Id
    @Column(length = 40)
    private String code;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "sees_safe_contact", nullable = false)
    private boolean seesSafeContact;
    @Column(name = "for_children", nullable = false)
    private boolean forChildren;
    /** The day its information-sharing agreement was signed (decision 0059); null: none on file. */
    @Column(name = "isa_signed_on")
    private java.time.LocalDate isaSignedOn;
    /** Who signed it, as a role or title (for example "Chief Executive"). */
    @Column(name = "isa_signed_by", length = 200)
    private String isaSignedBy;
    @Version
    private int version;

    protected MaracAgency() {
    }

    public MaracAgency(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public java.time.LocalDate getIsaSignedOn() {
        return isaSignedOn;
    }

    public String getIsaSignedBy() {
        return isaSignedBy;
    }

    /** Records the signed information-sharing agreement, or (both null) that none is on file. */
    public void setAgreement(java.time.LocalDate signedOn, String signedBy) {
        this.isaSignedOn = signedOn;
        this.isaSignedBy = signedBy;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Whether this agency's representatives see the victim's safe address and contact details. */
    public boolean seesSafeContact() {
        return seesSafeContact;
    }

    public void setSeesSafeContact(boolean seesSafeContact) {
        this.seesSafeContact = seesSafeContact;
    }

    /** Whether the agency works with children: listed first for a case with children (decision 0047). */
    public boolean isForChildren() {
        return forChildren;
    }

    public void setForChildren(boolean forChildren) {
        this.forChildren = forChildren;
    }
}
