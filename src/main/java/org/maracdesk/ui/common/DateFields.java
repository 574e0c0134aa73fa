package org.maracdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Date pickers that read a date typed as dd/mm/yyyy (or yyyy-mm-dd), show it as dd/mm/yyyy, and take a
 * typed date as soon as the focus leaves, not only on Enter.
 */
public final class DateFields {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** Style class of a date field whose text is not a date (drawn like any field in error). */
    public static final String NOT_A_DATE = "not-a-date";

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

            /**
             * The picker calls this itself when Enter is pressed or the focus leaves; a text that is not a date
             * keeps the date it held (an exception here would reach the window's error handler as an unexpected
             * failure, with the typed text in its message).
             */
            @Override
            public LocalDate fromString(String text) {
                try {
                    return parse(text);
                } catch (DateTimeParseException e) {
                    return d.getValue();
                }
            }
        });
        d.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                check(d, messages);
            }
        });
        d.getEditor().textProperty().addListener((o, was, now) -> {
            if (d.getStyleClass().contains(NOT_A_DATE) && readable(now)) {
                clearMark(d);
            }
        });
        return d;
    }

    /**
     * Takes the typed text when it is a date; otherwise leaves it in the field for the user to correct, marks the
     * field and says how to type a date (tooltip and screen-reader help) instead of silently putting the old date
     * back.
     */
    private static void check(DatePicker d, Messages messages) {
        String text = d.getEditor().getText();
        if (readable(text)) {
            d.setValue(parse(text));
            clearMark(d);
            return;
        }
        if (!d.getStyleClass().contains(NOT_A_DATE)) {
            d.getStyleClass().add(NOT_A_DATE);
        }
        String help = messages.get("date.notADate");
        d.setTooltip(new Tooltip(help));
        d.setAccessibleHelp(help);
    }

    private static void clearMark(DatePicker d) {
        d.getStyleClass().remove(NOT_A_DATE);
        if (d.getTooltip() != null && d.getTooltip().getText().equals(d.getAccessibleHelp())) {
            d.setTooltip(null);
            d.setAccessibleHelp(null);
        }
    }

    private static boolean readable(String text) {
        try {
            parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
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
