package org.maracdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/** Asks which agency's submitted research to reopen and why; Reopen stays disabled until both are given. */
final class ReopenResearchDialog {
    private final Messages messages;
    private final Function<String, String> agencyName;

    ReopenResearchDialog(Messages messages, Function<String, String> agencyName) {
        this.messages = messages;
        this.agencyName = agencyName;
    }

    record Choice(String agency, String reason) {
    }

    Optional<Choice> ask(Window owner, String caseReference, List<String> submittedAgencies) {
        ComboBox<String> agency = new ComboBox<>();
        agency.getItems().setAll(submittedAgencies);
        agency.setConverter(DisplayConverter.of(agencyName::apply));
        if (submittedAgencies.size() == 1) {
            agency.setValue(submittedAgencies.get(0));
        }
        TextField reason = new TextField();
        reason.setId("reopenReason");
        Label agencyLabel = new Label(messages.get("research.reopen.agency"));
        agencyLabel.setMnemonicParsing(true);
        agencyLabel.setLabelFor(agency);
        agency.setAccessibleText(agencyLabel.getText().replace("_", ""));
        Label reasonLabel = new Label(messages.get("research.reopen.reason"));
        reasonLabel.setMnemonicParsing(true);
        reasonLabel.setLabelFor(reason);
        reason.setAccessibleText(reasonLabel.getText().replace("_", ""));
        agencyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reasonLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, agencyLabel, agency);
        grid.addRow(1, reasonLabel, reason);
        agency.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(reason, Priority.ALWAYS);

        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("research.reopen.title"));
        dialog.setHeaderText(messages.format("research.reopen.header", caseReference));
        ButtonType reopen = new ButtonType(messages.get("research.reopen.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(reopen, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().lookupButton(reopen).disableProperty().bind(agency.valueProperty().isNull()
                .or(reason.textProperty().isEmpty()));
        dialog.setResultConverter(b -> b == reopen && !reason.getText().isBlank()
                ? new Choice(agency.getValue(), reason.getText()) : null);
        DialogFocus.startOn(dialog, submittedAgencies.size() == 1 ? reason : agency);
        return dialog.showAndWait();
    }
}
