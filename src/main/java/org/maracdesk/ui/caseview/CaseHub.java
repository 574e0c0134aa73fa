package org.maracdesk.ui.caseview;

import java.util.function.Consumer;
import java.util.function.BiConsumer;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.hub.CaseHubService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * What the case hub's sections are built from (decision 0045): the services they read through, the signed-in
 * account, and the window's executor, error handler and texts. A new section takes this in its constructor and
 * is registered in {@link CaseDetailView#SECTIONS} with one line; a section that needs another service adds it
 * to {@link Services} (and to the one place that builds it, {@code CompositionRoot}).
 */
public final class CaseHub {
    /**
     * The services the sections use; the services check permission and scope again on every call.
     * {@code openReferral} shows a decided referral in full and returns when it is closed (null: not offered);
     * {@code merges} offers Merge duplicate… to the coordinator (null: not offered).
     * {@code repeatReferrals} and {@code referralForms} offer New referral for this victim… (null: not offered);
     * {@code openMeeting} shows a listing's meeting (its id and date) in the Meetings area (null: not offered).
     */
    public record Services(CaseHubService hub, ActionTrackingService actions, ActionCorrectionService actionCorrections,
                           BiConsumer<javafx.stage.Window, Long> openReferral, Consumer<String> exportCaseSummary,
                           org.maracdesk.casework.people.PersonMergeService merges,
                           org.maracdesk.casework.intake.RepeatReferralStart repeatReferrals,
                           ReferralForms referralForms,
                           BiConsumer<Long, java.time.LocalDate> openMeeting, Consumer<String> exportVictimLetter) {

        /** Without a new referral from the hub, a way to the Meetings area or the Chair's letter. */
        public Services(CaseHubService hub, ActionTrackingService actions, ActionCorrectionService actionCorrections,
                        BiConsumer<javafx.stage.Window, Long> openReferral, Consumer<String> exportCaseSummary,
                        org.maracdesk.casework.people.PersonMergeService merges) {
            this(hub, actions, actionCorrections, openReferral, exportCaseSummary, merges, null, null, null, null);
        }
    }

    /**
     * The referral form begun from the case (the Referrals area's form; {@code RepeatReferralForms} in the app):
     * {@code back} leaves it, {@code decided} leaves it after a decision with what the decision did in words.
     */
    @FunctionalInterface
    public interface ReferralForms {
        javafx.scene.Parent open(org.maracdesk.casework.intake.RepeatReferralStart.Started started, Runnable back,
                                 Consumer<String> decided);
    }

    private final Services services;
    private final AccountInfo who;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private Runnable reload = () -> { };

    public CaseHub(Services services, AccountInfo who, TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.services = services;
        this.who = who;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    public Services services() {
        return services;
    }

    public AccountInfo who() {
        return who;
    }

    public boolean allows(Permission permission) {
        return who != null && PermissionMatrix.allows(who.role(), permission);
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ErrorHandler errors() {
        return errors;
    }

    public Messages messages() {
        return messages;
    }

    /** A small view-model for a section's rows. */
    public <T> CaseSectionViewModel<T> rows() {
        return new CaseSectionViewModel<>(executor, errors, messages);
    }

    /** Reads the whole case again (after a correction made from a section). */
    public void reload() {
        reload.run();
    }

    void onReload(Runnable action) {
        this.reload = action;
    }
}
