package org.maracdesk.ui.referrals;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The grounds section: police-reported incidents, professional judgement and its reason, the incident summary. */
final class GroundsFields {
    final StringProperty policeIncidents = new SimpleStringProperty("");
    final BooleanProperty professionalJudgementChosen = new SimpleBooleanProperty();
    final StringProperty professionalJudgement = new SimpleStringProperty("");
    final StringProperty incidentSummary = new SimpleStringProperty("");

    /** Null when blank or not a whole number of 0 or more (the field's validation says so). */
    Integer incidents() {
        String text = policeIncidents.get();
        if (Forms.blank(text) || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    /** The written reason when professional judgement is chosen, otherwise none. */
    String judgement() {
        return professionalJudgementChosen.get() ? Forms.text(professionalJudgement) : null;
    }
}
