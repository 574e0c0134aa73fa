package org.maracdesk.ui.admin;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.maracdesk.ui.common.Messages;

/**
 * The Administration area: one tab per part the signed-in role may use (the composition root
 * decides which, from the permission matrix; the services check again).
 */
public final class AdministrationView {
    private final Messages messages;
    private final Map<String, Parent> tabs;

    @FXML private TabPane tabPane;
    @FXML private Label nothingLabel;

    /** @param tabs message key of each tab's title → its content, in order */
    public AdministrationView(Messages messages, Map<String, Parent> tabs) {
        this.messages = messages;
        this.tabs = tabs;
    }

    @FXML
    private void initialize() {
        tabs.forEach((key, content) -> {
            Tab tab = new Tab(messages.get(key), content);
            tab.setClosable(false);
            tab.setId(key.replace('.', '-'));
            tabPane.getTabs().add(tab);
        });
        boolean none = tabs.isEmpty();
        tabPane.setVisible(!none);
        nothingLabel.setVisible(none);
        nothingLabel.setManaged(none);
    }
}
