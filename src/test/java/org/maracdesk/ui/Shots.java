package org.maracdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots from a TestFX test for a person to look at: written as PNG into {@code -Dmarac.shots=DIR} when given
 * (with {@code -Dtestfx.jvm.args="… -Dheadless.geometry=1366x768-32"} for the size users have), nothing otherwise.
 */
public final class Shots {
    private Shots() {
    }

    /** Writes {@code node}'s whole scene as {@code name}; true when a picture was asked for and written. */
    public static boolean write(Node node, String name) throws Exception {
        String dir = System.getProperty("marac.shots");
        if (dir == null || dir.isBlank()) {
            return false;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        javax.imageio.ImageIO.write(png, "png", Path.of(dir).resolve(name).toFile());
        return true;
    }
}
