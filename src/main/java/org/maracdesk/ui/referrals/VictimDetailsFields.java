package org.maracdesk.ui.referrals;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The victim's safe contact, language and diversity (the person's own fields are {@link PersonFields}). */
final class VictimDetailsFields {
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final ObjectProperty<Tri> safeToCall = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final StringProperty safeTimes = new SimpleStringProperty("");
    final StringProperty safeContact = new SimpleStringProperty("");
    final StringProperty ethnicity = new SimpleStringProperty("");
    final ObjectProperty<Tri> disabled = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final ObjectProperty<Tri> lgbt = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final StringProperty firstLanguage = new SimpleStringProperty("");
    final ObjectProperty<Tri> interpreterNeeded = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
}
