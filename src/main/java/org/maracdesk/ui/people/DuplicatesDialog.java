package org.maracdesk.ui.people;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * The review list of possible duplicate people: a table of pairs (Enter compares the chosen pair), "Compare
 * and merge…" (Alt+C) opens the two side by side, "Not the same person…" (Alt+N) asks for the reason; Close
 * (Escape) returns to the case list.
 */
public final class DuplicatesDialog {
    private final DuplicatesViewModel vm;
    private final Messages messages;

    public DuplicatesDialog(DuplicatesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Shows the list until closed; {@code closed} then runs (the case list reloads: names may have changed). */
    public void show(Window owner, Runnable closed) {
        TableView<DuplicatePair> table = new TableView<>(vm.pairs());
        table.setId("duplicatesTable");
        table.setAccessibleText(messages.get("people.duplicates.table"));
        table.setPlaceholder(new Label(messages.get("people.duplicates.empty")));
        table.getColumns().setAll(column("people.duplicates.col.first", 270, p -> person(p.firstName(), p.firstBorn(),
                        p.firstId(), p.firstCases())),
                column("people.duplicates.col.second", 270, p -> person(p.secondName(), p.secondBorn(), p.secondId(),
                        p.secondCases())),
                column("people.duplicates.col.score", 70, p -> String.valueOf(p.score())),
                column("people.duplicates.col.why", 260, DuplicatePair::reasons));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button compare = new Button(messages.get("people.duplicates.compare"));
        compare.setId("compareButton");
        compare.setMnemonicParsing(true);
        Button different = new Button(messages.get("people.duplicates.different"));
        different.setId("differentButton");
        different.setMnemonicParsing(true);
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()).or(vm.race().offeredProperty()));
        different.disableProperty().bind(compare.disableProperty());
        Label status = new Label();
        status.setId("duplicatesStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        Label intro = new Label(messages.get("people.duplicates.header"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, compare, different);
        VBox content = new VBox(10, intro, table, buttons, status,
                org.maracdesk.ui.common.LostRaceBar.of(vm.race(), messages));
        content.setPrefSize(900, 440);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("people.duplicates.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("people.duplicates.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Runnable compareChosen = () -> vm.compare(table.getSelectionModel().getSelectedItem(), c ->
                askMerge(dialog, c, null, ""));
        compare.setOnAction(e -> compareChosen.run());
        different.setOnAction(e -> askReason(dialog, table.getSelectionModel().getSelectedItem())
                .ifPresent(r -> vm.different(table.getSelectionModel().getSelectedItem(), r)));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !compare.isDisabled()) {
                compareChosen.run();
                e.consume();
            }
        });
        vm.pairs().addListener((javafx.collections.ListChangeListener<DuplicatePair>) ch -> {
            if (!vm.pairs().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        vm.load();
        DialogFocus.startOn(dialog, table);
        dialog.showAndWait();
        closed.run();
    }

    /** The merge of two records; {@code chosen} and {@code reason} put back what was chosen before a lost race. */
    private void askMerge(Dialog<?> owner, org.maracdesk.casework.people.MergeComparison c,
                          java.util.Set<org.maracdesk.casework.people.MergeField> chosen, String reason) {
        new MergeDialog(messages).ask(owner.getDialogPane().getScene().getWindow(), c, chosen, reason)
                .ifPresent(r -> vm.merge(r, (newest, mine) -> askMerge(owner, newest, mine.fromMerged(),
                        mine.reason())));
    }

    private Optional<String> askReason(Dialog<?> owner, DuplicatePair pair) {
        TextField reason = new TextField();
        reason.setId("differentReason");
        Label label = new Label(messages.get("people.different.reason"));
        label.setMnemonicParsing(true);
        label.setLabelFor(reason);
        reason.setAccessibleText(label.getText().replace("_", ""));
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner.getDialogPane().getScene().getWindow());
        d.setTitle(messages.get("people.different.title"));
        d.setHeaderText(messages.format("people.different.header", pair.firstId(), pair.secondId()));
        ButtonType save = new ButtonType(messages.get("people.different.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        d.getDialogPane().setContent(new VBox(6, label, reason));
        d.getDialogPane().lookupButton(save).disableProperty().bind(reason.textProperty().isEmpty());
        d.setResultConverter(b -> b == save && !reason.getText().isBlank() ? reason.getText() : null);
        DialogFocus.startOn(d, reason);
        return d.showAndWait();
    }

    private String person(String name, java.time.LocalDate born, long id, java.util.List<String> cases) {
        return messages.format("people.duplicates.person", name, MergeDialog.date(born, messages::get), id,
                cases.isEmpty() ? messages.get("people.duplicates.noCases") : String.join(", ", cases));
    }

    private TableColumn<DuplicatePair, String> column(String key, double width,
                                                      java.util.function.Function<DuplicatePair, String> value) {
        TableColumn<DuplicatePair, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
