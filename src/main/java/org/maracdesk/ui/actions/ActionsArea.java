package org.maracdesk.ui.actions;

import javafx.scene.Parent;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;
import org.maracdesk.ui.exports.ExportDialogs;

/** The Actions area for the signed-in role; a case's action summary export where the role may. */
public final class ActionsArea {
    private final ActionTrackingService actions;
    private final ActionCorrectionService corrections;
    private final ViewLoader views;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final org.maracdesk.ui.common.LiveRefresh live;

    public ActionsArea(ActionTrackingService actions, ActionCorrectionService corrections, ViewLoader views,
                       Messages messages, TaskExecutor executor, ErrorHandler errors) {
        this(actions, corrections, views, messages, executor, errors, org.maracdesk.ui.common.LiveRefresh.none());
    }

    /** @param live other desks' changes to actions reload the list while it is shown (decision 0038) */
    public ActionsArea(ActionTrackingService actions, ActionCorrectionService corrections, ViewLoader views,
                       Messages messages, TaskExecutor executor, ErrorHandler errors,
                       org.maracdesk.ui.common.LiveRefresh live) {
        this.live = live;
        this.actions = actions;
        this.corrections = corrections;
        this.views = views;
        this.messages = messages;
        this.executor = executor;
        this.errors = errors;
    }

    public Parent view(AccountInfo who, ExportDialogs exports) {
        ActionsAccess access = ActionsAccess.of(who.role());
        ActionsViewModel vm = new ActionsViewModel(actions, access, executor, errors, messages, ActionsViewModel.PAGE,
                access.canCorrect() ? corrections : null);
        Parent view = views.load(Fxml.ACTIONS_VIEW, new ActionsView(vm, messages,
                exports.mayExportActionSummary() ? row -> exports.caseSummary(row.caseReference()) : null));
        live.whileShown(view, java.util.Set.of(org.maracdesk.casework.live.ChangeKind.ACTIONS), vm::refresh);
        return view;
    }
}
