package org.maracdesk.ui.referrals;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.Agency;

/** The referrer section of the form: who refers, from which agency, and whether their manager was consulted. */
final class ReferrerFields {
    final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty role = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final ObjectProperty<Tri> managerConsulted = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    /** Decision 0060: the risk checklist sent with the referral, and the manager's sign-off. */
    final ObjectProperty<Tri> ricAttached = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final StringProperty managerSignOff = new SimpleStringProperty("");
    final ObjectProperty<java.time.LocalDate> signedOffOn = new SimpleObjectProperty<>();
}
