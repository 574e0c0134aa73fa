package org.maracdesk.ui.admin;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.ui.common.Messages;

/**
 * "Manager's sign-off required" on the This MARAC tab (issue 16, decision 0060), the view: the rule in force with
 * who set it and when, a switch, the reason and a save; {@link SignOffViewModel} holds the state and saves through
 * the service. Keyboard: Tab reaches the box and Space ticks it, Alt+N the reason, Alt+U saves.
 */
final class SignOffSection {
    private final SignOffViewModel vm;
    private final Messages messages;

    SignOffSection(SignOffViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Node build() {
        Label title = new Label(messages.get("admin.signoff.title"));
        title.getStyleClass().add("section-title");
        Label now = new Label();
        now.setWrapText(true);
        now.textProperty().bind(vm.currentProperty());
        CheckBox box = new CheckBox(messages.get("admin.signoff.required"));
        box.setId("signOffBox");
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(vm.requiredProperty());
        box.setAccessibleText(messages.get("admin.signoff.required").replace("_", ""));
        Label hint = new Label(messages.get("admin.signoff.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label reasonLabel = new Label(messages.get("admin.signoff.reason"));
        reasonLabel.setMnemonicParsing(true);
        TextField reasonField = new TextField();
        reasonField.setId("signOffReasonField");
        reasonField.setPromptText(messages.get("admin.settings.reason.prompt"));
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        reasonLabel.setLabelFor(reasonField);
        HBox.setHgrow(reasonField, Priority.ALWAYS);
        HBox reasonRow = new HBox(10, reasonLabel, reasonField);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button(messages.get("admin.signoff.save"));
        save.setId("signOffSaveButton");
        save.setMnemonicParsing(true);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.busyProperty());
        Label statusLabel = new Label();
        statusLabel.setId("signOffStatus");
        statusLabel.setWrapText(true);
        statusLabel.textProperty().bind(vm.statusProperty());
        HBox saveRow = new HBox(10, save, statusLabel);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        vm.load();
        return new VBox(8, title, now, box, hint, reasonRow, saveRow);
    }
}
