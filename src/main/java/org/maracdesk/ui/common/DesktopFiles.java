package org.maracdesk.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * "Open" and "Show in folder" for a file just written: handed to the operating system on a background
 * thread (starting a program can take seconds, and AWT's Desktop must not run on the FX thread). A
 * failure reaches {@code failed} on the FX thread; the path is never logged.
 */
public final class DesktopFiles {
    private final String osName;

    public DesktopFiles() {
        this(System.getProperty("os.name", ""));
    }

    DesktopFiles(String osName) {
        this.osName = osName.toLowerCase(Locale.ROOT);
    }

    public void open(Path file, Consumer<Exception> failed) {
        run(() -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
            } else {
                start(openCommand(file));
            }
        }, failed);
    }

    public void showInFolder(Path file, Consumer<Exception> failed) {
        run(() -> start(showCommand(file)), failed);
    }

    /** The command that opens a file with its usual program, where AWT cannot. */
    List<String> openCommand(Path file) {
        if (osName.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", file.toString());
        }
        return List.of(osName.contains("mac") ? "open" : "xdg-open", file.toString());
    }

    /** The command that shows the folder with the file selected where the system can, else the folder. */
    List<String> showCommand(Path file) {
        Path absolute = file.toAbsolutePath();
        if (osName.contains("win")) {
            return List.of("explorer.exe", "/select," + absolute);
        }
        if (osName.contains("mac")) {
            return List.of("open", "-R", absolute.toString());
        }
        return List.of("xdg-open", absolute.getParent().toString());
    }

    private static void start(List<String> command) throws IOException {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void run(Action action, Consumer<Exception> failed) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                Platform.runLater(() -> failed.accept(e));
            }
        }, "marac-desktop-open");
        t.setDaemon(true);
        t.start();
    }
}
