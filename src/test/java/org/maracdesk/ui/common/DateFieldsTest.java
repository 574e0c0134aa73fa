package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A date typed by hand: d/m/yyyy and dd/mm/yyyy count when the focus leaves or on Enter; a text that is not a date
 * (31 February, a word) never reaches the window's error handler, stays in the field to be corrected, and the field
 * says how to type a date.
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldsTest {
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private DatePicker picker;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        picker = DateFields.picker(new Messages(Locale.UK), null);
        picker.setId("date");
        TextField next = new TextField();
        next.setId("next");
        stage.setScene(new Scene(new VBox(picker, next), 300, 200));
        stage.show();
    }

    @Test
    void typedDatesCountAndATextThatIsNotADateIsMarkedWithoutAFailure(FxRobot robot) {
        type(robot, "1/2/2026");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 2, 1), picker.getValue());
        assertFalse(picker.getStyleClass().contains(DateFields.NOT_A_DATE));

        type(robot, "31/02/2026");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 2, 1), picker.getValue(), "a non-date keeps the date the field held");
        assertEquals("31/02/2026", picker.getEditor().getText(), "the typed text stays for the user to correct");
        assertTrue(picker.getStyleClass().contains(DateFields.NOT_A_DATE));
        assertNotNull(picker.getAccessibleHelp(), "a screen reader hears how to type a date");
        assertTrue(picker.getTooltip().getText().contains("dd/mm/yyyy"));

        type(robot, "next week");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 2, 1), picker.getValue());

        type(robot, "28/02/2026");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 2, 28), picker.getValue());
        assertFalse(picker.getStyleClass().contains(DateFields.NOT_A_DATE), "a corrected date clears the mark");
        assertEquals(null, picker.getAccessibleHelp());
        assertEquals(List.of(), uncaught, "nothing reached the window's error handler");
    }

    private void type(FxRobot robot, String text) {
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text);
    }
}
