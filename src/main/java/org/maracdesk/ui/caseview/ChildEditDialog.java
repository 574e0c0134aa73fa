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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.ChildPlanStatus;
import org.maracdesk.casework.children.ChildLine;
import org.maracdesk.ui.common.DateFields;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * A child's own record on the case: school, social worker (name, agency, contact), plan status and when
 * and by whom the school was told under Operation Encompass, with an optional reason. A date that is not
 * a date, a date in the future, or a date without who told the school (or the other way round) is said
 * here and nothing is saved.
 */
public final class ChildEditDialog {
    private final Messages messages;
    private final ChildrenViewModel model;

    public ChildEditDialog(Messages messages, ChildrenViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    public record Result(ChildLine after, String reason) {
    }

    public Optional<Result> ask(Window owner, ChildLine c, LocalDate today) {
        TextField school = field("childSchool", c.school());
        TextField swName = field("childWorker", c.socialWorkerName());
        TextField swAgency = field("childWorkerAgency", c.socialWorkerAgency());
        TextField swContact = field("childWorkerContact", c.socialWorkerContact());
        ComboBox<ChildPlanStatus> plan = new ComboBox<>();
        plan.setId("childPlan");
        plan.getItems().setAll(ChildPlanStatus.values());
        plan.setConverter(DisplayConverter.of(model::plan));
        plan.setValue(c.plan());
        DatePicker told = DateFields.picker(messages, c.encompassNotifiedOn());
        told.setId("childEncompassOn");
        TextField toldBy = field("childEncompassBy", c.encompassNotifiedBy());
        TextField reason = field("childReason", null);
        Label problem = new Label();
        problem.setId("childProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "children.edit.school", school);
        row(grid, 1, "children.edit.worker", swName);
        row(grid, 2, "children.edit.workerAgency", swAgency);
        row(grid, 3, "children.edit.workerContact", swContact);
        row(grid, 4, "children.edit.plan", plan);
        row(grid, 5, "children.edit.encompassOn", told);
        row(grid, 6, "children.edit.encompassBy", toldBy);
        row(grid, 7, "children.edit.reason", reason);

        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("children.edit.title"));
        dialog.setHeaderText(model.title(c));
        ButtonType save = new ButtonType(messages.get("children.edit.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(8, grid, problem));
        dialog.getDialogPane().setPrefWidth(560);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        LocalDate[] on = new LocalDate[1];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = problem(told, toldBy, today, on);
            if (wrong != null) {
                problem.setText(messages.get(wrong));
                (wrong.endsWith("By") ? toldBy : told).requestFocus();
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? new Result(c.with(school.getText(), swName.getText(),
                swAgency.getText(), swContact.getText(), plan.getValue(), on[0], toldBy.getText()),
                reason.getText()) : null);
        DialogFocus.startOn(dialog, school);
        return dialog.showAndWait();
    }

    /** The key of what is wrong with the Operation Encompass fields, or null; the date read goes to {@code on[0]}. */
    private static String problem(DatePicker told, TextField toldBy, LocalDate today, LocalDate[] on) {
        try {
            on[0] = DateFields.typed(told);
        } catch (DateTimeParseException ex) {
            return "children.edit.badDate";
        }
        boolean who = !toldBy.getText().isBlank();
        if (on[0] != null && on[0].isAfter(today)) {
            return "children.edit.futureDate";
        }
        if (on[0] == null && who) {
            return "children.edit.needDate";
        }
        return on[0] != null && !who ? "children.edit.needBy" : null;
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    private void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setAccessibleText(label.getText().replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }
}
