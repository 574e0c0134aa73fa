package org.maracdesk.ui.caseview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;
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
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.ui.Accessibility;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.Shots;
import org.maracdesk.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where the children live is a safe address (decision 0070): the housing representative, whose agency is not marked
 * to see safe addresses, opens the case's referral circumstances and reads "Held by the MARAC coordinator." in its
 * place, labelled for screen readers, while the rest of the referral shows as before.
 */
@ExtendWith(ApplicationExtension.class)
class ChildrenAddressesHeldTest {
    private static final String ELSEWHERE = "Child1 with her grandmother, 9 Larkspur Close, Wyvernbury";
    @TempDir
    static Path dir;
    private MeetingVault vault;
    private final List<Throwable> reported = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        vault = new MeetingVault(StoreKind.H2, dir.resolve("vault-" + System.nanoTime()));
        long caseId = vault.acceptedCase(TODAY.minusDays(10), 1);
        vault.store().doInTransaction(s -> s.createSelectionQuery("from Referral r where r.maracCase.id = :c",
                Referral.class).setParameter("c", caseId).getSingleResult().setCircumstances(
                new ReferralCircumstances("Care worker", null, null, null, null, null, null, ELSEWHERE, null,
                        "Drinking at weekends", null, null, null, null, null, null, null, null, null, null, null)));
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.list(meeting, caseId, 1);
        vault.agenda().circulate(meeting);
        vault.as("housing");
        Button before = new Button("Before");
        before.setId("before");
        ReferralCircumstancesSection section = new ReferralCircumstancesSection(new CaseViewService(vault.sessions(),
                vault.sessions(), new AuditLog(Clock.systemUTC())), new CurrentThreadTaskExecutor(), reported::add,
                new Messages(Locale.UK), caseId);
        stage.setScene(new Scene(new VBox(8, before, section.node()), 800, 420));
        stage.show();
        before.requestFocus();
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void housingReadsThatTheCoordinatorHoldsWhereTheChildrenLive(FxRobot robot) throws Exception {
        TitledPane pane = robot.lookup("#caseCircumstances").queryAs(TitledPane.class);
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.SPACE);
        waitUntil(pane::isExpanded, "Space opens the section");
        waitFor(robot, "#circumstancesFrom");
        List<Label> labels = robot.lookup(".label").queryAllAs(Label.class).stream().toList();
        List<String> shown = labels.stream().map(Label::getText).toList();
        assertTrue(shown.contains("Held by the MARAC coordinator."), shown.toString());
        assertTrue(shown.contains("Care worker"), "the rest of the referral shows: " + shown);
        assertFalse(shown.stream().anyMatch(t -> t.contains("Larkspur")), "the address is nowhere: " + shown);
        assertTrue(labels.stream().anyMatch(l -> ("Children living elsewhere (one line per child): Held by the MARAC"
                + " coordinator.").equals(l.getAccessibleText())), "a screen reader hears the field and the reason");
        assertEquals(List.of(), reported);
        assertEquals(List.of(), Accessibility.problems(pane.getScene().getRoot()));
        Shots.write(pane.getScene().getRoot(), "children-addresses-held");
    }
}
