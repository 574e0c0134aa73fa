package org.maracdesk.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Shows what is wrong where it is wrong, with ControlsFX: the field is outlined ({@code field-error}), and the
 * message becomes its tooltip and accessible help, so it is said as well as shown. Checks come either from
 * validators registered per field (checked as the user types) or from a view model's {@link FieldProblem}s
 * (checked when the user asks to save); a problem shown that way goes away once its field is changed.
 */
public final class FormValidation {
    private final ValidationSupport support = new ValidationSupport();
    private final Messages messages;
    private final Map<Control, Shown> shown = new HashMap<>();
    private final Set<Control> watched = new HashSet<>();

    /** A view model's problem on a field, and the value the field had when it was found. */
    private static final class Shown {
        private final String message;
        private boolean seen;
        private Object value;

        Shown(String message) {
            this.message = message;
        }
    }

    public FormValidation(Messages messages) {
        this.messages = messages;
        // Style classes and tooltips only: the graphic decorations reach into JavaFX internals,
        // which the launcher (JavaFX on the module path) does not open.
        support.setValidationDecorator(new StyleClassValidationDecoration("field-error", "field-warning"));
        support.validationResultProperty().addListener((o, old, result) -> explain());
    }

    /** The message of each field as its tooltip and accessible help. */
    private void explain() {
        for (Control c : support.getRegisteredControls()) {
            String text = support.getHighestMessage(c).map(m -> m.getText()).orElse(null);
            c.setTooltip(text == null ? null : new Tooltip(text));
            c.setAccessibleHelp(text);
        }
    }

    public void start() {
        support.revalidate();
    }

    /** Checks every field again whenever one of {@code sources} changes. */
    public void revalidateWhen(Observable... sources) {
        for (Observable o : sources) {
            o.addListener(x -> support.revalidate());
        }
    }

    public void required(Control c) {
        support.registerValidator(c, true, Validator.createEmptyValidator(messages.get("referral.valid.required")));
    }

    public <T> void register(Control c, boolean required, Validator<T> validator) {
        support.registerValidator(c, required, validator);
    }

    /**
     * Shows a view model's problems on their fields ({@code fields} maps its field names to controls) and
     * clears those no longer found; returns the control of the first problem, or null when there is none.
     */
    public Control show(List<FieldProblem> problems, Map<String, ? extends Control> fields) {
        fields.values().forEach(this::watch);
        shown.clear();
        Control first = null;
        for (FieldProblem p : problems) {
            Control c = fields.get(p.field());
            if (c != null && !shown.containsKey(c)) {
                shown.put(c, new Shown(p.message()));
                first = first == null ? c : first;
            }
        }
        // ControlsFX outlines fields only once some value has changed; a problem found on a save must show at once.
        support.initInitialDecoration();
        support.revalidate();
        return first;
    }

    private void watch(Control control) {
        if (watched.add(control)) {
            support.registerValidator(control, false, (Control c, Object value) -> {
                Shown s = shown.get(c);
                if (s == null) {
                    return ok();
                }
                if (!s.seen) {
                    s.seen = true;
                    s.value = value;
                }
                return Objects.equals(value, s.value) ? ValidationResult.fromError(c, s.message) : ok();
            });
        }
    }

    public ValidationResult error(Control c, String key) {
        return ValidationResult.fromMessageIf(c, messages.get(key), Severity.ERROR, true);
    }

    public static ValidationResult ok() {
        return new ValidationResult();
    }
}
