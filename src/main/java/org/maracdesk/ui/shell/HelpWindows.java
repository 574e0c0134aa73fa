package org.maracdesk.ui.shell;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.maracdesk.ui.common.Messages;

/**
 * The Help menu's windows: the keyboard shortcuts read from the main window's scene, the user guide for
 * an area (bundled with the application, no browser needed) and About (version, licence, third-party
 * notices). None of them shows case data.
 */
public final class HelpWindows {
    private final Messages messages;
    private final Supplier<Window> owner;
    private final String version;
    private final DoubleSupplier textScale;
    private Stage guide;
    private ListView<GuideTopic> topics;
    private Stage shortcuts;
    private Stage about;

    public HelpWindows(Messages messages, Supplier<Window> owner, String version, DoubleSupplier textScale) {
        this.textScale = textScale;
        this.messages = messages;
        this.owner = owner;
        this.version = version;
    }

    /** The shortcuts of the window as it is now (the screen showing decides the Alt+letter ones). */
    public void showShortcuts(Scene main) {
        List<ShortcutList.Shortcut> rows = ShortcutList.of(main, messages);
        TableView<ShortcutList.Shortcut> table = new TableView<>();
        table.setId("shortcutTable");
        table.setAccessibleText(messages.get("help.shortcuts.title"));
        table.getColumns().add(column("help.shortcuts.keys", ShortcutList.Shortcut::keys, 130));
        table.getColumns().add(column("help.shortcuts.action", ShortcutList.Shortcut::action, 300));
        table.getColumns().add(column("help.shortcuts.where", ShortcutList.Shortcut::where, 150));
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label intro = wrapped(messages.get("help.shortcuts.intro"));
        VBox.setVgrow(table, Priority.ALWAYS);
        close(shortcuts);
        shortcuts = stage(messages.get("help.shortcuts.title"), new VBox(10, intro, table), 640, 560);
        shortcuts.show();
        table.requestFocus();
    }

    public void showGuide(NavArea area) {
        GuideTopic topic = GuideTopic.of(area);
        if (guide == null || !guide.isShowing()) {
            guide = guideStage();
        }
        topics.getSelectionModel().select(topic);
        guide.show();
        guide.toFront();
        topics.requestFocus();
    }

    public void showAbout() {
        close(about);
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add("title");
        Label versionLabel = new Label(messages.format("help.about.version", version));
        versionLabel.setId("aboutVersion");
        VBox summary = new VBox(8, name, versionLabel, wrapped(messages.get("help.about.licence")),
                wrapped(GuideText.resource("/legal/NOTICE").strip()));
        summary.setPadding(new Insets(12));
        TabPane tabs = new TabPane(new Tab(messages.get("help.about.tab"), summary),
                new Tab(messages.get("help.about.licenceTab"), legal("licenceText", "/legal/LICENSE", "help.about.licenceTab")),
                new Tab(messages.get("help.about.noticesTab"), legal("noticesText",
                        "/legal/THIRD-PARTY-NOTICES.txt", "help.about.noticesTab")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(messages.get("help.about.tabs"));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        about = stage(messages.format("help.about.title", messages.get("app.name")), new VBox(tabs), 640, 520);
        about.show();
    }

    /** On lock and on exit. */
    public void closeAll() {
        close(guide);
        close(shortcuts);
        close(about);
    }

    private Stage guideStage() {
        topics = new ListView<>();
        topics.setId("guideTopics");
        topics.setAccessibleText(messages.get("help.guide.topics"));
        topics.getItems().setAll(GuideTopic.values());
        topics.getStyleClass().add("guide-topics");
        topics.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GuideTopic item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.titleKey()));
            }
        });
        TextArea page = text("guideText", "", "help.guide.page");
        page.getStyleClass().add("guide-page");
        topics.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                String plain = GuideText.plain(GuideText.resource(now.resource()));
                page.setText(plain);
                page.positionCaret(start(plain, now));
                page.setScrollTop(0);
                if (now.section() != null) {
                    page.selectRange(start(plain, now), start(plain, now));
                }
            }
        });
        BorderPane pane = new BorderPane(page);
        pane.setLeft(topics);
        BorderPane.setMargin(topics, new Insets(0, 10, 0, 0));
        return stage(messages.get("help.guide.title"), pane, 860, 600, Modality.NONE);
    }

    private static int start(String plain, GuideTopic topic) {
        if (topic.section() == null) {
            return 0;
        }
        int at = plain.indexOf("\n" + topic.section().replaceFirst("^#+ ", "") + "\n");
        return at < 0 ? 0 : at + 1;
    }

    /** Licence texts are laid out in fixed columns: shown in a fixed-width font. */
    private TextArea legal(String id, String resource, String nameKey) {
        TextArea area = text(id, GuideText.resource(resource), nameKey);
        area.getStyleClass().add("legal-text");
        return area;
    }

    private TextArea text(String id, String content, String nameKey) {
        TextArea area = new TextArea(content);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setAccessibleText(messages.get(nameKey));
        return area;
    }

    private Stage stage(String title, Parent content, double width, double height) {
        return stage(title, content, width, height, Modality.WINDOW_MODAL);
    }

    private Stage stage(String title, Parent content, double width, double height, Modality modality) {
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(modality);
        stage.setTitle(title);
        Button closeButton = new Button(messages.get("help.close"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> stage.close());
        HBox bar = new HBox(closeButton);
        bar.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(content);
        root.setBottom(bar);
        BorderPane.setMargin(bar, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("help-window");
        // Sized with the text, as far as the screen allows.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double scale = textScale.getAsDouble();
        Scene scene = new Scene(root, Math.min(width * scale, screen.getWidth()),
                Math.min(height * scale, screen.getHeight()));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }

    private TableColumn<ShortcutList.Shortcut, String> column(String key,
            java.util.function.Function<ShortcutList.Shortcut, String> value, double width) {
        TableColumn<ShortcutList.Shortcut, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static void close(Stage stage) {
        if (stage != null) {
            stage.close();
        }
    }
}
