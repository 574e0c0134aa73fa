package org.maracdesk.ui.referrals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.ReferralFlag;

/** Police references, a previous MARAC elsewhere (and a transfer in), and the flags. */
final class HistoryFields {
    final StringProperty policeReference = new SimpleStringProperty("");
    final StringProperty crimeNumbers = new SimpleStringProperty("");
    final StringProperty previousArea = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> previousDate = new SimpleObjectProperty<>();
    final BooleanProperty transferIn = new SimpleBooleanProperty();
    final Map<ReferralFlag, BooleanProperty> flags = new EnumMap<>(ReferralFlag.class);

    HistoryFields() {
        for (ReferralFlag f : ReferralFlag.values()) {
            flags.put(f, new SimpleBooleanProperty());
        }
    }
}
