package org.maracdesk.ui.referrals;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.ui.common.Messages;

/** The must-not-receive list and the entry being typed: an agency or a person, always with a reason. */
final class SharingFields {
    final ObservableList<MustNotReceiveEntry> entries = FXCollections.observableArrayList();
    final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    final StringProperty person = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty problem = new SimpleStringProperty("");
    private final Messages messages;

    SharingFields(Messages messages) {
        this.messages = messages;
    }

    /** Adds the agency or person typed; refuses an empty entry, one without a reason, or a duplicate. */
    boolean add() {
        MustNotReceiveEntry e = new MustNotReceiveEntry(agency.get(), Forms.text(person), Forms.text(reason));
        if (e.agency() == null && e.personName() == null) {
            problem.set(messages.get("referral.mnr.needWho"));
            return false;
        }
        if (e.reason() == null) {
            problem.set(messages.get("referral.mnr.needReason"));
            return false;
        }
        if (entries.stream().anyMatch(x -> FormMapping.sameEntry(x, e))) {
            problem.set(messages.get("referral.mnr.duplicate"));
            return false;
        }
        entries.add(e);
        agency.set(null);
        person.set("");
        reason.set("");
        problem.set("");
        return true;
    }
}
