package org.maracdesk.ui.referrals;

import java.time.LocalDate;
import java.time.Period;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;

/**
 * The referral form's inline checks: required fields, dates not in the future, a plausible date of birth, a
 * whole number of incidents, and the written reason professional judgement needs below the threshold. The same
 * rules are checked again by the service when the referral is decided; these only say so early, where the field
 * is. {@link FormValidation} shows them.
 */
final class ReferralChecks {
    private final FormValidation validation;
    private final Messages messages;
    private final ReferralFormViewModel vm;

    ReferralChecks(FormValidation validation, Messages messages, ReferralFormViewModel vm) {
        this.validation = validation;
        this.messages = messages;
        this.vm = vm;
        validation.revalidateWhen(vm.resultProperty(), vm.grounds.professionalJudgementChosen, vm.referralDate);
    }

    /** The validation the form's sections register their own checks with. */
    FormValidation support() {
        return validation;
    }

    void start() {
        validation.start();
    }

    void required(Control c) {
        validation.required(c);
    }

    void referralDate(DatePicker d) {
        validation.register(d, true, (Control c, LocalDate v) -> v == null
                ? validation.error(c, "referral.valid.required") : future(c, v));
    }

    void notFuture(DatePicker d) {
        validation.register(d, false, (Control c, LocalDate v) -> v == null ? FormValidation.ok() : future(c, v));
    }

    void victim(Node grid) {
        required((Control) grid.lookup("#victimGivenName"));
        required((Control) grid.lookup("#victimFamilyName"));
        validation.register((DatePicker) grid.lookup("#victimDob"), true, (Control c, LocalDate v) -> {
            if (v == null) {
                return validation.error(c, "referral.valid.required");
            }
            LocalDate on = vm.referralDate.get() == null ? vm.today() : vm.referralDate.get();
            if (v.isAfter(on)) {
                return validation.error(c, "referral.valid.future");
            }
            int age = Period.between(v, on).getYears();
            return age < 16 || age > 110 ? validation.error(c, "referral.valid.victimAge") : FormValidation.ok();
        });
    }

    void firstPerpetrator(Node grid, String prefix) {
        required((Control) grid.lookup("#" + prefix + "GivenName"));
        required((Control) grid.lookup("#" + prefix + "FamilyName"));
    }

    void incidents(TextField f) {
        validation.register(f, false, (Control c, String v) -> v == null || v.isBlank()
                || v.strip().matches("\\d{1,4}") ? FormValidation.ok() : validation.error(c, "referral.valid.wholeNumber"));
    }

    void judgement(TextArea a) {
        validation.register(a, false, (Control c, String v) -> vm.judgementReasonMissing()
                ? ValidationResult.fromMessages(ValidationMessage.error(c,
                        messages.format("referral.valid.judgement", vm.threshold()))) : FormValidation.ok());
    }

    void decisionReason(TextArea a) {
        required(a);
    }

    private ValidationResult future(Control c, LocalDate v) {
        return v.isAfter(vm.today()) ? validation.error(c, "referral.valid.future") : FormValidation.ok();
    }
}
