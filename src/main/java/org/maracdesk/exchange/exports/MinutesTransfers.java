package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.meetings.FrozenMinutes;

/**
 * A case's transfers between MARACs in the minutes (issue 16, decision 0069): for each, which way and the other
 * area, when the victim moved, the papers (previous minutes and action plans received, or sent) and the Idva
 * handover, each with its day or "to do", in every copy that holds the case; nothing when the record has none (and
 * in records of format 7 and earlier, which have none).
 */
final class MinutesTransfers {
    private MinutesTransfers() {
    }

    static void print(List<FrozenMinutes.Transfer> transfers, PdfReport pdf) throws IOException {
        if (transfers.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (FrozenMinutes.Transfer t : transfers) {
            boolean in = "IN".equals(t.direction());
            String moved = t.movedOn() == null ? text("minutes.transfer.movedNotRecorded")
                    : text("minutes.transfer.moved", t.movedOn().toString());
            lines.add(text(in ? "minutes.transfer.in" : "minutes.transfer.out", t.otherArea(), moved));
            lines.add(text(in ? "minutes.transfer.papersReceived" : "minutes.transfer.papersSent", step(t.papersOn())));
            lines.add(t.handoverService() == null ? text("minutes.transfer.handover", step(t.handoverOn()))
                    : text("minutes.transfer.handoverWith", t.handoverService(), step(t.handoverOn())));
        }
        pdf.field(text("minutes.transfer"), String.join("\n", lines));
    }

    private static String step(LocalDate on) {
        return on == null ? text("minutes.transfer.toDo") : text("minutes.transfer.doneOn", on.toString());
    }
}
