package org.maracdesk.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The bar a screen shows after a save lost the race (decision 0051): who saved meanwhile and when, and the buttons
 * "Reload" and "Re-apply my change". Hidden (and taking no room) until a {@link LostRaceChoice} is offered; then
 * the keyboard lands on "Re-apply my change", the choice that keeps the user's work.
 */
public final class LostRaceBar {
    private LostRaceBar() {
    }

    /** The bar for {@code choice}; ids {@code lostRaceMessage}, {@code lostRaceReload}, {@code lostRaceReapply}. */
    public static VBox of(LostRaceChoice choice, Messages messages) {
        return of(choice, messages, "lostrace.reload");
    }

    /** The same, Reload labelled by {@code reloadKey} (another letter, where the screen already uses Alt+O). */
    public static VBox of(LostRaceChoice choice, Messages messages, String reloadKey) {
        Label said = new Label();
        said.setId("lostRaceMessage");
        said.setWrapText(true);
        said.setMaxWidth(Double.MAX_VALUE);
        said.textProperty().bind(choice.messageProperty());
        said.getStyleClass().add("problem");
        Button reapply = new Button(messages.get("lostrace.reapply"));
        reapply.setId("lostRaceReapply");
        reapply.setMnemonicParsing(true);
        reapply.setAccessibleText(messages.get("lostrace.reapply.help"));
        reapply.setOnAction(e -> choice.reapply());
        Button reload = new Button(messages.get(reloadKey));
        reload.setId("lostRaceReload");
        reload.setMnemonicParsing(true);
        reload.setAccessibleText(messages.get("lostrace.reload.help"));
        reload.setOnAction(e -> choice.reload());
        HBox buttons = new HBox(10, reapply, reload);
        VBox bar = new VBox(6, said, buttons);
        bar.getStyleClass().add("lost-race");
        bar.setAccessibleText(messages.get("lostrace.bar"));
        bar.visibleProperty().bind(choice.offeredProperty());
        bar.managedProperty().bind(choice.offeredProperty());
        choice.offeredProperty().addListener((o, was, now) -> {
            if (now) {
                reapply.requestFocus();
            }
        });
        return bar;
    }
}
