package org.maracdesk.ui.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/**
 * "Re-apply my change" after a lost race (decision 0051), for a screen whose change is one record value (a person's
 * details, a referral's circumstances): the newest version with only the fields the user changed put back on top.
 * A field the user left as they found it takes the other desk's value, so their change stays.
 */
public final class Reapply {
    private Reapply() {
    }

    /** Equal, or both empty text (a field shows an empty value as ""): left as the user found it. */
    private static boolean same(Object was, Object typed) {
        return Objects.equals(was, typed) || blank(was) && blank(typed);
    }

    private static boolean blank(Object v) {
        return v == null || v instanceof String s && s.isBlank();
    }

    /**
     * {@code newest} with every component where {@code mine} differs from {@code from} (the version the user started
     * from) taken from {@code mine}. Version columns the user never edits therefore come from {@code newest}.
     */
    public static <R extends Record> R onTop(R from, R mine, R newest) {
        if (from == null || mine == null) {
            return newest;
        }
        RecordComponent[] parts = newest.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                Object was = parts[i].getAccessor().invoke(from);
                Object typed = parts[i].getAccessor().invoke(mine);
                values[i] = same(was, typed) ? parts[i].getAccessor().invoke(newest) : typed;
                types[i] = parts[i].getType();
            }
            @SuppressWarnings("unchecked")
            Constructor<R> make = (Constructor<R>) newest.getClass().getDeclaredConstructor(types);
            return make.newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a record could not be copied for re-applying a change", cause);
        }
    }
}
