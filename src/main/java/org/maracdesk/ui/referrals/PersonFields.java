package org.maracdesk.ui.referrals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.intake.PersonDetails;
import org.maracdesk.casework.intake.PersonSuggestion;
import org.maracdesk.casework.intake.PostalAddress;
import org.maracdesk.casework.intake.RelatedPerson;

/**
 * One person on the form (victim, perpetrator, child or other person at risk): what has been
 * typed, the likely matches found for it, and the existing person it is linked to (if any).
 */
public final class PersonFields {
    final StringProperty givenName = new SimpleStringProperty("");
    final StringProperty familyName = new SimpleStringProperty("");
    final StringProperty aliases = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.NOT_KNOWN);
    final StringProperty addressLine1 = new SimpleStringProperty("");
    final StringProperty town = new SimpleStringProperty("");
    final StringProperty postcode = new SimpleStringProperty("");
    final StringProperty district = new SimpleStringProperty("");
    final StringProperty relationshipToVictim = new SimpleStringProperty("");
    final StringProperty relationshipToPerpetrator = new SimpleStringProperty("");
    final StringProperty livesWith = new SimpleStringProperty("");
    final StringProperty school = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final ObservableList<PersonSuggestion> suggestions = FXCollections.observableArrayList();
    final ObjectProperty<PersonSuggestion> link = new SimpleObjectProperty<>();

    /** What the match search looks at: a change to any of these asks for new suggestions. */
    List<Observable> searchedFields() {
        return Arrays.asList(givenName, familyName, aliases, dateOfBirth, postcode);
    }

    boolean isBlank() {
        return Forms.blank(givenName.get()) && Forms.blank(familyName.get()) && dateOfBirth.get() == null;
    }

    PersonDetails details() {
        PostalAddress address = Forms.allBlank(addressLine1.get(), town.get(), postcode.get(), district.get()) ? null
                : new PostalAddress(Forms.text(addressLine1), Forms.text(town), Forms.text(postcode), Forms.text(district));
        return new PersonDetails(Forms.text(givenName), Forms.text(familyName), Forms.list(aliases.get()),
                dateOfBirth.get(), gender.get(), address, null, null);
    }

    RelatedPerson related() {
        return new RelatedPerson(details(), Forms.text(relationshipToVictim), Forms.text(relationshipToPerpetrator),
                Forms.text(livesWith), Forms.text(school), Forms.text(note));
    }

    void load(PersonDetails d) {
        if (d == null) {
            return;
        }
        givenName.set(Forms.show(d.givenName()));
        familyName.set(Forms.show(d.familyName()));
        aliases.set(String.join("; ", d.aliases()));
        dateOfBirth.set(d.dateOfBirth());
        gender.set(d.gender() == null ? Gender.NOT_KNOWN : d.gender());
        if (d.address() != null) {
            addressLine1.set(Forms.show(d.address().line1()));
            town.set(Forms.show(d.address().town()));
            postcode.set(Forms.show(d.address().postcode()));
            district.set(Forms.show(d.address().district()));
        }
    }

    void load(RelatedPerson r) {
        load(r.person());
        relationshipToVictim.set(Forms.show(r.relationshipToVictim()));
        relationshipToPerpetrator.set(Forms.show(r.relationshipToPerpetrator()));
        livesWith.set(Forms.show(r.livesWith()));
        school.set(Forms.show(r.school()));
        note.set(Forms.show(r.note()));
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public ObjectProperty<LocalDate> dateOfBirthProperty() {
        return dateOfBirth;
    }

    public ObservableList<PersonSuggestion> suggestions() {
        return suggestions;
    }

    public ObjectProperty<PersonSuggestion> linkProperty() {
        return link;
    }
}
