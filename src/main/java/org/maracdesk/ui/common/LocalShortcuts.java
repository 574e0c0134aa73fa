package org.maracdesk.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * Keys a screen handles itself (in a key filter, only while it shows) declared on the screen's node, so
 * that the Keyboard shortcuts list finds them in the scene next to the menu accelerators and mnemonics:
 * a screen that is not showing lists nothing.
 */
public final class LocalShortcuts {
    private static final String PROPERTY = "maracdesk.localShortcuts";

    private LocalShortcuts() {
    }

    /** Declares that {@code node}'s screen answers {@code key} by doing {@code what} (shown to the user). */
    public static void declare(Node node, KeyCombination key, String what) {
        declared(node).put(key, what);
    }

    @SuppressWarnings("unchecked")
    public static Map<KeyCombination, String> declared(Node node) {
        return (Map<KeyCombination, String>) node.getProperties().computeIfAbsent(PROPERTY,
                k -> new LinkedHashMap<KeyCombination, String>());
    }

    public static boolean has(Node node) {
        return node.getProperties().containsKey(PROPERTY);
    }
}
