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
        return onTop(from, mine, newest, false);
    }

    /**
     * The same for a record that holds records (a whole referral form): a component that is itself a record in all
     * three versions is merged field by field in the same way, so a user who changed the referrer's phone keeps the
     * other desk's change to the referrer's e-mail; a map (a checklist's answers) is merged key by key the same way.
     * Lists and sets are compared and taken whole.
     */
    public static <R extends Record> R deep(R from, R mine, R newest) {
        return onTop(from, mine, newest, true);
    }

    private static Object part(Object was, Object typed, Object theirs, boolean deep) {
        if (deep && was instanceof Record w && typed instanceof Record t && theirs instanceof Record n
                && w.getClass() == n.getClass() && t.getClass() == n.getClass()) {
            return onTop(w, t, n, true);
        }
        if (deep && was instanceof java.util.Map<?, ?> w && typed instanceof java.util.Map<?, ?> t
                && theirs instanceof java.util.Map<?, ?> n) {
            java.util.Map<Object, Object> merged = new java.util.LinkedHashMap<>(n);
            java.util.Set<Object> keys = new java.util.LinkedHashSet<>(w.keySet());
            keys.addAll(t.keySet());
            for (Object k : keys) {
                if (!same(w.get(k), t.get(k))) {
                    if (t.get(k) == null) {
                        merged.remove(k);
                    } else {
                        merged.put(k, t.get(k));
                    }
                }
            }
            return merged;
        }
        return same(was, typed) ? theirs : typed;
    }

    private static <R extends Record> R onTop(R from, R mine, R newest, boolean deep) {
        if (from == null || mine == null || newest == null) {
            return newest;
        }
        RecordComponent[] parts = newest.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                Object was = parts[i].getAccessor().invoke(from);
                Object typed = parts[i].getAccessor().invoke(mine);
                values[i] = part(was, typed, parts[i].getAccessor().invoke(newest), deep);
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
