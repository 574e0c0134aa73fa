package org.maracdesk.ui.referrals;

/** A yes/no question on the form that may not have been answered yet. */
public enum Tri {
    NOT_KNOWN, YES, NO;

    public Boolean value() {
        return this == NOT_KNOWN ? null : this == YES;
    }

    public static Tri of(Boolean value) {
        return value == null ? NOT_KNOWN : value ? YES : NO;
    }
}
