package org.maracdesk.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.ServerLink;

/**
 * The main window's line about the shared server (decision 0058): hidden while it answers; when it does not, says
 * since when, that what was typed is kept and how much work waits, with Try now; when it answers again, how much
 * was sent. Screen readers hear each change of the line.
 */
public final class ServerLinkBar extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final ServerLink link;
    private final Messages messages;
    private final ZoneId zone;
    private final Label text = new Label();
    private final Button tryNow;

    public ServerLinkBar(ServerLink link, Messages messages, ZoneId zone) {
        this.link = link;
        this.messages = messages;
        this.zone = zone;
        setId("serverLinkBar");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        text.setId("serverLinkText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setAccessibleRole(AccessibleRole.TEXT);
        HBox.setHgrow(text, Priority.ALWAYS);
        tryNow = new Button(messages.get("serverLink.tryNow"));
        tryNow.setId("serverLinkTryNow");
        tryNow.setMnemonicParsing(false);
        tryNow.setAccessibleHelp(messages.get("serverLink.tryNow.help"));
        tryNow.setMinWidth(USE_PREF_SIZE);
        tryNow.setOnAction(e -> link.tryNow());
        getChildren().setAll(text, tryNow);
        link.stateProperty().addListener((o, was, now) -> show());
        link.waitingProperty().addListener((o, was, now) -> show());
        link.idleLockHeldProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        ServerLink.State state = link.stateProperty().get();
        boolean shown = state == ServerLink.State.LOST || state == ServerLink.State.BACK;
        setVisible(shown);
        setManaged(shown);
        getStyleClass().removeAll("warning-bar", "notice");
        tryNow.setVisible(state == ServerLink.State.LOST);
        tryNow.setManaged(state == ServerLink.State.LOST);
        if (state == ServerLink.State.LOST) {
            getStyleClass().add("warning-bar");
            String since = link.since().get() == null ? "" : TIME.format(link.since().get().atZone(zone));
            java.time.Instant held = link.idleLockHeldProperty().get();
            text.setText(messages.format("serverLink.lost", since, link.waitingProperty().get()) + (held == null ? ""
                    : " " + messages.format("serverLink.lockHeld", TIME.format(held.atZone(zone)))));
        } else if (state == ServerLink.State.BACK) {
            getStyleClass().add("notice");
            text.setText(messages.format("serverLink.back", link.sentAgainProperty().get()));
        } else {
            text.setText("");
        }
        text.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }
}
