package org.maracdesk.ui.referrals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.Messages;

/**
 * The further referral fields of MARAC.md §2.3 (decision 0046) as the form and the correction dialog hold them:
 * text as typed ("" for nothing), yes/no as {@link Tri}, the bail date as a date, the court dates as typed
 * (dd/mm/yyyy, separated by {@code ;}). {@link #value()} gives the referral's value and {@link #load} reads one
 * back; {@link #problem} says what is wrong with a field, the same words on the form and in the dialog.
 */
public final class CircumstancesFields {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final StringProperty occupation = new SimpleStringProperty("");
    final StringProperty gp = new SimpleStringProperty("");
    final StringProperty housing = new SimpleStringProperty("");
    final StringProperty landlord = new SimpleStringProperty("");
    final ObjectProperty<Tri> pregnant = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final StringProperty immigration = new SimpleStringProperty("");
    final StringProperty religion = new SimpleStringProperty("");
    final StringProperty childrenAddresses = new SimpleStringProperty("");
    final StringProperty relationshipHistory = new SimpleStringProperty("");
    final StringProperty risksAndTriggers = new SimpleStringProperty("");
    final ObjectProperty<Tri> wantsPolice = new SimpleObjectProperty<>(Tri.NOT_KNOWN);
    final StringProperty perpetratorEthnicity = new SimpleStringProperty("");
    final StringProperty perpetratorDisability = new SimpleStringProperty("");
    final StringProperty perpetratorHousing = new SimpleStringProperty("");
    final StringProperty officer = new SimpleStringProperty("");
    final StringProperty offences = new SimpleStringProperty("");
    final StringProperty crimeReferences = new SimpleStringProperty("");
    final StringProperty civilOrders = new SimpleStringProperty("");
    final StringProperty bailConditions = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> bailUntil = new SimpleObjectProperty<>();
    final StringProperty courtDates = new SimpleStringProperty("");

    /** The longest text each field may hold (the columns of migration V44). */
    Map<StringProperty, Integer> limits() {
        Map<StringProperty, Integer> m = new LinkedHashMap<>();
        m.put(occupation, 200);
        m.put(gp, 400);
        m.put(housing, 400);
        m.put(landlord, 400);
        m.put(immigration, 200);
        m.put(religion, 200);
        m.put(childrenAddresses, 4000);
        m.put(relationshipHistory, 4000);
        m.put(risksAndTriggers, 4000);
        m.put(perpetratorEthnicity, 200);
        m.put(perpetratorDisability, 400);
        m.put(perpetratorHousing, 400);
        m.put(officer, 200);
        m.put(offences, 4000);
        m.put(crimeReferences, 400);
        m.put(civilOrders, 4000);
        m.put(bailConditions, 4000);
        return m;
    }

    /** What is wrong with a text field's value, in the user's words; empty when it is fine. */
    static Optional<String> tooLong(Messages messages, String value, int limit) {
        return value != null && value.strip().length() > limit
                ? Optional.of(messages.format("circumstances.valid.tooLong", limit, value.strip().length()))
                : Optional.empty();
    }

    /** What is wrong with the court dates as typed; empty when each part is a date (or nothing is typed). */
    static Optional<String> courtDatesProblem(Messages messages, String typed) {
        for (String part : Forms.list(typed)) {
            try {
                DateFields.parse(part);
            } catch (DateTimeParseException e) {
                return Optional.of(messages.format("circumstances.valid.courtDate", part));
            }
        }
        String stored = isoDates(typed);
        return stored != null && stored.length() > 400
                ? Optional.of(messages.format("circumstances.valid.tooLong", 400, stored.length())) : Optional.empty();
    }

    /** Every problem of the fields, for a dialog that checks on confirm (the form shows them per field). */
    List<String> problems(Messages messages) {
        List<String> out = new ArrayList<>();
        limits().forEach((p, limit) -> tooLong(messages, p.get(), limit).ifPresent(out::add));
        courtDatesProblem(messages, courtDates.get()).ifPresent(out::add);
        return out;
    }

    /** The referral's value; null when nothing is given. Call only when {@link #problems} is empty. */
    public ReferralCircumstances value() {
        ReferralCircumstances c = new ReferralCircumstances(Forms.text(occupation), Forms.text(gp), Forms.text(housing),
                Forms.text(landlord), pregnant.get().value(), Forms.text(immigration), Forms.text(religion),
                Forms.text(childrenAddresses), Forms.text(relationshipHistory), Forms.text(risksAndTriggers),
                wantsPolice.get().value(), Forms.text(perpetratorEthnicity), Forms.text(perpetratorDisability),
                Forms.text(perpetratorHousing), Forms.text(officer), Forms.text(offences), references(),
                Forms.text(civilOrders), Forms.text(bailConditions), bailUntil.get(), isoDates(courtDates.get()));
        return c.isEmpty() ? null : c;
    }

    private String references() {
        List<String> refs = Forms.list(crimeReferences.get());
        return refs.isEmpty() ? null : String.join("; ", refs);
    }

    /** dd/mm/yyyy; dd/mm/yyyy → ISO dates "; "-separated, in order as typed; a part that is not a date is kept. */
    private static String isoDates(String typed) {
        List<String> out = new ArrayList<>();
        for (String part : Forms.list(typed)) {
            try {
                out.add(DateFields.parse(part).toString());
            } catch (DateTimeParseException e) {
                out.add(part);
            }
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** Shows a referral's value (null: nothing given). */
    public void load(ReferralCircumstances c) {
        ReferralCircumstances v = c == null ? new ReferralCircumstances(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null) : c;
        occupation.set(Forms.show(v.victimOccupation()));
        gp.set(Forms.show(v.victimGp()));
        housing.set(Forms.show(v.victimHousing()));
        landlord.set(Forms.show(v.victimLandlord()));
        pregnant.set(Tri.of(v.pregnantOrRecentBirth()));
        immigration.set(Forms.show(v.immigrationStatus()));
        religion.set(Forms.show(v.victimReligion()));
        childrenAddresses.set(Forms.show(v.childrenAddresses()));
        relationshipHistory.set(Forms.show(v.relationshipHistory()));
        risksAndTriggers.set(Forms.show(v.risksAndTriggers()));
        wantsPolice.set(Tri.of(v.wantsPoliceContact()));
        perpetratorEthnicity.set(Forms.show(v.perpetratorEthnicity()));
        perpetratorDisability.set(Forms.show(v.perpetratorDisability()));
        perpetratorHousing.set(Forms.show(v.perpetratorHousing()));
        officer.set(Forms.show(v.officerInCharge()));
        offences.set(Forms.show(v.offences()));
        crimeReferences.set(Forms.show(v.crimeReferences()));
        civilOrders.set(Forms.show(v.civilOrders()));
        bailConditions.set(Forms.show(v.bailConditions()));
        bailUntil.set(v.bailUntil());
        courtDates.set(v.courtDates() == null ? "" : String.join("; ", Forms.list(v.courtDates()).stream()
                .map(d -> shown(d)).toList()));
    }

    private static String shown(String iso) {
        try {
            return SHOWN.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
