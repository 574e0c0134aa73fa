package org.maracdesk.ui.caseview;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.security.Permission;
import org.maracdesk.ui.common.Messages;

/**
 * The hub's commands beside Close case, each with its own mnemonic and shown only to those it is for (the
 * services check again): export the case's Idva summary through the export dialog.
 */
final class CaseCommands {
    private final CaseHub hub;
    private final CaseDetailViewModel viewModel;
    private final HBox box;
    private final Messages messages;

    CaseCommands(CaseHub hub, CaseDetailViewModel viewModel, HBox box) {
        this.hub = hub;
        this.viewModel = viewModel;
        this.box = box;
        this.messages = hub.messages();
    }

    void install() {
        if (hub.services().exportCaseSummary() != null && hub.allows(Permission.EXPORT_IDVA_SUMMARY)) {
            add("exportSummaryButton", "hub.command.export", "hub.command.export.accessible",
                    d -> hub.services().exportCaseSummary().accept(d.reference()));
        }
    }

    private void add(String id, String textKey, String accessibleKey, java.util.function.Consumer<CaseDetail> action) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(messages.get(accessibleKey));
        b.setOnAction(e -> {
            CaseDetail d = viewModel.detailProperty().get();
            if (d != null) {
                action.accept(d);
            }
        });
        b.disableProperty().bind(viewModel.detailProperty().isNull());
        box.getChildren().add(b);
    }
}
