package org.maracdesk.ui.referrals;

import java.time.LocalDate;
import java.time.Period;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.maracdesk.ui.common.Messages;

/**
 * Inline checks with ControlsFX decorations: required fields, dates not in the future, a
 * plausible date of birth, a whole number of incidents, and the written reason professional
 * judgement needs below the threshold. The same rules are checked again by the service when the
 * referral is decided; these only say so early, where the field is.
 */
final class FormValidation {
    private final ValidationSupport support = new ValidationSupport();
    private final Messages messages;
    private final ReferralFormViewModel vm;

    FormValidation(Messages messages, ReferralFormViewModel vm) {
        this.messages = messages;
        this.vm = vm;
        // Style classes and tooltips only: the graphic decorations reach into JavaFX internals,
        // which the launcher (JavaFX on the module path) does not open.
        support.setValidationDecorator(new StyleClassValidationDecoration("field-error", "field-warning"));
        support.validationResultProperty().addListener((o, old, result) -> explain());
        vm.resultProperty().addListener(o -> support.revalidate());
        vm.professionalJudgementChosen.addListener(o -> support.revalidate());
        vm.referralDate.addListener(o -> support.revalidate());
    }

    /** The message of each field as its tooltip and accessible help, so it is said as well as shown. */
    private void explain() {
        for (Control c : support.getRegisteredControls()) {
            var message = support.getHighestMessage(c);
            String text = message.map(m -> m.getText()).orElse(null);
            c.setTooltip(text == null ? null : new javafx.scene.control.Tooltip(text));
            c.setAccessibleHelp(text);
        }
    }

    void start() {
        support.revalidate();
    }

    ValidationSupport support() {
        return support;
    }

    void required(Control c) {
        support.registerValidator(c, true, Validator.createEmptyValidator(messages.get("referral.valid.required")));
    }

    void referralDate(DatePicker d) {
        support.registerValidator(d, true, (Control c, LocalDate v) -> v == null
                ? error(c, "referral.valid.required") : future(c, v));
    }

    void notFuture(DatePicker d) {
        support.registerValidator(d, false, (Control c, LocalDate v) -> v == null ? ok() : future(c, v));
    }

    void victim(Node grid) {
        required((Control) grid.lookup("#victimGivenName"));
        required((Control) grid.lookup("#victimFamilyName"));
        support.registerValidator((DatePicker) grid.lookup("#victimDob"), true, (Control c, LocalDate v) -> {
            if (v == null) {
                return error(c, "referral.valid.required");
            }
            LocalDate on = vm.referralDate.get() == null ? LocalDate.now() : vm.referralDate.get();
            if (v.isAfter(on)) {
                return error(c, "referral.valid.future");
            }
            int age = Period.between(v, on).getYears();
            return age < 16 || age > 110 ? error(c, "referral.valid.victimAge") : ok();
        });
    }

    void firstPerpetrator(Node grid, String prefix) {
        required((Control) grid.lookup("#" + prefix + "GivenName"));
        required((Control) grid.lookup("#" + prefix + "FamilyName"));
    }

    void incidents(TextField f) {
        support.registerValidator(f, false, (Control c, String v) -> v == null || v.isBlank()
                || v.strip().matches("\\d{1,4}") ? ok() : error(c, "referral.valid.wholeNumber"));
    }

    void judgement(TextArea a) {
        support.registerValidator(a, false, (Control c, String v) -> vm.judgementReasonMissing()
                ? ValidationResult.fromMessages(org.controlsfx.validation.ValidationMessage.error(c,
                        messages.format("referral.valid.judgement", vm.threshold()))) : ok());
    }

    void decisionReason(TextArea a) {
        required(a);
    }

    private ValidationResult future(Control c, LocalDate v) {
        return v.isAfter(LocalDate.now()) ? error(c, "referral.valid.future") : ok();
    }

    private ValidationResult error(Control c, String key) {
        return ValidationResult.fromMessageIf(c, messages.get(key), Severity.ERROR, true);
    }

    private static ValidationResult ok() {
        return new ValidationResult();
    }
}
