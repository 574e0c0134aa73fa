package org.maracdesk.ui.referrals;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Consent and the victim's voice: whether they know and agree, and what they fear and want. */
final class VoiceFields {
    final ObjectProperty<Tri> victimAware = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final ObjectProperty<Tri> consentGiven = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final StringProperty consentNote = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty fears = new SimpleStringProperty("");
    final StringProperty safeToTalkTo = new SimpleStringProperty("");
    final StringProperty notSafeToTalkTo = new SimpleStringProperty("");
    final StringProperty wants = new SimpleStringProperty("");
}
