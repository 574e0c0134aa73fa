package org.maracdesk.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.maracdesk.ui.common.Messages;

/** Placeholder for an area whose screens a later issue builds. */
public final class ComingSoonView {
    private final Messages messages;
    private final NavArea area;
    @FXML private Label titleLabel;
    @FXML private Label bodyLabel;

    public ComingSoonView(Messages messages, NavArea area) {
        this.messages = messages;
        this.area = area;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(messages.get(area.titleKey()));
        bodyLabel.setText(messages.get(area.comingSoonKey()));
    }
}
