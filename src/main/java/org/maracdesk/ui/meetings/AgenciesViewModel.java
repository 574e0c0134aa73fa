package org.maracdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.RepresentativeView;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.Messages;

/**
 * The Agencies part of Set-up: rename or deactivate the chosen agency, add and remove its representatives, and
 * add one of the known agency types not yet listed. Each command checks its fields first and returns what is
 * wrong (nothing is sent then).
 */
public final class AgenciesViewModel {
    public static final String LIST = "list";
    public static final String NAME = "name";
    public static final String REPRESENTATIVES = "representatives";
    public static final String REPRESENTATIVE_NAME = "representativeName";
    public static final String NEW_TYPE = "newType";
    public static final String NEW_NAME = "newName";
    public static final String ISA_DATE = "isaDate";
    public static final String ISA_BY = "isaBy";

    private final MeetingSetupViewModel setup;
    private final Messages messages;
    private final ObjectProperty<AgencyView> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RepresentativeView> selectedRepresentative = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty safeContact = new SimpleBooleanProperty();
    private final BooleanProperty forChildren = new SimpleBooleanProperty();
    private final StringProperty isaDate = new SimpleStringProperty("");
    private final StringProperty isaBy = new SimpleStringProperty("");
    private final StringProperty representativeName = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final ObjectProperty<String> newType = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObservableList<String> newTypes = FXCollections.observableArrayList();
    private final SpeakingOrderViewModel speaking;

    public AgenciesViewModel(MeetingSetupViewModel setup, Messages messages) {
        this.setup = setup;
        this.messages = messages;
        this.speaking = setup.speakingOrder(this::typeName);
        selected.addListener((o, old, sel) -> {
            name.set(sel == null ? "" : sel.name());
            active.set(sel != null && sel.active());
            safeContact.set(sel != null && sel.seesSafeContact());
            forChildren.set(sel != null && sel.forChildren());
            isaDate.set(sel == null || sel.isaSignedOn() == null ? "" : sel.isaSignedOn().toString());
            isaBy.set(sel == null || sel.isaSignedBy() == null ? "" : sel.isaSignedBy());
            setup.loadRepresentatives(sel == null ? null : sel.code());
        });
        newType.addListener((o, old, code) -> {
            if (code != null && newName.get().isBlank()) {
                newName.set(typeName(code));
            }
        });
        setup.agencies().addListener((ListChangeListener<AgencyView>) c -> newTypes.setAll(Agency.codes().stream()
                .filter(code -> setup.agencies().stream().noneMatch(a -> a.code().equals(code))).toList()));
    }

    /** Saves the chosen agency's name and whether it is active. */
    public List<FieldProblem> save() {
        List<FieldProblem> problems = new ArrayList<>();
        AgencyView sel = selected.get();
        if (sel == null) {
            problems.add(problem(LIST, "meeting.setup.error.chooseAgency"));
        } else if (name.get().isBlank()) {
            problems.add(problem(NAME, "meeting.setup.error.agencyName"));
        } else {
            java.time.LocalDate signedOn = null;
            try {
                signedOn = isaDate.get().isBlank() ? null : java.time.LocalDate.parse(isaDate.get().strip());
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(problem(ISA_DATE, "meeting.setup.error.isaDate"));
            }
            if (problems.isEmpty() && (signedOn == null) != isaBy.get().isBlank()) {
                problems.add(problem(signedOn == null ? ISA_DATE : ISA_BY, "meeting.setup.error.isaBoth"));
            }
            if (problems.isEmpty()) {
                setup.saveAgency(sel.code(), name.get(), active.get(), safeContact.get(), forChildren.get(), signedOn,
                        isaBy.get());
            }
        }
        return problems;
    }

    /** Adds a representative to the chosen agency and empties the two fields for the next one. */
    public List<FieldProblem> addRepresentative() {
        List<FieldProblem> problems = new ArrayList<>();
        AgencyView sel = selected.get();
        if (sel == null) {
            problems.add(problem(LIST, "meeting.setup.error.chooseAgency"));
        } else if (representativeName.get().isBlank()) {
            problems.add(problem(REPRESENTATIVE_NAME, "meeting.setup.error.representativeName"));
        } else {
            setup.addRepresentative(sel.code(), representativeName.get(), jobTitle.get());
            representativeName.set("");
            jobTitle.set("");
        }
        return problems;
    }

    public List<FieldProblem> removeRepresentative() {
        AgencyView sel = selected.get();
        RepresentativeView who = selectedRepresentative.get();
        if (sel == null || who == null) {
            return List.of(problem(REPRESENTATIVES, "meeting.setup.error.chooseRepresentative"));
        }
        setup.removeRepresentative(sel.code(), who);
        return List.of();
    }

    /** Adds an agency of the chosen type under its local name. */
    public List<FieldProblem> addAgency() {
        if (newType.get() == null || newName.get().isBlank()) {
            return List.of(problem(newType.get() == null ? NEW_TYPE : NEW_NAME, "meeting.setup.error.newAgency"));
        }
        setup.saveAgency(newType.get(), newName.get(), true, false);
        newName.set("");
        return List.of();
    }

    /** The agency type's name as the referral form words it (the code if it has none). */
    public String typeName(String code) {
        StringBuilder key = new StringBuilder("referral.agency.");
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return messages.bundle().containsKey(key.toString()) ? messages.get(key.toString()) : code;
    }

    /** One line of the agency list. */
    public String line(AgencyView a) {
        String line = messages.format(a.active() ? "meeting.setup.agencyLine" : "meeting.setup.agencyLineInactive",
                a.name(), a.representatives().size());
        String withSafe = a.seesSafeContact() ? line + " " + messages.get("meeting.setup.agencyLineSafeContact") : line;
        String children = a.forChildren() ? withSafe + " " + messages.get("meeting.setup.agencyLineForChildren")
                : withSafe;
        return a.agreementSigned() ? children : children + " " + messages.get("meeting.setup.agencyLineNoIsa");
    }

    /** One line of the representatives list. */
    public String line(RepresentativeView r) {
        return r.jobTitle() == null ? r.name()
                : messages.format("meeting.setup.representativeLine", r.name(), r.jobTitle());
    }

    private FieldProblem problem(String field, String key) {
        return new FieldProblem(field, messages.get(key));
    }

    /** The MARAC's speaking order, edited beside the agencies (decision 0061). */
    public SpeakingOrderViewModel speaking() {
        return speaking;
    }

    public ObservableList<AgencyView> agencies() {
        return setup.agencies();
    }

    public ObservableList<RepresentativeView> representatives() {
        return setup.representatives();
    }

    /** Agency types not yet in the list; empty once every type is there. */
    public ObservableList<String> newTypes() {
        return newTypes;
    }

    public ObjectProperty<AgencyView> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RepresentativeView> selectedRepresentativeProperty() {
        return selectedRepresentative;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether the chosen agency's representatives see victims' safe addresses and contact details. */
    public BooleanProperty safeContactProperty() {
        return safeContact;
    }

    /** Whether the chosen agency is a children's agency (decision 0047). */
    /** The day the information-sharing agreement was signed, as typed (YYYY-MM-DD; blank: none on file). */
    public StringProperty isaDateProperty() {
        return isaDate;
    }

    /** Who signed it, as a role or title. */
    public StringProperty isaByProperty() {
        return isaBy;
    }

    public BooleanProperty forChildrenProperty() {
        return forChildren;
    }

    public StringProperty representativeNameProperty() {
        return representativeName;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public ObjectProperty<String> newTypeProperty() {
        return newType;
    }

    public StringProperty newNameProperty() {
        return newName;
    }
}
