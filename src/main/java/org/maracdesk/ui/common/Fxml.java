package org.maracdesk.ui.common;

/**
 * Every FXML view, by name: {@code /fxml/<constant name>.fxml}. A test checks that each constant has
 * its file and each file its constant, so a view cannot be asked for by a misspelt string.
 */
public enum Fxml {
    ACCOUNTS_VIEW("AccountsView"),
    ACTIONS_VIEW("ActionsView"),
    ACTION_TYPES_VIEW("ActionTypesView"),
    ADMINISTRATION_VIEW("AdministrationView"),
    AGENCIES_VIEW("AgenciesView"),
    AUDIT_VIEW("AuditView"),
    BACKUPS_VIEW("BackupsView"),
    CASE_DETAIL_VIEW("CaseDetailView"),
    CONNECT_VIEW("ConnectView"),
    FIND_PERSON_VIEW("FindPersonView"),
    CASE_LIST_VIEW("CaseListView"),
    DISTRICTS_VIEW("DistrictsView"),
    EXPORT_DIALOG("ExportDialog"),
    MAIN_VIEW("MainView"),
    MEETING_RUN_VIEW("MeetingRunView"),
    MEETING_SETUP_VIEW("MeetingSetupView"),
    MEETINGS_VIEW("MeetingsView"),
    RECOVERY_KEY_VIEW("RecoveryKeyView"),
    REFERRAL_FORM_VIEW("ReferralFormView"),
    REFERRAL_LIST_VIEW("ReferralListView"),
    REPORTS_VIEW("ReportsView"),
    DASHBOARD_VIEW("DashboardView"),
    RESEARCH_ENTRY_VIEW("ResearchEntryView"),
    RETENTION_VIEW("RetentionView"),
    LOCAL_SETTINGS_VIEW("LocalSettingsView"),
    SCHEDULE_MEETING_VIEW("ScheduleMeetingView"),
    SETUP_VIEW("SetupView"),
    TRACKER_MIGRATION_VIEW("TrackerMigrationView");

    private final String fileName;

    Fxml(String baseName) {
        this.fileName = baseName + ".fxml";
    }

    /** The file name under {@code /fxml/}, e.g. {@code CaseDetailView.fxml}. */
    public String fileName() {
        return fileName;
    }

    /** The class-path resource. */
    public String resource() {
        return "/fxml/" + fileName;
    }
}
