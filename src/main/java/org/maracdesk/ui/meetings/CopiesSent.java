package org.maracdesk.ui.meetings;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.ui.common.Messages;

/**
 * "Copies sent…" on the meetings screen (decision 0041): the export register of the chosen meeting's minutes in a
 * table the keyboard can walk (Alt+S opens it, arrows move through the copies, Return or Escape closes it).
 */
public final class CopiesSent {
    private final CopiesSentViewModel vm;
    private final Messages messages;

    public CopiesSent(CopiesSentViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Adds the button to the meeting's action bar; it acts on the chosen meeting. */
    public void attach(HBox actions, ObjectProperty<MeetingHeader> selected, Supplier<Window> owner) {
        Button open = new Button(messages.get("meeting.copies.button"));
        open.setId("copiesSentButton");
        open.setMnemonicParsing(true);
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setAccessibleText(messages.get("meeting.copies.accessible"));
        open.disableProperty().bind(selected.isNull());
        open.setOnAction(e -> {
            MeetingHeader m = selected.get();
            if (m != null) {
                vm.load(m, shown -> show(owner.get(), shown));
            }
        });
        actions.getChildren().add(open);
    }

    private void show(Window owner, CopiesSentViewModel.Shown shown) {
        TableView<CopiesSentViewModel.Row> table = new TableView<>();
        table.setId("copiesSentTable");
        table.setAccessibleText(messages.get("meeting.copies.table"));
        table.getColumns().add(column("meeting.copies.col.recipient", CopiesSentViewModel.Row::recipient, 190));
        table.getColumns().add(column("meeting.copies.col.version", CopiesSentViewModel.Row::version, 170));
        table.getColumns().add(column("meeting.copies.col.sent", CopiesSentViewModel.Row::sent, 150));
        table.getColumns().add(column("meeting.copies.col.by", CopiesSentViewModel.Row::by, 110));
        table.getColumns().add(column("meeting.copies.col.form", CopiesSentViewModel.Row::form, 140));
        table.getColumns().add(column("meeting.copies.col.fingerprint", CopiesSentViewModel.Row::fingerprint, 150));
        table.getColumns().add(column("disclosure.col.basis", CopiesSentViewModel.Row::basis, 200));
        table.getColumns().add(column("disclosure.col.consent", CopiesSentViewModel.Row::consent, 200));
        table.getItems().setAll(shown.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label none = new Label(messages.get("meeting.copies.none"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CopiesSentViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : row.spoken());
            }
        });
        table.setPrefSize(1200, Math.min(420, 60 + 28 * Math.max(1, shown.rows().size())));
        Label hint = new Label(messages.get("meeting.copies.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("muted");
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(messages.get("meeting.copies.title"));
        a.setHeaderText(shown.heading());
        VBox content = new VBox(8, table, hint);
        content.setPrefWidth(1220);
        content.setMaxWidth(1220);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setPrefWidth(1260);
        a.getButtonTypes().setAll(ButtonType.CLOSE);
        a.setResizable(true);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                ((Button) a.getDialogPane().lookupButton(ButtonType.CLOSE)).fire();
            }
        });
        Platform.runLater(() -> {
            table.requestFocus();
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        a.show();
    }

    private TableColumn<CopiesSentViewModel.Row, String> column(String key,
                                                                 Function<CopiesSentViewModel.Row, String> value,
                                                                 double width) {
        TableColumn<CopiesSentViewModel.Row, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
