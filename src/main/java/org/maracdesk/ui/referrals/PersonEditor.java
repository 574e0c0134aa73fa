package org.maracdesk.ui.referrals;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.intake.PersonSuggestion;
import org.maracdesk.ui.common.Messages;

/**
 * The fields of one person, and (for victims and perpetrators) the likely matches among people
 * already stored, looked for a moment after typing stops, each with a button to link to it.
 */
final class PersonEditor {
    enum Kind { VICTIM, PERPETRATOR, CHILD, OTHER }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Messages messages;
    private final ReferralText text;
    private final ReferralFormViewModel vm;

    PersonEditor(Messages messages, ReferralText text, ReferralFormViewModel vm) {
        this.messages = messages;
        this.text = text;
        this.vm = vm;
    }

    /** Adds the person's fields to {@code form}; ids are {@code prefix + "GivenName"} and so on. */
    void fields(FormBuilder form, PersonFields p, Kind kind, String prefix) {
        form.text("referral.person.givenName", prefix + "GivenName", p.givenName);
        form.text("referral.person.familyName", prefix + "FamilyName", p.familyName);
        form.date("referral.person.dob", prefix + "Dob", p.dateOfBirth);
        form.choice("referral.person.gender", prefix + "Gender", p.gender, Arrays.asList(Gender.values()), text::gender);
        if (kind != Kind.CHILD) {
            form.text("referral.person.aliases", prefix + "Aliases", p.aliases).setPromptText(
                    messages.get("referral.person.aliases.prompt"));
        }
        if (kind != Kind.VICTIM) {
            form.text("referral.person.relationshipToVictim", prefix + "Relationship", p.relationshipToVictim);
        }
        if (kind == Kind.CHILD) {
            form.text("referral.person.relationshipToPerpetrator", prefix + "RelationshipToPerpetrator",
                    p.relationshipToPerpetrator);
            form.text("referral.person.livesWith", prefix + "LivesWith", p.livesWith);
            form.text("referral.person.school", prefix + "School", p.school);
        }
        if (kind == Kind.VICTIM || kind == Kind.PERPETRATOR) {
            form.text("referral.person.address", prefix + "Address", p.addressLine1);
            form.text("referral.person.town", prefix + "Town", p.town);
            form.text("referral.person.postcode", prefix + "Postcode", p.postcode);
            form.text("referral.person.district", prefix + "District", p.district);
        }
        if (kind != Kind.VICTIM) {
            form.area("referral.person.note", prefix + "Note", p.note, 2);
        }
    }

    /** The suggestion box for a victim or perpetrator, kept up to date as they are typed. */
    VBox matches(PersonFields p, String prefix) {
        VBox box = new VBox(4);
        box.getStyleClass().add("match-box");
        box.setId(prefix + "Matches");
        Runnable render = () -> render(box, p, prefix);
        p.suggestions.addListener((Observable o) -> render.run());
        p.link.addListener(o -> render.run());
        PauseTransition pause = new PauseTransition(Duration.millis(400));
        pause.setOnFinished(e -> vm.requestSuggestions(p));
        for (Observable field : p.searchedFields()) {
            field.addListener(o -> pause.playFromStart());
        }
        render.run();
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(box.getChildren()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void render(VBox box, PersonFields p, String prefix) {
        box.getChildren().clear();
        PersonSuggestion linked = p.link.get();
        if (linked != null) {
            Label l = new Label(messages.format("referral.match.linkedTo", describe(linked)));
            l.setWrapText(true);
            l.getStyleClass().add("linked");
            Button unlink = new Button(messages.get("referral.match.unlink"));
            unlink.setId(prefix + "Unlink");
            unlink.setOnAction(e -> vm.link(p, null));
            box.getChildren().add(row(l, unlink));
            return;
        }
        if (p.suggestions.isEmpty()) {
            return;
        }
        Label head = new Label(messages.get("referral.match.heading"));
        head.getStyleClass().add("match-heading");
        box.getChildren().add(head);
        int i = 0;
        for (PersonSuggestion s : p.suggestions) {
            Label l = new Label(describe(s) + " · " + text.strength(s.strength()) + " (" + s.score() + "): "
                    + s.reasons().stream().map(text::reason).collect(Collectors.joining("; ")));
            l.setWrapText(true);
            Button link = new Button(messages.get("referral.match.link"));
            link.setId(prefix + "Link" + i++);
            link.setAccessibleText(messages.format("referral.match.linkHelp", describe(s)));
            link.setOnAction(e -> vm.link(p, s));
            box.getChildren().add(row(l, link));
        }
    }

    private static HBox row(Label label, Button button) {
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, button);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        return row;
    }

    private String describe(PersonSuggestion s) {
        String name = (s.givenName() + " " + s.familyName()).strip();
        String born = s.dateOfBirth() == null ? "" : messages.format("referral.match.born", DATE.format(s.dateOfBirth()));
        String on = s.caseReference() == null ? "" : messages.format("referral.match.onCase", s.caseReference());
        return (name + born + on).strip();
    }
}
