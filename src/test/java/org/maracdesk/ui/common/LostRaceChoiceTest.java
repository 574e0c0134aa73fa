package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice after a lost race (decision 0051): offered once, each choice runs its own action once and ends it. */
class LostRaceChoiceTest {
    @Test
    void eachChoiceRunsItsOwnActionOnceAndEndsTheOffer() {
        LostRaceChoice choice = new LostRaceChoice();
        List<String> ran = new ArrayList<>();
        assertFalse(choice.offeredProperty().get());
        choice.offer("deskb saved this first.", () -> ran.add("reload"), () -> ran.add("reapply"));
        assertTrue(choice.offeredProperty().get());
        assertEquals("deskb saved this first.", choice.messageProperty().get());
        choice.reapply();
        assertFalse(choice.offeredProperty().get());
        assertEquals("", choice.messageProperty().get());
        choice.reapply();
        choice.reload();
        assertEquals(List.of("reapply"), ran, "a second press after the choice does nothing");
        choice.offer("again", () -> ran.add("reload"), () -> ran.add("reapply"));
        choice.reload();
        assertEquals(List.of("reapply", "reload"), ran);
    }
}
