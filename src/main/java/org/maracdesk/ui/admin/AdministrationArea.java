package org.maracdesk.ui.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Parent;
import org.maracdesk.casework.migration.TrackerMigrationService;
import org.maracdesk.casework.retention.RetentionService;
import org.maracdesk.exchange.tracker.TrackerMigrator;
import org.maracdesk.security.AccountAdministration;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.security.BackupAdministration;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.Role;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;

/** The Administration area: only the tabs the role may use; each service checks its permission again. */
public final class AdministrationArea {
    /** The services behind the tabs; {@code verifyAudit} checks the whole audit chain now. */
    public record Services(AccountAdministration accounts, AuditTrail auditTrail, BackgroundWork<AuditReport> verifyAudit,
                           BackupAdministration backups, RetentionService retention,
                           org.maracdesk.casework.actions.ActionTypeService actionTypes,
                           org.maracdesk.casework.settings.LocalSettingsService localSettings,
                           TrackerMigrationService trackerMigration,
                           org.maracdesk.casework.settings.SignOffRuleService signOffRule) {
    }

    private final Services services;
    private final ViewLoader views;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Clock clock;

    public AdministrationArea(Services services, ViewLoader views, Messages messages, TaskExecutor executor,
                              ErrorHandler errors, Clock clock) {
        this.clock = clock;
        this.services = services;
        this.views = views;
        this.messages = messages;
        this.executor = executor;
        this.errors = errors;
    }

    public Parent view(AccountInfo who) {
        Role role = who.role();
        Map<String, Parent> tabs = new LinkedHashMap<>();
        if (PermissionMatrix.allows(role, Permission.MANAGE_MEETINGS)) {
            tabs.put("admin.tab.settings", views.load(Fxml.LOCAL_SETTINGS_VIEW, new LocalSettingsView(
                    new LocalSettingsViewModel(services.localSettings(), executor, errors, messages), messages,
                    services.signOffRule() == null ? null
                            : new SignOffSection(new SignOffViewModel(services.signOffRule(), executor, errors, messages),
                            messages))));
        }
        if (services.accounts().mayManage()) {
            tabs.put("admin.tab.accounts", views.load(Fxml.ACCOUNTS_VIEW, new AccountsView(
                    new AccountsViewModel(services.accounts(), services.backups(), executor, errors, messages), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.VIEW_AUDIT)) {
            tabs.put("admin.tab.audit", views.load(Fxml.AUDIT_VIEW, new AuditView(new AuditViewModel(
                    services.auditTrail(), services.verifyAudit(), PermissionMatrix.allows(role, Permission.VERIFY_AUDIT),
                    executor, errors, messages), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.BACKUP_RESTORE)) {
            tabs.put("admin.tab.backups", views.load(Fxml.BACKUPS_VIEW, new BackupsView(
                    new BackupsViewModel(services.backups(), executor, errors, messages, clock), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.MANAGE_RETENTION)) {
            tabs.put("admin.tab.retention", views.load(Fxml.RETENTION_VIEW, new RetentionView(
                    new RetentionViewModel(services.retention(), executor, errors, messages), messages)));
        }
        if (PermissionMatrix.allows(role, Permission.MANAGE_MEETINGS) && services.actionTypes() != null) {
            tabs.put("admin.tab.actionTypes", views.load(Fxml.ACTION_TYPES_VIEW, new ActionTypesView(
                    new ActionTypesViewModel(services.actionTypes(), executor, errors, messages))));
        }
        if (PermissionMatrix.allows(role, Permission.IMPORT_REFERRALS)) {
            tabs.put("admin.tab.migrate", views.load(Fxml.TRACKER_MIGRATION_VIEW, new TrackerMigrationView(
                    new TrackerMigrationViewModel(new TrackerMigrator(services.trackerMigration(), clock), executor,
                            javafx.application.Platform::runLater, errors, messages), messages)));
        }
        return views.load(Fxml.ADMINISTRATION_VIEW, new AdministrationView(messages, tabs));
    }
}
