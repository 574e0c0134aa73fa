package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * Merge duplicate… when more than one flagged pair holds a person on the case: the pairs in a list (the first
 * chosen, arrows move, Enter or Compare… opens the chosen pair side by side), Cancel (Escape) leaves them all.
 */
final class MergePairChooser {
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.UK);
    private final Messages messages;

    MergePairChooser(Messages messages) {
        this.messages = messages;
    }

    Optional<DuplicatePair> choose(Window owner, List<DuplicatePair> pairs) {
        ListView<DuplicatePair> list = new ListView<>();
        list.setId("mergePairs");
        list.getItems().setAll(pairs);
        list.setAccessibleText(messages.get("hub.merge.choose.list"));
        list.setPrefSize(720, Math.min(320, 60 + 48.0 * pairs.size()));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicatePair p, boolean empty) {
                super.updateItem(p, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || p == null ? null : text(p));
            }
        });
        list.getSelectionModel().selectFirst();
        Label intro = new Label(messages.format("hub.merge.choose.header", pairs.size()));
        intro.setWrapText(true);
        intro.setLabelFor(list);
        Dialog<DuplicatePair> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("hub.merge.choose.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(8, intro, list));
        ButtonType compare = new ButtonType(messages.get("hub.merge.choose.compare"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(compare, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(compare).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == compare ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnKeyPressed(e -> { // the list keeps Enter to itself; Enter compares the chosen pair
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !list.getSelectionModel().isEmpty()) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(compare)).fire();
                e.consume();
            }
        });
        DialogFocus.startOn(dialog, list);
        return dialog.showAndWait();
    }

    String text(DuplicatePair p) {
        return messages.format("hub.merge.choose.pair", person(p.firstName(), p.firstBorn(), p.firstId()),
                person(p.secondName(), p.secondBorn(), p.secondId()), String.valueOf(p.score()),
                p.reasons() == null ? "" : p.reasons());
    }

    private String person(String name, LocalDate born, long id) {
        return messages.format("hub.merge.choose.person", name, born == null ? messages.get("caseview.noDate")
                : DATE.format(born), String.valueOf(id));
    }
}
