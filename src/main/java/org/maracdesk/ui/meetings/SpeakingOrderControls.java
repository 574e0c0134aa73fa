package org.maracdesk.ui.meetings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.maracdesk.ui.common.DisplayConverter;

/**
 * Wires the speaking-order controls of Set-up → Agencies to their view model (decision 0061). From the keyboard,
 * on the list: Alt+Up and Alt+Down move the chosen entry, Delete removes it; the buttons do the same.
 */
final class SpeakingOrderControls {
    private SpeakingOrderControls() {
    }

    static void install(SpeakingOrderViewModel vm, Label title, ListView<String> list, ComboBox<String> add,
                        Label status) {
        title.setLabelFor(list);
        list.setItems(vm.entries());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.line(getIndex()));
            }
        });
        vm.selectedProperty().addListener((o, old, i) -> {
            if (i.intValue() >= 0) {
                list.getSelectionModel().clearAndSelect(i.intValue());
                list.scrollTo(i.intValue());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.move(at, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isAltDown()) {
                vm.remove(at);
                e.consume();
            }
        });
        add.setItems(vm.addable());
        add.setConverter(DisplayConverter.of(vm::name));
        status.textProperty().bind(vm.statusProperty());
        vm.load();
    }
}
