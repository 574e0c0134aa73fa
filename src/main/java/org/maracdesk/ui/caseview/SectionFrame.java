package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.maracdesk.ui.common.Messages;

/**
 * The frame every hub section shares: a title whose mnemonic goes to the section's first control, the rows,
 * and the line that says the rows are still being read, absent, or not for this account.
 */
final class SectionFrame {
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final VBox rows = new VBox(4);
    private final Label state = new Label();
    private final Messages messages;

    /** @param titleKey the title's text with its mnemonic underscore; {@code id} names the rows box for tests */
    SectionFrame(Messages messages, String titleKey, String id, CaseSectionViewModel<?> vm) {
        this.messages = messages;
        title.setText(messages.get(titleKey));
        title.setMnemonicParsing(true);
        title.getStyleClass().add("section-title");
        rows.setId(id);
        rows.getStyleClass().add("section");
        state.setWrapText(true);
        state.getStyleClass().add("muted");
        root.getChildren().addAll(title, state, rows);
        goesHere(title);
        root.getStyleClass().add("hub-section");
        vm.problemProperty().addListener((o, old, p) -> showState(vm));
        vm.loadedProperty().addListener((o, old, p) -> showState(vm));
        vm.rows().addListener((javafx.collections.ListChangeListener<Object>) c -> showState(vm));
        showState(vm);
    }

    private void showState(CaseSectionViewModel<?> vm) {
        String text = !vm.problemProperty().get().isEmpty() ? vm.problemProperty().get()
                : !vm.loadedProperty().get() ? messages.get("hub.loading")
                : vm.rows().isEmpty() ? messages.get("caseview.none") : "";
        state.setText(text);
        state.setVisible(!text.isEmpty());
        state.setManaged(!text.isEmpty());
    }

    Node node() {
        return root;
    }

    VBox rows() {
        return rows;
    }

    void clear() {
        rows.getChildren().clear();
    }

    /**
     * The title is where Alt+its letter goes: it takes the focus (and the column scrolls to it) without acting on
     * anything, and Tab goes on to the section's first control. A label's own mnemonic would fire that control.
     */
    private void goesHere(Label heading) {
        String text = heading.getText();
        int at = text.indexOf('_');
        heading.setAccessibleText(text.replace("_", ""));
        if (at < 0 || at + 1 >= text.length()) {
            return;
        }
        heading.setFocusTraversable(true);
        javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.getKeyCode(
                String.valueOf(Character.toUpperCase(text.charAt(at + 1))));
        javafx.scene.input.Mnemonic mnemonic = new javafx.scene.input.Mnemonic(heading,
                new javafx.scene.input.KeyCodeCombination(code, MAC ? javafx.scene.input.KeyCombination.META_DOWN
                        : javafx.scene.input.KeyCombination.ALT_DOWN));
        heading.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeMnemonic(mnemonic);
            }
            if (scene != null) {
                scene.addMnemonic(mnemonic);
            }
        });
    }

    /** A line of text that keyboard users can stop on, with the same text for screen readers. */
    Label stop(String text) {
        Label line = line(text);
        line.setFocusTraversable(true);
        line.setAccessibleText(text);
        line.getStyleClass().add("hub-stop");
        return line;
    }

    Label line(String text) {
        Label line = new Label(text);
        line.setWrapText(true);
        return line;
    }

    /** A row: its text and the buttons that act on it. */
    HBox row(Node text, Button... buttons) {
        HBox row = new HBox(8, text);
        row.getChildren().addAll(buttons);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** A button without a mnemonic of its own (one per row), named for screen readers by what it acts on. */
    Button button(String textKey, String accessible, Runnable action) {
        Button b = new Button(messages.get(textKey));
        b.setMnemonicParsing(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "..." beside a long wrapped line
        b.setAccessibleText(accessible);
        b.setOnAction(e -> action.run());
        return b;
    }

    String date(LocalDate d) {
        return d == null ? messages.get("caseview.noDate") : DATE.format(d);
    }
}
