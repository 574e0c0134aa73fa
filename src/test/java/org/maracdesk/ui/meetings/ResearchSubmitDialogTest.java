package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maracdesk.casework.disclosure.ConsentRecord;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.common.DisclosureChoice;
import org.maracdesk.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The research submit step from the keyboard (decision 0048): the dialog opens on Consent with the MARAC's default
 * basis chosen; Submit without a reason when consent was not sought says so and puts the keyboard in the reason;
 * Alt+W reaches the reason, Alt+L the basis; Return submits once the answers will do.
 */
@ExtendWith(ApplicationExtension.class)
class ResearchSubmitDialogTest {
    private final Messages messages = new Messages(Locale.UK);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("research")), 400, 300));
        stage.show();
    }

    @Test
    void basisAndConsentAreAskedAndAReasonIsRequiredWhenConsentWasNotSought(FxRobot robot) {
        DisclosureChoice choice = new DisclosureChoice(messages);
        choice.show(LawfulBasis.DEFAULTS);
        AtomicReference<Boolean> submitted = new AtomicReference<>();
        Platform.runLater(() -> submitted.set(new ResearchSubmitDialog(messages).ask(stage, "MARAC-0001", choice)));
        @SuppressWarnings("unchecked")
        ComboBox<ConsentRecord.Consent> consent = waitFor(robot, "#disclosureConsent");
        waitUntil(consent::isFocused, "the dialog opens on Consent");
        @SuppressWarnings("unchecked")
        ComboBox<LawfulBasis> basis = robot.lookup("#disclosureBasis").queryAs(ComboBox.class);
        assertEquals("PUBLIC-TASK", basis.getValue().code(), "the MARAC's default basis is chosen");
        assertEquals(List.of(), Accessibility.unnamedControls(consent.getScene().getRoot()), "every control is named");

        robot.targetWindow(consent.getScene().getWindow());
        key(robot, KeyCode.F4);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        waitUntil(() -> consent.getValue() == ConsentRecord.Consent.NOT_SOUGHT, "not sought chosen from the keyboard");
        key(robot, KeyCode.ENTER);
        Label problem = robot.lookup("#disclosureProblem").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty(), "Submit without a reason says what is missing");
        TextField reason = robot.lookup("#disclosureReason").queryAs(TextField.class);
        waitUntil(reason::isFocused, "the keyboard is put in the reason");
        assertNull(submitted.get(), "nothing submitted yet");

        key(robot, KeyCode.ALT, KeyCode.L);
        waitUntil(basis::isFocused, "Alt+L reaches the basis");
        key(robot, KeyCode.ALT, KeyCode.W);
        waitUntil(reason::isFocused, "Alt+W reaches the reason");
        robot.write("Asking would put her at risk");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> Boolean.TRUE.equals(submitted.get()), "Return submits");
        Disclosure d = choice.disclosure();
        assertEquals("PUBLIC-TASK", d.basisCode());
        assertEquals(ConsentRecord.Consent.NOT_SOUGHT, d.consent().consent());
        assertEquals("Asking would put her at risk", d.consent().overrideReason());
        assertTrue(choice.problem() == null);
    }
}
