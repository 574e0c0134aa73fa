package org.maracdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in. The passphrase lives only as a key slot in the vault header. */
@Entity
@Table(name = "account")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "agency_code", length = 40)
    private String agencyCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String displayName, Role role, String agencyCode, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.agencyCode = agencyCode;
        this.createdAt = createdAt;
    }

    /** A new role and agency; the account holder gets them at their next sign-in. */
    void changeRole(Role role, String agencyCode) {
        this.role = role;
        this.agencyCode = agencyCode;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    public AccountInfo toInfo() {
        return new AccountInfo(username, displayName, role, agencyCode);
    }
}
