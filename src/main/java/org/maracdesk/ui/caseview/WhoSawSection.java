package org.maracdesk.ui.caseview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.Permission;
import org.maracdesk.ui.common.Messages;

/**
 * "Who saw this case", for the coordinator: the audit trail's entries about the case, newest first (who, when,
 * what), read through the scope; other roles do not get the section at all.
 */
final class WhoSawSection implements CaseSection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private final CaseHub hub;
    private final Messages messages;
    private final CaseSectionViewModel<AuditLine> vm;
    private final SectionFrame frame;
    private final boolean shown;

    WhoSawSection(CaseHub hub) {
        this.hub = hub;
        this.messages = hub.messages();
        this.vm = hub.rows();
        this.frame = new SectionFrame(messages, "hub.whoSaw", "hubWhoSaw", vm);
        this.shown = hub.allows(Permission.DECIDE_REFERRALS) && hub.allows(Permission.VIEW_AUDIT);
        frame.node().setVisible(shown);
        frame.node().setManaged(shown);
        vm.rows().addListener((javafx.collections.ListChangeListener<AuditLine>) c -> fill());
    }

    @Override
    public Node node() {
        return frame.node();
    }

    @Override
    public void show(CaseDetail detail) {
        if (shown) {
            long caseId = detail.id();
            vm.load(() -> hub.services().hub().whoSaw(caseId));
        }
    }

    private void fill() {
        frame.clear();
        for (AuditLine line : vm.rows()) {
            String text = messages.format("hub.whoSaw.line", WHEN.format(line.at().atZone(ZoneId.systemDefault())),
                    line.username(), action(line));
            // one stop for the keyboard (the newest entry), not one per entry of a long trail
            frame.rows().getChildren().add(frame.rows().getChildren().isEmpty() ? frame.stop(text) : frame.line(text));
        }
    }

    private String action(AuditLine line) {
        String key = "admin.audit.action." + line.action().name().toLowerCase(Locale.ROOT);
        return messages.bundle().containsKey(key) ? messages.get(key) : line.action().name();
    }
}
