package org.maracdesk.ui.referrals;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.Decision;
import org.maracdesk.casework.intake.RepeatReferralStart;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.ViewLoader;

/**
 * The referral form begun from the case hub's "New referral for this victim" (issue 14): the same form and the
 * same decision as in the Referrals area, with the case's people filled in and linked; after the decision the hub
 * is told in words whether the referral was taken as a repeat of the case it was begun from.
 */
public final class RepeatReferralForms {
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy");
    private final ViewLoader views;
    private final Messages messages;
    private final Supplier<ReferralFormViewModel> forms;

    public RepeatReferralForms(ViewLoader views, Messages messages, Supplier<ReferralFormViewModel> forms) {
        this.views = views;
        this.messages = messages;
        this.forms = forms;
    }

    /**
     * The form for {@code started}; {@code back} leaves it (a draft saved meanwhile stays in the Referrals list),
     * {@code decided} leaves it after a decision with what the decision did in words.
     */
    public Parent open(RepeatReferralStart.Started started, Runnable back, Consumer<String> decided) {
        ReferralFormViewModel vm = forms.get();
        vm.startWithPeople(started.draft());
        vm.statusProperty().set(messages.format("hub.newReferral.begun", started.caseReference()));
        Parent form = views.load(Fxml.REFERRAL_FORM_VIEW, new ReferralFormView(vm, messages, back,
                d -> decided.accept(said(messages, started.caseReference(), d))));
        if (form.lookup("#backButton") instanceof javafx.scene.control.Button leave) {
            leave.setText(messages.get("hub.newReferral.back")); // back to the case, not to the referrals list
        }
        if (form.lookup("#titleLabel") instanceof javafx.scene.control.Label title) {
            title.setText(messages.format("hub.newReferral.title", started.caseReference()));
        }
        // a long status gives way (its full text is the tooltip), never the buttons or the title
        for (String id : new String[] {"#backButton", "#titleLabel", "#saveButton"}) {
            if (form.lookup(id) instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
        }
        if (form.lookup("#statusLabel") instanceof javafx.scene.control.Label status) {
            status.setMinWidth(0);
            status.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> status.getText()
                    .isEmpty() ? null : new javafx.scene.control.Tooltip(status.getText()), status.textProperty()));
        }
        return form;
    }

    /** What the decision did; for a referral added to the case it was begun from, that it is a repeat of it. */
    static String said(Messages messages, String caseReference, Decision d) {
        if (d.status() != ReferralStatus.ACCEPTED || !caseReference.equals(d.caseReference())) {
            return ReferralsArea.notice(messages, d);
        }
        String last = d.lastListing() == null ? messages.get("hub.newReferral.noEarlier")
                : messages.format("hub.newReferral.last", DATE.format(d.lastListing()));
        return messages.format(d.repeat() ? "hub.newReferral.repeat" : "hub.newReferral.joined", caseReference, last)
                + messages.format("referral.done.settings", String.valueOf(d.settingsVersion()));
    }
}
