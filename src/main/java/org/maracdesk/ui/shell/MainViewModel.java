package org.maracdesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditReport;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The main window: who is signed in, which area is showing, and the Lock command. */
public final class MainViewModel {
    private final AccountInfo account;
    private final Messages messages;
    private final Runnable lockCommand;
    private final ReadOnlyStringWrapper auditWarning = new ReadOnlyStringWrapper("");
    private final ObjectProperty<NavArea> area = new SimpleObjectProperty<>(NavArea.CASES);

    /** {@code audit} is the unlock's check of the chain (from the anchor, decision 0082), or null. */
    public MainViewModel(AccountInfo account, Messages messages, Runnable lockCommand, AuditReport audit) {
        this.account = account;
        this.messages = messages;
        this.lockCommand = lockCommand;
        show(audit);
    }

    public String signedInText() {
        return messages.format("main.signedIn", account.displayName(), messages.get(account.role().messageKey()));
    }

    /** Empty while the audit trail checks out; otherwise what to tell the user. */
    public ReadOnlyStringProperty auditWarningProperty() {
        return auditWarning.getReadOnlyProperty();
    }

    /**
     * Checks the whole audit chain in the background ({@code wholeTrail}: in a vault about a second per 200,000
     * entries, on a shared server about 15 s) and shows a break when it finds one, or that it could not check. (A failure because the vault was
     * locked meanwhile shows on a main screen that is no longer there.)
     */
    public void checkWholeTrail(TaskExecutor executor, BackgroundWork<AuditReport> wholeTrail) {
        executor.execute(wholeTrail, this::show, failure -> auditWarning.set(messages.format("main.auditUnchecked",
                org.maracdesk.ui.common.SafeErrors.describe(failure))));
    }

    private void show(AuditReport audit) {
        if (audit != null && !audit.intact()) {
            auditWarning.set(messages.format("main.auditBroken", audit.firstBadSeq(), audit.problem()));
        }
    }

    public ObjectProperty<NavArea> areaProperty() {
        return area;
    }

    public void lock() {
        lockCommand.run();
    }
}
