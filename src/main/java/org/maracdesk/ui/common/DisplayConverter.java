package org.maracdesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A converter for choice lists that only show items (nothing is typed in): null shows as empty. */
public final class DisplayConverter {
    private DisplayConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return including(item -> item == null ? "" : text.apply(item));
    }

    /** As {@link #of}, but the function also words the empty choice (null), e.g. "(none)". */
    public static <T> StringConverter<T> including(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
