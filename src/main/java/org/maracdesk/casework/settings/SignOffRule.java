package org.maracdesk.casework.settings;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Whether this MARAC refuses a referral without the manager's sign-off (decision 0060): the area decides.
 * Kept as numbered versions in {@code signoff_rule}, apart from the other local settings; no row means
 * not required. Read inside the caller's transaction, so what is checked and what is recorded agree.
 *
 * @param version 0 when never set
 * @param changedAt null for version 0
 * @param changedBy null for version 0
 */
public record SignOffRule(int version, boolean required, Instant changedAt, String changedBy, String reason) {
    /** Version 0: sign-off not required. */
    public static final SignOffRule NOT_REQUIRED = new SignOffRule(0, false, null, null, null);

    /** The newest version in the caller's transaction. */
    public static SignOffRule current(Session s) {
        List<Object[]> rows = s.createNativeQuery("select version, required, changed_at, changed_by, reason"
                + " from signoff_rule order by version desc", Object[].class).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return NOT_REQUIRED;
        }
        Object[] r = rows.get(0);
        return new SignOffRule(((Number) r[0]).intValue(), Boolean.TRUE.equals(r[1]), instant(r[2]), (String) r[3],
                (String) r[4]);
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return o == null ? null : Instant.parse(o.toString());
    }
}
