package org.maracdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

/**
 * Makes Alt+letter reach the control whose label shows that letter underlined, in every window of the
 * application.
 *
 * <p>JavaFX keeps a scene's mnemonics in a map keyed by the letter as written in the label ("_Save" gives
 * 'S', "Save _changes" gives 'c'), matches a key press against the keys without regard to case, and acts on
 * the <em>first</em> matching key it meets, in hash order, even when that key's list is empty. Lists are
 * emptied, never removed, when a screen goes: after signing in, the unlock screen's "Connect to a _shared
 * server" left an empty 's' that, in some runs, took Alt+S from "_Save as a new version". This filter sits
 * on the window, ahead of the scene's own handling, joins every matching list and then does what JavaFX does
 * with one list: one control that takes focus is focused and fired; several are focused in turn; a control
 * that does not take focus is fired. A key with nothing showing behind it is left to JavaFX.
 */
public final class MnemonicKeys {
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    private final EventHandler<KeyEvent> filter = this::key;
    /** Whether the last key press was taken here, so that the character it types is taken too. */
    private boolean tookPress;
    private final List<Window> installed = new ArrayList<>();
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::install);
            installed.removeAll(change.getRemoved());
        }
    };

    private MnemonicKeys() {
    }

    /** Starts following the application's windows: those open now and every one opened later. */
    public static MnemonicKeys followWindows() {
        MnemonicKeys keys = new MnemonicKeys();
        new ArrayList<>(Window.getWindows()).forEach(keys::install);
        Window.getWindows().addListener(keys.windows);
        return keys;
    }

    /** Stops following windows and takes the filter off those that still have it (the application is closing). */
    public void close() {
        Window.getWindows().removeListener(windows);
        installed.forEach(w -> w.removeEventFilter(KeyEvent.ANY, filter));
        installed.clear();
    }

    private void install(Window window) {
        if (!installed.contains(window)) {
            window.addEventFilter(KeyEvent.ANY, filter);
            installed.add(window);
        }
    }

    /**
     * Takes a press of Alt+letter that has a control showing behind it, and the character it then types: the
     * toolkit would otherwise act on that character too and move the focus by its own first match.
     */
    private void key(KeyEvent event) {
        boolean mnemonicDown = MAC ? event.isMetaDown() : event.isAltDown();
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            if (tookPress && mnemonicDown) {
                event.consume();
            }
            return;
        }
        if (event.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        tookPress = false;
        if (event.isConsumed() || !mnemonicDown || !(event.getSource() instanceof Window window)
                || window.getScene() == null) {
            return;
        }
        Scene scene = window.getScene();
        if (press(scene, matching(scene, event))) {
            tookPress = true;
            event.consume();
        }
    }

    /** Every mnemonic whose key matches the press, across keys that differ only in case; empty keys add nothing. */
    static List<Mnemonic> matching(Scene scene, KeyEvent event) {
        List<Mnemonic> all = new ArrayList<>();
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> e : scene.getMnemonics().entrySet()) {
            if (e.getKey().match(event)) {
                for (Mnemonic m : e.getValue()) {
                    if (!all.contains(m)) {
                        all.add(m);
                    }
                }
            }
        }
        return all;
    }

    /** Acts on the mnemonics as JavaFX acts on one list; false when none of them is showing and enabled. */
    static boolean press(Scene scene, List<Mnemonic> mnemonics) {
        Mnemonic first = null;
        Node firstFocusable = null;
        boolean several = false;
        int focused = -1;
        int next = -1;
        for (int i = 0; i < mnemonics.size(); i++) {
            Node node = mnemonics.get(i).getNode();
            boolean usable = node != null && usable(scene, node);
            if (first == null && usable) {
                first = mnemonics.get(i);
            }
            if (usable && node.isFocusTraversable()) {
                if (firstFocusable == null) {
                    firstFocusable = node;
                } else {
                    several = true;
                    if (focused != -1 && next == -1) {
                        next = i;
                    }
                }
            }
            if (node != null && node.isFocused()) {
                focused = i;
            }
        }
        if (several) {
            (next == -1 ? firstFocusable : mnemonics.get(next).getNode()).requestFocus();
            return true;
        }
        if (firstFocusable != null) {
            firstFocusable.requestFocus();
        }
        if (first != null) {
            first.fire();
            return true;
        }
        return firstFocusable != null;
    }

    /** In this scene, shown (itself and every parent visible) and not disabled. */
    private static boolean usable(Scene scene, Node node) {
        if (node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
