package org.maracdesk.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.SessionManager;
import org.maracdesk.security.UnlockThrottle;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.unlock.UnlockViewModel;

/**
 * Wires the unlock form to a services graph that may still be building (issue 18, decision 0055). The
 * form goes on screen at once; an unlock asked for early waits for the graph. What only the graph knows
 * arrives when it is built: the vault's earlier failed attempts (the throttle resumes them before any
 * unlock can run) and, when the vault has one account and no username was given, that username.
 */
final class UnlockForm {
    /** What the form's view model needs besides the graph. */
    record Parts(TaskExecutor executor, ErrorHandler errors, Messages messages, Consumer<AccountInfo> onUnlocked) {
    }

    private UnlockForm() {
    }

    static UnlockViewModel viewModel(CompletableFuture<ServicesGraph> graph, Path vaultDir, String username,
                                     UnlockThrottle throttle, Parts parts) {
        boolean built = graph.isDone();
        CompletableFuture<SessionManager> ready = graph.thenApply(g -> {
            throttle.resumeFrom(g.maintenance().unlockAttempts());
            return g.sessions();
        });
        UnlockViewModel vm = new UnlockViewModel(ready, vaultDir, throttle, parts.executor(), parts.errors(),
                parts.messages(), parts.onUnlocked());
        if (username != null) {
            vm.usernameProperty().set(username);
        } else if (built) {
            ready.join().soleUsername().ifPresent(vm.usernameProperty()::set);
        }
        if (!built) {
            // read on the graph's thread (the vault header), handed to the form on the FX thread
            ready.thenApply(s -> username == null ? s.soleUsername().orElse(null) : null)
                    .thenAcceptAsync(name -> {
                        vm.refreshWait();
                        vm.offerUsername(name);
                    }, Platform::runLater);
        }
        return vm;
    }
}
