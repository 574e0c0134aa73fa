package org.maracdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that read a date typed as dd/mm/yyyy (or yyyy-mm-dd), show it as dd/mm/yyyy, and take a
 * typed date as soon as the focus leaves, not only on Enter.
 */
public final class DateFields {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DateFields() {
    }

    /** A picker holding {@code value} (may be null), with the dd/mm/yyyy prompt. */
    public static DatePicker picker(Messages messages, LocalDate value) {
        return dayMonthYear(new DatePicker(value), messages);
    }

    /**
     * Makes a picker declared elsewhere (FXML) show and read dd/mm/yyyy like every other date field,
     * whatever the machine's locale (a JavaFX picker left alone follows it: 7/1/2026 is 1 July on a
     * machine set to the US, 7 January to anyone in England), and take a typed date when focus leaves.
     */
    public static DatePicker dayMonthYear(DatePicker d, Messages messages) {
        d.setPromptText(messages.get("referral.date.prompt"));
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        d.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                try {
                    d.setValue(parse(d.getEditor().getText()));
                } catch (DateTimeParseException e) {
                    d.getEditor().setText(d.getConverter().toString(d.getValue()));
                }
            }
        });
        return d;
    }

    /**
     * The date as typed now (the editor may not have been committed yet), null when empty.
     *
     * @throws DateTimeParseException when the text is not a date
     */
    public static LocalDate typed(DatePicker picker) {
        LocalDate d = parse(picker.getEditor().getText());
        picker.setValue(d);
        return d;
    }

    /** The date in {@code text} (dd/mm/yyyy or yyyy-mm-dd), null when empty; throws when it is not a date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DateTimeParseException last = null;
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(text.strip(), f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }
}
