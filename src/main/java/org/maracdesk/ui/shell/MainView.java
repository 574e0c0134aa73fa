package org.maracdesk.ui.shell;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.StackPane;
import org.maracdesk.ui.common.Messages;

/** The main window frame: navigation on the left, the chosen area in the middle, Lock at the top. */
public final class MainView {
    private final MainViewModel viewModel;
    private final Messages messages;
    private final Function<NavArea, Parent> areaViews;
    private final ShellCommands commands;

    @FXML private MenuBar menuBar;
    @FXML private Label signedInLabel;
    @FXML private Label auditWarning;
    @FXML private Button lockButton;
    @FXML private ListView<NavArea> navList;
    @FXML private StackPane content;
    @FXML private javafx.scene.layout.VBox topBox;
    private javafx.scene.Node serverLinkBar;

    public MainView(MainViewModel viewModel, Messages messages, Function<NavArea, Parent> areaViews,
                    ShellCommands commands) {
        this.viewModel = viewModel;
        this.commands = commands;
        this.messages = messages;
        this.areaViews = areaViews;
    }

    /** The line about the shared server under the top bar (call before the view is loaded). */
    public MainView showing(javafx.scene.Node serverLinkBar) {
        this.serverLinkBar = serverLinkBar;
        return this;
    }

    @FXML
    private void initialize() {
        if (serverLinkBar != null) {
            topBox.getChildren().add(serverLinkBar);
        }
        signedInLabel.setText(viewModel.signedInText());
        auditWarning.textProperty().bind(viewModel.auditWarningProperty());
        auditWarning.visibleProperty().bind(viewModel.auditWarningProperty().isNotEmpty());
        auditWarning.managedProperty().bind(auditWarning.visibleProperty());
        lockButton.setAccessibleHelp(messages.get("main.lock.help"));
        new MainMenus(messages, commands).fill(menuBar, this::select, () -> viewModel.areaProperty().get());
        navList.getItems().setAll(NavArea.values());
        navList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(NavArea item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : messages.format("nav.item", item.ordinal() + 1, messages.get(item.titleKey())));
            }
        });
        navList.getSelectionModel().selectedItemProperty().addListener((o, a, area) -> {
            if (area != null) {
                viewModel.areaProperty().set(area);
            }
        });
        viewModel.areaProperty().addListener((o, a, area) -> show(area));
        navList.getSelectionModel().select(viewModel.areaProperty().get());
        show(viewModel.areaProperty().get());
        Platform.runLater(navList::requestFocus);
    }

    /** Ctrl+1 … Ctrl+6, the Go menu's accelerators. */
    public void select(NavArea area) {
        navList.getSelectionModel().select(area);
    }

    /** Shows an area afresh, whether or not it is the one chosen (e.g. the Meetings area from the case hub). */
    public void open(NavArea area) {
        if (viewModel.areaProperty().get() == area) {
            show(area);
        } else {
            select(area);
        }
    }

    /** Shows a case (opened from Find a person) in place of the area; going back shows the area again. */
    public void showDetail(Parent detail) {
        content.getChildren().setAll(detail);
    }

    /** Back from a detail shown with {@link #showDetail}: the chosen area again. */
    public void showArea() {
        show(viewModel.areaProperty().get());
    }

    private void show(NavArea area) {
        content.getChildren().setAll(areaViews.apply(area));
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }
}
