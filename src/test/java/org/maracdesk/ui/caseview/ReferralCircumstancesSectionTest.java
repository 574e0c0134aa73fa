package org.maracdesk.ui.caseview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;
import static org.maracdesk.ui.FxSteps.focusedId;
import static org.maracdesk.ui.FxSteps.key;
import static org.maracdesk.ui.FxSteps.waitFor;
import static org.maracdesk.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The case screen's referral circumstances section (issue 16, decision 0046) on a real encrypted vault: folded
 * at first and nothing read; Tab reaches its title and Space opens it; then the latest referral's values show
 * under their headings, labelled for screen readers, and the reading is in the audit trail.
 */
@ExtendWith(ApplicationExtension.class)
class ReferralCircumstancesSectionTest {
    @TempDir
    static Path dir;
    private MeetingVault vault;
    private final List<Throwable> reported = new ArrayList<>();

    @Start
    void start(Stage stage) {
        vault = new MeetingVault(StoreKind.H2, dir.resolve("vault-" + System.nanoTime()));
        long caseId = vault.acceptedCase(TODAY.minusDays(10), 0);
        vault.store().doInTransaction(s -> s.createSelectionQuery("from Referral r where r.maracCase.id = :c",
                Referral.class).setParameter("c", caseId).getSingleResult().setCircumstances(
                new ReferralCircumstances("Care worker", null, null, null, true, null, null, null, null,
                        "Drinking at weekends", null, null, null, null, "PC Test Officer", null, null, null,
                        "Not to contact the victim", TODAY.plusDays(30), TODAY.plusDays(20).toString())));
        Button before = new Button("Before");
        before.setId("before");
        ReferralCircumstancesSection section = new ReferralCircumstancesSection(new CaseViewService(vault.sessions(),
                vault.sessions(), new AuditLog(Clock.systemUTC())), new CurrentThreadTaskExecutor(), reported::add,
                new Messages(Locale.UK), caseId);
        stage.setScene(new Scene(new VBox(8, before, section.node()), 800, 600));
        stage.show();
        before.requestFocus();
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private long reads() {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'referral-circumstances'", Long.class).getSingleResult());
    }

    @Test
    void foldedAndUnreadUntilOpenedFromTheKeyboard(FxRobot robot) {
        TitledPane pane = robot.lookup("#caseCircumstances").queryAs(TitledPane.class);
        assertFalse(pane.isExpanded());
        assertEquals(0, reads(), "nothing is read while the section is folded");
        key(robot, KeyCode.TAB);
        assertEquals("caseCircumstances", focusedId(robot), "Tab reaches the section's title");
        key(robot, KeyCode.SPACE);
        waitUntil(pane::isExpanded, "Space opens the section");
        Label from = waitFor(robot, "#circumstancesFrom");
        assertTrue(from.getText().startsWith("As given on the latest referral, of "), from.getText());
        List<String> shown = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shown.contains("Care worker"), shown.toString());
        assertTrue(shown.contains("Police and courts"), shown.toString());
        assertTrue(shown.contains("Not to contact the victim"), shown.toString());
        assertFalse(shown.contains("Perpetrator"), "a group with nothing given is left out: " + shown);
        assertEquals(1, reads());
        assertEquals(List.of(), reported);
        assertEquals(List.of(), Accessibility.problems(pane.getScene().getRoot()));
    }
}
