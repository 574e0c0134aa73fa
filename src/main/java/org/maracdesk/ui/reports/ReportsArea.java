package org.maracdesk.ui.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import javafx.scene.Parent;
import org.maracdesk.exchange.reports.DashboardService;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.exchange.reports.ReportService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;
import org.maracdesk.ui.exports.ExportDialogs;

/** The Reports area: the figures for those who produce the data return, and the exports the role may make. */
public final class ReportsArea {
    private final ReportService reports;
    private final ExportService exportService;
    private final ViewLoader views;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Clock clock;
    private final DashboardService dashboard;

    /** @param dashboard the steering group's dashboard (issue 16), a tab for every role that sees cases */
    public ReportsArea(ReportService reports, DashboardService dashboard, ExportService exportService, ViewLoader views,
                       Messages messages, TaskExecutor executor, ErrorHandler errors, Clock clock) {
        this.reports = reports;
        this.dashboard = dashboard;
        this.exportService = exportService;
        this.views = views;
        this.messages = messages;
        this.executor = executor;
        this.errors = errors;
        this.clock = clock;
    }

    public Parent view(AccountInfo who, ExportDialogs d) {
        return view(who, d, null);
    }

    /**
     * The area; the dashboard tab for every role that sees cases, its drill-down opening a case with
     * {@code openCase} (null: the cases are listed but not opened from here).
     */
    public Parent view(AccountInfo who, ExportDialogs d, LongConsumer openCase) {
        boolean figures = PermissionMatrix.allows(who.role(), Permission.PRODUCE_DATA_RETURN);
        ReportsViewModel vm = figures ? new ReportsViewModel(reports, exportService, executor, errors, messages,
                LocalDate.now(clock)) : null;
        Parent board = !seesCases(who) ? null : views.load(Fxml.DASHBOARD_VIEW, new DashboardView(
                new DashboardViewModel(dashboard, executor, errors, messages, LocalDate.now(clock), openCase), messages,
                d.mayExportDashboard() ? (from, to) -> d.dashboard(dashboard, from, to) : null));
        return views.load(Fxml.REPORTS_VIEW, new ReportsView(vm, messages, new ReportExports(
                d.mayExportMinutes() ? d::minutes : null,
                d.mayExportActionSummary() ? d::caseloadSummary : null,
                d.mayExportDataReturn() ? d::dataReturn : null,
                d.mayExportLapseList() ? d::lapseList : null, d.mayExportProfiles() ? d::profiles : null), board));
    }

    private static boolean seesCases(AccountInfo who) {
        return PermissionMatrix.allows(who.role(), Permission.VIEW_ALL_CASES)
                || PermissionMatrix.allows(who.role(), Permission.VIEW_AGENDA_CASES)
                || PermissionMatrix.allows(who.role(), Permission.VIEW_AGENCY_REQUESTED_CASES)
                || PermissionMatrix.allows(who.role(), Permission.VIEW_IDVA_CASELOAD);
    }

}
