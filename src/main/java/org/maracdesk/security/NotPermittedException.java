package org.maracdesk.security;

import java.util.Locale;

/** A service refused an operation because of the caller's role. Names the role and the operation only. */
public final class NotPermittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Role role;
    private final Permission permission;

    public NotPermittedException(Role role, Permission permission) {
        super((role == null ? "nobody signed in" : "the role " + role.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                + " may not " + permission.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        this.role = role;
        this.permission = permission;
    }

    /** Refused by a rule that is not one permission of the matrix (e.g. police accounts only); says which. */
    public NotPermittedException(Role role, String rule) {
        super(rule);
        this.role = role;
        this.permission = null;
    }

    public Role role() {
        return role;
    }

    public Permission permission() {
        return permission;
    }
}
