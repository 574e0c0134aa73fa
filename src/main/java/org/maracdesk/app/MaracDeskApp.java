package org.maracdesk.app;

import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.maracdesk.app.common.AppPaths;
import org.maracdesk.app.common.VaultRelocation;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.SafeErrors;

/**
 * The JavaFX application. The launcher hands it its configuration before starting the toolkit. On
 * Windows, a vault an earlier build left in the roaming %APPDATA% is offered a move to %LOCALAPPDATA%
 * first; it is moved only if the user says so, in the background, and opened where it then is.
 */
public final class MaracDeskApp extends Application {
    private static volatile AppConfig pending;
    /** The composition root for {@link #pending}; its services graph is built after the first frame. */
    private static volatile java.util.function.Supplier<CompositionRoot> building;
    private CompositionRoot root;

    static void launch(AppConfig config) {
        pending = config;
        building = CompositionRoot.startBuilding(config);
        Application.launch(MaracDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppConfig config = pending;
        Optional<VaultRelocation> move = config.demo() ? Optional.empty()
                : AppPaths.Locations.current().roamingVaultToMove().filter(m -> m.from().equals(config.vaultDir()));
        if (move.isPresent() && agreed(move.get())) {
            Thread mover = new Thread(() -> {
                AppConfig opened;
                String problem = null;
                try {
                    opened = config.withVault(move.get().move());
                } catch (RuntimeException e) {
                    opened = config;
                    problem = SafeErrors.describe(e);
                }
                AppConfig finalConfig = opened;
                String finalProblem = problem;
                Platform.runLater(() -> {
                    if (finalProblem != null) {
                        new Alert(Alert.AlertType.ERROR, messages().format("vault.move.failed", finalProblem),
                                ButtonType.OK).showAndWait();
                    }
                    open(finalConfig, stage);
                });
            }, "marac-vault-move");
            mover.start();
        } else {
            open(config, stage);
        }
    }

    private static Messages messages() {
        return new Messages(java.util.Locale.getDefault());
    }

    private static boolean agreed(VaultRelocation move) {
        Messages m = messages();
        ButtonType yes = new ButtonType(m.get("vault.move.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(m.get("vault.move.no"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.format("vault.move.question", move.from(), move.to()),
                yes, no);
        ask.setTitle(m.get("vault.move.title"));
        ask.setHeaderText(m.get("vault.move.title"));
        return ask.showAndWait().filter(yes::equals).isPresent();
    }

    private void open(AppConfig config, Stage stage) {
        // After a vault was moved the graph built beforehand is for the old folder; a new one is built.
        root = config == pending && building != null ? building.get() : CompositionRoot.withFxExecutor(config);
        root.start(stage);
    }

    @Override
    public void stop() {
        if (root != null) {
            root.stop();
        }
    }
}
