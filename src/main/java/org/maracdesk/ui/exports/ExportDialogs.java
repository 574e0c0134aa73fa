package org.maracdesk.ui.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.maracdesk.casework.Agency;
import org.maracdesk.exchange.exports.ExportChoices;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;

/** Builds each kind of export request for the signed-in user and opens the export dialog for it. */
public final class ExportDialogs {
    private static final String FULL = "";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final ExportService exports;
    private final ExportChoices choices;
    private final org.maracdesk.exchange.exports.MinutesCopies copies;
    private final AccountInfo who;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ViewLoader views;
    private final Supplier<Window> owner;
    private final List<Stage> open = new ArrayList<>();
    private final Clock clock;

    /** @param copies previews each agency's copy of the minutes before export (decision 0033); null: no preview */
    public ExportDialogs(ExportService exports, ExportChoices choices, org.maracdesk.exchange.exports.MinutesCopies copies,
                         AccountInfo who, TaskExecutor executor, ErrorHandler errors, Messages messages, ViewLoader views,
                         Supplier<Window> owner, Clock clock) {
        this.copies = copies;
        this.clock = clock;
        this.exports = exports;
        this.choices = choices;
        this.who = who;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.views = views;
        this.owner = owner;
    }

    public boolean mayExportMinutes() {
        return PermissionMatrix.allows(who.role(), Permission.EXPORT_OWN_AGENCY_MINUTES)
                && (coordinator() || who.agencyCode() != null);
    }

    public boolean mayExportActionSummary() {
        return PermissionMatrix.allows(who.role(), Permission.EXPORT_IDVA_SUMMARY);
    }

    public boolean mayExportDataReturn() {
        return PermissionMatrix.allows(who.role(), Permission.PRODUCE_DATA_RETURN);
    }

    private boolean coordinator() {
        return PermissionMatrix.allows(who.role(), Permission.EXPORT_FULL_MINUTES);
    }

    /** Minutes of a closed meeting: the full minutes or an agency's copy (the user's own agency unless coordinator). */
    public void minutes() {
        executor.execute(choices::closedMeetings, meetings -> {
            List<ExportRequest.Choice> meetingChoices = meetings.stream().map(m -> new ExportRequest.Choice(
                    messages.format("export.minutes.meeting", DATE.format(m.date()), m.district() == null ? "" : m.district()),
                    String.valueOf(m.id()))).toList();
            List<ExportRequest.Choice> recipients = new ArrayList<>();
            if (coordinator()) {
                recipients.add(new ExportRequest.Choice(messages.get("export.minutes.full"), FULL));
                for (Agency a : Agency.values()) {
                    recipients.add(new ExportRequest.Choice(messages.format("export.minutes.agency", a.code()), a.code()));
                }
            } else {
                recipients.add(new ExportRequest.Choice(messages.format("export.minutes.agency", who.agencyCode()),
                        who.agencyCode()));
            }
            open(new ExportRequest(messages.get("export.minutes.title"), messages.get("export.minutes.description"),
                    new ExportRequest.Choices(messages.get("export.minutes.meetingLabel"), meetingChoices),
                    new ExportRequest.Choices(messages.get("export.minutes.recipientLabel"), recipients),
                    List.of(ExportFormat.PDF), "minutes-" + LocalDate.now(clock),
                    ExportRequest.Runner.versioned((meeting, recipient, version, format, target, pass) ->
                            exports.minutes(Long.valueOf(meeting), FULL.equals(recipient) ? null : recipient, version,
                                    target, pass)),
                    copies == null ? null : (meeting, version) -> copies.preview(Long.parseLong(meeting), version)));
        }, errors::report);
    }

    /** The coordinator exports lapse lists (the full list or an agency's copy), as the full minutes. */
    public boolean mayExportLapseList() {
        return PermissionMatrix.allows(who.role(), Permission.EXPORT_FULL_MINUTES);
    }

    /**
     * A meeting's lapse list for agencies to take their markers off (CSV or XLSX): the full list or one
     * agency's copy, the same path as {@code export lapses}.
     */
    public void lapseList() {
        executor.execute(choices::meetingsForLapseLists, meetings -> {
            List<ExportRequest.Choice> meetingChoices = meetings.stream().map(m -> new ExportRequest.Choice(
                    messages.format("export.minutes.meeting", DATE.format(m.date()), m.district() == null ? "" : m.district()),
                    String.valueOf(m.id()))).toList();
            List<ExportRequest.Choice> recipients = new ArrayList<>();
            recipients.add(new ExportRequest.Choice(messages.get("export.lapses.full"), FULL));
            for (Agency a : Agency.values()) {
                recipients.add(new ExportRequest.Choice(messages.format("export.minutes.agency", a.code()), a.code()));
            }
            open(new ExportRequest(messages.get("export.lapses.title"), messages.get("export.lapses.description"),
                    new ExportRequest.Choices(messages.get("export.minutes.meetingLabel"), meetingChoices),
                    new ExportRequest.Choices(messages.get("export.minutes.recipientLabel"), recipients),
                    List.of(ExportFormat.CSV, ExportFormat.XLSX), "lapse-list-" + LocalDate.now(clock),
                    (meeting, recipient, format, target, pass) -> exports.lapseList(Long.parseLong(meeting),
                            FULL.equals(recipient) ? null : recipient, format, target, pass)));
        }, errors::report);
    }

    /** Police accounts and the coordinator export the person profiles of a meeting, as the crimes disclosed. */
    public boolean mayExportProfiles() {
        return org.maracdesk.casework.meetings.CrimesDisclosed.mayExport(who);
    }

    /**
     * The person profiles of a meeting for the police research (PDF, or one row per person as CSV or XLSX; decision
     * 0072), the same path as {@code export profiles}.
     */
    public void profiles() {
        executor.execute(choices::meetingsForProfiles, meetings -> {
            List<ExportRequest.Choice> meetingChoices = meetings.stream().map(m -> new ExportRequest.Choice(
                    messages.format("export.minutes.meeting", DATE.format(m.date()), m.district() == null ? "" : m.district()),
                    String.valueOf(m.id()))).toList();
            open(new ExportRequest(messages.get("export.profiles.title"), messages.get("export.profiles.description"),
                    new ExportRequest.Choices(messages.get("export.minutes.meetingLabel"), meetingChoices), null,
                    List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.XLSX), "police-profiles-" + LocalDate.now(clock),
                    (meeting, unused, format, target, pass) -> exports.profiles(Long.parseLong(meeting), format, target,
                            pass)));
        }, errors::report);
    }

    /** An Idva caseload's action summary: the user's own (Idva) or any Idva's (coordinator). */
    public void caseloadSummary() {
        executor.execute(() -> coordinator() ? choices.idvaUsernames() : List.of(who.username()), idvas -> {
            List<ExportRequest.Choice> options = idvas.stream().map(u -> new ExportRequest.Choice(
                    u.equals(who.username()) ? messages.get("export.summary.mine") : u, u)).toList();
            open(new ExportRequest(messages.get("export.summary.title"), messages.get("export.summary.caseloadDescription"),
                    new ExportRequest.Choices(messages.get("export.summary.caseloadLabel"), options), null,
                    List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.XLSX), "action-summary-" + LocalDate.now(clock),
                    (idva, unused, format, target, pass) -> exports.actionSummary(null, idva, format, target, pass)));
        }, errors::report);
    }

    /** The action summary of one case. */
    public void caseSummary(String caseReference) {
        open(new ExportRequest(messages.get("export.summary.title"),
                messages.format("export.summary.caseDescription", caseReference), null, null,
                List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.XLSX), "action-summary-" + caseReference,
                (a, b, format, target, pass) -> exports.actionSummary(caseReference, null, format, target, pass)));
    }

    /** The Chair's letter to the victim of one case (PDF), for the Idva to give where it is safe (decision 0071). */
    public void victimLetter(String caseReference) {
        open(new ExportRequest(messages.get("export.letter.title"),
                messages.format("export.letter.description", caseReference), null, null, List.of(ExportFormat.PDF),
                "letter-" + caseReference, (a, b, format, target, pass) -> exports.victimLetter(caseReference, target,
                        pass)));
    }

    /** The quarterly data return for a period; {@code adultWomen} null leaves the rate out. */
    public void dataReturn(ExportFormat format, LocalDate from, LocalDate to, Long adultWomen) {
        // the format of the button pressed first, then the others (XLSX too: the same path as export data-return)
        List<ExportFormat> formats = new ArrayList<>(List.of(format));
        List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.XLSX).stream().filter(f -> f != format)
                .forEach(formats::add);
        open(new ExportRequest(messages.get("export.return.title"),
                messages.format("export.return.description", DATE.format(from), DATE.format(to)), null, null,
                List.copyOf(formats), "data-return-" + from + "-to-" + to,
                (a, b, f, target, pass) -> exports.dataReturn(from, to, adultWomen, f, target, pass)));
    }

    /** The dashboard's figures leave the app with the data return's permission (the coordinator). */
    public boolean mayExportDashboard() {
        return mayExportDataReturn();
    }

    /** The steering group's dashboard for a period, CSV or XLSX, counted as the screen counts it. */
    public void dashboard(org.maracdesk.exchange.reports.DashboardService board, LocalDate from, LocalDate to) {
        open(new ExportRequest(messages.get("export.dashboard.title"),
                messages.format("export.dashboard.description", DATE.format(from), DATE.format(to)), null, null,
                List.of(ExportFormat.XLSX, ExportFormat.CSV), "dashboard-" + from + "-to-" + to,
                (a, b, f, target, pass) -> exports.dashboard(board, from, to, f, target, pass)));
    }

    /** Opens the dialog, modal over the main window. */
    public void open(ExportRequest request) {
        ExportDialogViewModel vm = new ExportDialogViewModel(request, defaultFolder(), executor, errors, messages);
        vm.disclosure().load(executor, exports::lawfulBases, errors);
        ExportDialog dialog = new ExportDialog(vm, messages);
        Parent root = views.load(Fxml.EXPORT_DIALOG, dialog);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.window"));
        Scene scene = new Scene(root);
        if (owner.get() != null && owner.get().getScene() != null) {
            scene.getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        stage.setScene(scene);
        dialog.attach(stage);
        open.add(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> open.remove(stage));
        stage.show();
    }

    /** Closes every open export dialog (the vault is locking); shown passphrases are cleared. */
    public void closeAll() {
        new ArrayList<>(open).forEach(Stage::close);
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
