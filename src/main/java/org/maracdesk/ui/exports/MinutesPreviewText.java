package org.maracdesk.ui.exports;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.exchange.exports.MinutesContent;
import org.maracdesk.exchange.exports.MinutesCopies;
import org.maracdesk.ui.common.Messages;

/**
 * The export dialog's preview of a meeting's minutes copies: the version, each agency's cases and why (the chosen
 * recipient first), and who holds a superseded version (decision 0033).
 */
final class MinutesPreviewText {
    private final MinutesCopies.Outline outline;
    private final Messages messages;

    MinutesPreviewText(MinutesCopies.Outline outline, Messages messages) {
        this.outline = outline;
        this.messages = messages;
    }

    /** @param recipient the chosen agency code, or "" / null for the full minutes */
    String text(String recipient) {
        List<String> lines = new ArrayList<>();
        lines.add(outline.supersedes() == null ? messages.format("export.preview.version", outline.version())
                : messages.format("export.preview.versionLater", outline.version(), outline.supersedes()));
        outline.versions().stream().filter(v -> v.version() == outline.version() && v.reason() != null).findFirst()
                .ifPresent(v -> lines.add(messages.format("export.preview.reason", v.reason())));
        outline.versions().stream().filter(v -> v.latest() && v.version() > outline.version()).findFirst()
                .ifPresent(v -> lines.add(messages.format("export.preview.notLatest", outline.version(), v.version())));
        boolean full = recipient == null || recipient.isEmpty();
        if (full && !outline.fullCopy().isEmpty()) {
            lines.add(messages.format("export.preview.full", String.join(", ", outline.fullCopy())));
        }
        outline.copies().stream().filter(c -> c.agency().equals(recipient)).forEach(c -> lines.add(line(c)));
        if (!full && outline.copies().stream().noneMatch(c -> c.agency().equals(recipient))) {
            lines.add(messages.format("export.preview.agency", recipient, messages.get("export.preview.noCases")));
        }
        outline.copies().stream().filter(c -> !c.agency().equals(recipient)).forEach(c -> lines.add(line(c)));
        List<MinutesCopies.Holder> superseded = outline.holders().stream().filter(MinutesCopies.Holder::superseded)
                .toList();
        if (!superseded.isEmpty()) {
            lines.add(messages.format("export.preview.superseded", outline.version()));
            for (MinutesCopies.Holder h : superseded) {
                lines.add(h.version() == null ? messages.format("export.preview.holderOld", h.recipient(),
                        h.exportedAt().toString().substring(0, 10), h.exportedBy())
                        : messages.format("export.preview.holder", h.recipient(), h.version(),
                        h.exportedAt().toString().substring(0, 10), h.exportedBy()));
            }
        }
        return String.join("\n", lines);
    }

    private String line(MinutesCopies.AgencyCopy c) {
        String cases = c.cases().isEmpty() ? messages.get("export.preview.noCases") : String.join("; ",
                c.cases().stream().map(l -> messages.format("export.preview.case", l.reference(),
                        reasons(l.reasons()))).toList());
        return c.withheld() == 0 ? messages.format("export.preview.agency", c.agencyName(), cases)
                : messages.format("export.preview.agencyWithheld", c.agencyName(), cases, c.withheld());
    }

    private String reasons(List<MinutesContent.Reason> reasons) {
        return String.join(", ", reasons.stream().map(r -> switch (r) {
            case RESEARCH_ASKED -> messages.get("export.preview.reason.research");
            case PRESENT -> messages.get("export.preview.reason.present");
            case HOLDS_ACTION -> messages.get("export.preview.reason.action");
        }).toList());
    }
}
