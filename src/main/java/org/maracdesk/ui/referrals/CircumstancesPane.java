package org.maracdesk.ui.referrals;

import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.FormValidation;
import org.maracdesk.ui.common.Messages;

/**
 * The further §2.3 referral fields (decision 0046) in four sections that fold away: the victim's circumstances;
 * the perpetrator; relationship, risks and triggers; police and courts. Each section title takes the focus and
 * Space or Enter folds or opens it; every field is labelled for screen readers by {@link FormBuilder}. A section
 * starts open when it holds something (the first always). Used on the referral form and in the correction
 * dialog of a decided referral; too-long text and court dates that are not dates are said at the field.
 */
final class CircumstancesPane {
    private final Messages messages;
    private final ReferralText text;
    private final CircumstancesFields fields;
    private final FormValidation validation;

    /** @param validation where the field checks are registered; null for none (the caller checks on confirm) */
    CircumstancesPane(Messages messages, ReferralText text, CircumstancesFields fields, FormValidation validation) {
        this.messages = messages;
        this.text = text;
        this.fields = fields;
        this.validation = validation;
    }

    Node build() {
        Map<StringProperty, Integer> limits = fields.limits();
        FormBuilder victim = new FormBuilder(messages);
        text(victim, "circumstances.occupation", "circOccupation", fields.occupation, limits);
        text(victim, "circumstances.religion", "circReligion", fields.religion, limits);
        text(victim, "circumstances.gp", "circGp", fields.gp, limits);
        text(victim, "circumstances.immigration", "circImmigration", fields.immigration, limits);
        text(victim, "circumstances.housing", "circHousing", fields.housing, limits);
        text(victim, "circumstances.landlord", "circLandlord", fields.landlord, limits);
        victim.choice("circumstances.pregnant", "circPregnant", fields.pregnant, List.of(Tri.values()), text::tri);
        area(victim, "circumstances.childrenAddresses", "circChildrenAddresses", fields.childrenAddresses, 2, limits);

        FormBuilder perpetrator = new FormBuilder(messages);
        text(perpetrator, "circumstances.perpEthnicity", "circPerpEthnicity", fields.perpetratorEthnicity, limits);
        text(perpetrator, "circumstances.perpDisability", "circPerpDisability", fields.perpetratorDisability, limits);
        text(perpetrator, "circumstances.perpHousing", "circPerpHousing", fields.perpetratorHousing, limits);

        FormBuilder relationship = new FormBuilder(messages);
        area(relationship, "circumstances.relationshipHistory", "circRelationshipHistory",
                fields.relationshipHistory, 3, limits);
        area(relationship, "circumstances.risksAndTriggers", "circRisksAndTriggers", fields.risksAndTriggers, 3,
                limits);

        FormBuilder police = new FormBuilder(messages);
        police.choice("circumstances.wantsPolice", "circWantsPolice", fields.wantsPolice, List.of(Tri.values()),
                text::tri);
        text(police, "circumstances.officer", "circOfficer", fields.officer, limits);
        text(police, "circumstances.crimeReferences", "circCrimeReferences", fields.crimeReferences, limits)
                .setPromptText(messages.get("circumstances.crimeReferences.prompt"));
        area(police, "circumstances.offences", "circOffences", fields.offences, 2, limits);
        area(police, "circumstances.civilOrders", "circCivilOrders", fields.civilOrders, 2, limits);
        area(police, "circumstances.bailConditions", "circBailConditions", fields.bailConditions, 2, limits);
        DatePicker bail = DateFields.picker(messages, fields.bailUntil.get());
        bail.valueProperty().bindBidirectional(fields.bailUntil);
        police.field("circumstances.bailUntil", "circBailUntil", bail);
        javafx.scene.control.TextField court = police.text("circumstances.courtDates", "circCourtDates",
                fields.courtDates);
        court.setPromptText(messages.get("circumstances.courtDates.prompt"));
        if (validation != null) {
            validation.register(court, false, (Control c, String v) -> CircumstancesFields.courtDatesProblem(
                    messages, v).map(m -> org.controlsfx.validation.ValidationResult.fromError(c, m))
                    .orElse(FormValidation.ok()));
        }

        javafx.scene.control.Label hint = new javafx.scene.control.Label(messages.get("circumstances.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(8, hint,
                section("circumstances.section.victim", "circSectionVictim", victim, true),
                section("circumstances.section.perpetrator", "circSectionPerpetrator", perpetrator, false),
                section("circumstances.section.relationship", "circSectionRelationship", relationship, false),
                section("circumstances.section.police", "circSectionPolice", police, false));
        return box;
    }

    private TitledPane section(String key, String id, FormBuilder f, boolean first) {
        TitledPane p = new TitledPane(messages.get(key), f.grid());
        p.setId(id);
        p.setAccessibleText(messages.get(key));
        p.setAccessibleHelp(messages.get("circumstances.section.help"));
        p.setAnimated(false);
        p.setExpanded(first || holdsSomething(f.grid()));
        return p;
    }

    /** Whether any field in the grid holds a value (so its section starts open). */
    private static boolean holdsSomething(javafx.scene.layout.GridPane grid) {
        for (Node n : grid.getChildren()) {
            if (n instanceof TextInputControl t && t.getText() != null && !t.getText().isBlank()) {
                return true;
            }
            if (n instanceof DatePicker d && d.getValue() != null) {
                return true;
            }
            if (n instanceof javafx.scene.control.ComboBox<?> c && c.getValue() != null && c.getValue() != Tri.NOT_KNOWN) {
                return true;
            }
        }
        return false;
    }

    private javafx.scene.control.TextField text(FormBuilder f, String key, String id, StringProperty value,
                                                Map<StringProperty, Integer> limits) {
        return limited(f.text(key, id, value), limits.get(value));
    }

    private void area(FormBuilder f, String key, String id, StringProperty value, int rows,
                      Map<StringProperty, Integer> limits) {
        limited(f.area(key, id, value, rows), limits.get(value));
    }

    private <C extends TextInputControl> C limited(C control, Integer limit) {
        if (validation != null && limit != null) {
            validation.register(control, false, (Control c, String v) -> CircumstancesFields.tooLong(messages, v, limit)
                    .map(m -> org.controlsfx.validation.ValidationResult.fromError(c, m)).orElse(FormValidation.ok()));
        }
        return control;
    }
}
