package org.maracdesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditReport;
import org.maracdesk.ui.common.Messages;

/** The main window: who is signed in, which area is showing, and the Lock command. */
public final class MainViewModel {
    private final AccountInfo account;
    private final Messages messages;
    private final Runnable lockCommand;
    private final AuditReport audit;
    private final ObjectProperty<NavArea> area = new SimpleObjectProperty<>(NavArea.CASES);

    public MainViewModel(AccountInfo account, Messages messages, Runnable lockCommand, AuditReport audit) {
        this.audit = audit;
        this.account = account;
        this.messages = messages;
        this.lockCommand = lockCommand;
    }

    public String signedInText() {
        return messages.format("main.signedIn", account.displayName(), messages.get(account.role().messageKey()));
    }

    /** Empty when the audit trail checked out at unlock; otherwise what to tell the user. */
    public String auditWarning() {
        if (audit == null || audit.intact()) {
            return "";
        }
        return messages.format("main.auditBroken", audit.firstBadSeq(), audit.problem());
    }

    public ObjectProperty<NavArea> areaProperty() {
        return area;
    }

    public void lock() {
        lockCommand.run();
    }
}
