package org.maracdesk.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.ui.common.Messages;

/** The agenda's markers say where a transferred-in case came from, when its referral gives the area (issue 16). */
class TransferFromMarkerTest {
    private final Labels words = new Labels(new Messages(Locale.UK));

    private static AgendaItem item(boolean transferIn, String from) {
        return new AgendaItem(1, 2, "TST-1", "Test Victim", 1, 0, false, transferIn, 15, "HIGH", List.of(), null,
                null, Map.of(), List.of(ReferralFlag.PETS), Map.of(), from);
    }

    @Test
    void theTransferMarkerNamesTheAreaWhenKnown() {
        assertEquals("Adult only · Pets · Transfer in from Northshire", words.markers(item(true, "Northshire")));
        assertEquals("Adult only · Pets · Transfer in", words.markers(item(true, null)));
        assertEquals("Adult only · Pets", words.markers(item(false, null)));
        assertEquals(true, words.markersInFull(item(true, "Northshire"))
                .endsWith("Transferred in from the MARAC of Northshire"), words.markersInFull(item(true, "Northshire")));
    }

    /** A transfer with a step still to do is marked, so the coordinator chases it before the meeting (decision 0068). */
    @Test
    void anOpenTransferSaysWhichStepIsStillToDo() {
        AgendaItem papers = withTransfer(new AgendaItem.OpenTransfer(false, "Northshire", true, false));
        assertEquals("Adult only · Transfer: papers to do", words.markers(papers));
        assertEquals("Adult only, Transfer in from Northshire still open: the previous minutes and action plans have not"
                + " arrived yet", words.markersInFull(papers));
        AgendaItem both = withTransfer(new AgendaItem.OpenTransfer(true, "Westshire", true, true));
        assertEquals("Adult only · Transfer: papers and handover to do", words.markers(both));
        assertEquals("Adult only · Transfer: handover to do",
                words.markers(withTransfer(new AgendaItem.OpenTransfer(true, "Westshire", false, true))));
    }

    private static AgendaItem withTransfer(AgendaItem.OpenTransfer open) {
        return new AgendaItem(1, 2, "TST-1", "Test Victim", 1, 0, false, false, 15, "HIGH", List.of(), null,
                null, Map.of(), List.of(), Map.of(), null, open);
    }
}
