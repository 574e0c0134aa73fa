package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * Correct a person on the case: names, aliases, date of birth (a date picker), gender and address, with
 * the reason (needed: the person has gone out on agendas and minutes). Save stays disabled until the
 * names and the reason are there; a date that is not a date is said and nothing is saved.
 */
public final class PersonEditDialog {
    private final Messages messages;

    public PersonEditDialog(Messages messages) {
        this.messages = messages;
    }

    public record Result(PersonDetailsLine after, String reason) {
    }

    public Optional<Result> ask(Window owner, PersonDetailsLine p) {
        return ask(owner, p, "");
    }

    /** The same, the reason already filled in (re-applying a change that lost the race, decision 0051). */
    public Optional<Result> ask(Window owner, PersonDetailsLine p, String reasonTyped) {
        TextField given = new TextField(text(p.givenName()));
        given.setId("personGiven");
        TextField family = new TextField(text(p.familyName()));
        TextField aliases = new TextField(text(p.aliases()));
        DatePicker dob = DateFields.picker(messages, p.dateOfBirth());
        dob.setId("personDob");
        ComboBox<Gender> gender = new ComboBox<>();
        gender.getItems().setAll(Gender.values());
        gender.setConverter(DisplayConverter.of(this::genderName));
        gender.setValue(p.gender());
        TextField line1 = new TextField(text(p.addressLine1()));
        TextField town = new TextField(text(p.town()));
        TextField postcode = new TextField(text(p.postcode()));
        TextField reason = new TextField(reasonTyped == null ? "" : reasonTyped);
        reason.setId("personReason");
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "caseview.person.given", given);
        row(grid, 1, "caseview.person.family", family);
        row(grid, 2, "caseview.person.aliases", aliases);
        row(grid, 3, "caseview.person.dob", dob);
        row(grid, 4, "caseview.person.gender", gender);
        row(grid, 5, "caseview.person.address", line1);
        row(grid, 6, "caseview.person.town", town);
        row(grid, 7, "caseview.person.postcode", postcode);
        row(grid, 8, "caseview.person.reason", reason);
        Label hint = new Label(messages.get("caseview.person.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("caseview.person.title"));
        dialog.setHeaderText(messages.format("caseview.person.header", roleName(p.role()),
                text(p.givenName()) + " " + text(p.familyName())));
        ButtonType save = new ButtonType(messages.get("caseview.person.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, grid, hint, problem));
        dialog.getDialogPane().setPrefWidth(560);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(given.textProperty().isEmpty().or(family.textProperty().isEmpty())
                .or(reason.textProperty().isEmpty()));
        LocalDate[] born = new LocalDate[1];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                born[0] = DateFields.typed(dob);
            } catch (DateTimeParseException ex) {
                problem.setText(messages.get("caseview.person.badDate"));
                dob.requestFocus();
                e.consume();
                return;
            }
            if (given.getText().isBlank() || family.getText().isBlank() || reason.getText().isBlank()) {
                problem.setText(messages.get("caseview.person.incomplete"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? new Result(new PersonDetailsLine(p.caseId(), p.personId(),
                p.role(), given.getText(), family.getText(), aliases.getText(), born[0], gender.getValue(),
                line1.getText(), town.getText(), postcode.getText(), p.version()), reason.getText()) : null);
        DialogFocus.startOn(dialog, given);
        return dialog.showAndWait();
    }

    private void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setAccessibleText(label.getText().replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private String roleName(String role) {
        return switch (role) {
            case "victim" -> messages.get("caseview.person.role.victim");
            case "perpetrator" -> messages.get("caseview.person.role.perpetrator");
            default -> messages.get("caseview.person.role.child");
        };
    }

    private String genderName(Gender g) {
        return switch (g) {
            case FEMALE -> messages.get("caseview.person.gender.female");
            case MALE -> messages.get("caseview.person.gender.male");
            case NON_BINARY -> messages.get("caseview.person.gender.nonBinary");
            case NOT_KNOWN -> messages.get("caseview.person.gender.notKnown");
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
