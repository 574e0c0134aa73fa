package org.maracdesk.ui.common;

import javafx.animation.Interpolator;
import javafx.animation.TranslateTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/** The small sideways shake that says "not accepted" without a dialog. */
public final class Shake {
    private Shake() {
    }

    public static void play(Node node) {
        TranslateTransition t = new TranslateTransition(Duration.millis(60), node);
        t.setFromX(0);
        t.setByX(8);
        t.setCycleCount(6);
        t.setAutoReverse(true);
        t.setInterpolator(Interpolator.EASE_BOTH);
        t.setOnFinished(e -> node.setTranslateX(0));
        t.play();
    }
}
