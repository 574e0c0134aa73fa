package org.maracdesk.exchange.exports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.exchange.exports.ExportWriter.Shown;
import org.maracdesk.exchange.exports.ExportWriter.Stamp;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.SessionManager;
import org.maracdesk.common.WrongCredentialsException;

/**
 * Every export: permission, the user's passphrase again, the content read in one transaction,
 * the file written (encrypted unless the user chose plain), then the export register and the
 * audit trail (EXPORTED) in one transaction. If that record cannot be saved the file is removed.
 */
public final class ExportService {
    private final SessionManager sessions;
    private final PassphraseConfirmation confirmation;
    private final MinutesQuery minutes;
    private final ExportWriter writer;
    private final Clock clock;

    public ExportService(SessionManager sessions, PassphraseConfirmation confirmation, MinutesQuery minutes,
                         ExportFiles files, ExportPassphrases passphrases, Clock clock) {
        this.sessions = sessions;
        this.confirmation = confirmation;
        this.minutes = minutes;
        this.writer = new ExportWriter(sessions, files, passphrases, clock);
        this.clock = clock;
    }

    /**
     * Where to write and whether to encrypt, or the printer to send a PDF to; and the lawful basis and consent
     * (decision 0048; null: the MARAC's default basis, consent not recorded).
     */
    public record Target(Path out, boolean encrypt, PrintDestination printer, Disclosure disclosure) {
        public Target(Path out, boolean encrypt) {
            this(out, encrypt, null, null);
        }

        public Target(Path out, boolean encrypt, Disclosure disclosure) {
            this(out, encrypt, null, disclosure);
        }

        /** Printed, not written: the PDF exists only in memory on its way to the printer. */
        public static Target print(PrintDestination printer, Disclosure disclosure) {
            return new Target(null, false, printer, disclosure);
        }
    }

    /**
     * Minutes of one meeting: the full minutes (coordinator) when {@code agency} is null, else
     * that agency's need-to-know copy; made from version {@code version} (null: the current one) of the
     * meeting's frozen minutes record. {@code meetingId} null means the last closed meeting.
     */
    public ExportResult minutes(Long meetingId, String agency, Integer version, Target target,
                                char[] userPassphrase) throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        requireMinutes(who, agency);
        confirmation.confirm(userPassphrase);
        long id = meetingId != null ? meetingId : sessions.store().read(MinutesQuery::lastClosedMeeting);
        new MinutesCopies(sessions, sessions, sessions.audit(), clock).freezeIfOld(id);
        Copy copy = sessions.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            MinutesContent content = minutes.read(s, scope, id, agency, version);
            java.util.Map<Long, org.maracdesk.casework.SafeContact> contacts = new java.util.HashMap<>();
            if (scope.seesSafeContact() && (agency == null
                    || org.maracdesk.casework.SafeContactRule.agencySees(s, agency))) {
                content.cases().forEach(c -> contacts.put(c.caseId(),
                        SafeContactService.victimContact(s, scope, c.caseId())));
            }
            return new Copy(content, contacts);
        });
        MinutesContent content = copy.content();
        AgencyNames agencies = sessions.store().read(AgencyNames::load);
        String recipient = agency == null ? DocumentText.text("doc.recipient.fullMinutes") : agency;
        return writer.write(who, "minutes", "meeting " + content.meetingId(), recipient,
                agency == null ? recipient : agencies.name(agency), ExportFormat.PDF, target,
                content.cases().size(), content.withheld(), footer -> {
                    PdfReport pdf = new PdfReport(DocumentText.text("minutes.pdfTitle"), footer);
                    MinutesDocument.render(content, copy.safeContact(), agencies, pdf);
                    return pdf;
                }, null, new Shown(content.cases().stream().map(MinutesContent.MinutesCase::caseId).toList(),
                        List.copyOf(copy.safeContact().keySet()),
                        new Stamp(content.meetingId(), content.version(), content.contentSha256())));
    }

    /** Minutes of the current version; see {@link #minutes(Long, String, Integer, Target, char[])}. */
    public ExportResult minutes(Long meetingId, String agency, Target target, char[] userPassphrase)
            throws WrongCredentialsException {
        return minutes(meetingId, agency, null, target, userPassphrase);
    }

    /** Full minutes need the coordinator's permission; an agency's copy, the agency's own (or the coordinator's). */
    static void requireMinutes(AccountInfo who, String agency) {
        if (agency == null) {
            PermissionMatrix.require(who, Permission.EXPORT_FULL_MINUTES);
        } else {
            PermissionMatrix.require(who, Permission.EXPORT_OWN_AGENCY_MINUTES);
            if (!PermissionMatrix.allows(who.role(), Permission.EXPORT_FULL_MINUTES) && !agency.equals(who.agencyCode())) {
                throw new NotPermittedException(who.role(), Permission.EXPORT_FULL_MINUTES);
            }
            org.maracdesk.casework.Agency.fromCode(agency).orElseThrow(() -> new IllegalArgumentException(
                    "--agency: " + agency + " is not an agency code (see the README's codes)"));
        }
    }

    /** A copy of the minutes and, apart from it, the current safe contact details it may carry. */
    private record Copy(MinutesContent content, java.util.Map<Long, org.maracdesk.casework.SafeContact> safeContact) {
    }

    /** Actions of one case ({@code caseReference}) or of an Idva's caseload ({@code idvaUser}). */
    public ExportResult actionSummary(String caseReference, String idvaUser, ExportFormat format, Target target,
                                      char[] userPassphrase) throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.EXPORT_IDVA_SUMMARY);
        if ((caseReference == null) == (idvaUser == null)) {
            throw new IllegalArgumentException("give either --case or --idva");
        }
        boolean coordinator = PermissionMatrix.allows(who.role(), Permission.EXPORT_FULL_MINUTES);
        if (idvaUser != null && !coordinator && !idvaUser.equals(who.username())) {
            throw new NotPermittedException(who.role(), Permission.EXPORT_FULL_MINUTES);
        }
        confirmation.confirm(userPassphrase);
        ActionSummaryQuery.Summary summary = sessions.store().read(s -> ActionSummaryQuery.read(s, who, coordinator,
                caseReference, idvaUser));
        LocalDate today = LocalDate.now(clock);
        AgencyNames agencies = sessions.store().read(AgencyNames::load);
        String scope = caseReference != null ? DocumentText.text("summary.scope.case", caseReference)
                : DocumentText.text("summary.scope.caseload", idvaUser);
        return writer.write(who, "action-summary", scope, summary.agency(), agencies.name(summary.agency()), format,
                target, summary.cases(), summary.withheld(), footer -> {
                    PdfReport pdf = new PdfReport(DocumentText.text("summary.pdfTitle"), footer);
                    ActionSummaryDocument.pdf(scope, summary.actions(), summary.withheld(), today, agencies, pdf);
                    return pdf;
                }, (out, f) -> ActionSummaryDocument.table(summary.actions(), today, f, out),
                new Shown(summary.actions().stream().map(ActionRow::caseId).distinct().toList(), List.of()));
    }

    /**
     * The Chair's letter to the victim of case {@code caseReference}, after the case was heard (PDF; decision 0071):
     * the coordinator or an Idva with the case in scope, for the Idva to give where it is safe.
     */
    public ExportResult victimLetter(String caseReference, Target target, char[] userPassphrase)
            throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.EXPORT_IDVA_SUMMARY);
        confirmation.confirm(userPassphrase);
        LocalDate today = LocalDate.now(clock);
        VictimLetterDocument.Content c = sessions.store().read(s -> VictimLetterDocument.read(s, who, caseReference,
                today));
        String recipient = DocumentText.text("doc.recipient.victim");
        return writer.write(who, "victim-letter", DocumentText.text("summary.scope.case", caseReference), "victim",
                recipient, ExportFormat.PDF, target, 1, 0, footer -> {
                    PdfReport pdf = new PdfReport(DocumentText.text("letter.pdfTitle"), footer,
                            DocumentText.text("letter.marking"), DocumentText.text("letter.statement"));
                    VictimLetterDocument.pdf(c, today, pdf);
                    return pdf;
                }, null, new Shown(List.of(c.caseId()), List.of()));
    }

    /**
     * A meeting's lapse list (cases whose repeat window passes around its date) as CSV or XLSX, for
     * agencies to take their flags off: the full list, or with {@code agency} that agency's copy.
     */
    public ExportResult lapseList(long meetingId, String agency, ExportFormat format, Target target,
                                  char[] userPassphrase) throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.EXPORT_FULL_MINUTES);
        if (agency != null) {
            org.maracdesk.casework.Agency.fromCode(agency).orElseThrow(() -> new IllegalArgumentException(
                    "--agency: " + agency + " is not an agency code (see the README's codes)"));
        }
        if (format == ExportFormat.PDF) {
            throw new IllegalArgumentException("--format: the lapse list is exported as csv or xlsx");
        }
        confirmation.confirm(userPassphrase);
        var list = sessions.store().read(s -> org.maracdesk.casework.meetings.LapseList.read(s, CaseScope.of(s, who),
                meetingId, agency));
        String recipient = agency == null ? DocumentText.text("doc.recipient.fullMinutes") : agency;
        return writer.write(who, "lapse-list", "meeting " + meetingId, recipient, recipient, format, target,
                list.rows().size(), list.withheld(), null, (out, f) -> LapseListDocument.table(list, f, out),
                new Shown(list.rows().stream().map(org.maracdesk.casework.meetings.LapseList.Row::caseId).toList(),
                        List.of()));
    }

    /**
     * The crimes disclosed at one meeting, listed for police to record (PDF, CSV or XLSX): police
     * accounts and the coordinator only, and only the cases in their scope.
     */
    public ExportResult crimes(long meetingId, ExportFormat format, Target target, char[] userPassphrase)
            throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        if (!org.maracdesk.casework.meetings.CrimesDisclosed.mayExport(who)) {
            throw new NotPermittedException(who == null ? null : who.role(), "only police accounts and the"
                    + " coordinator may export the crimes disclosed at MARAC; ask the MARAC coordinator for them");
        }
        confirmation.confirm(userPassphrase);
        CrimesDocument.Content c = sessions.store().read(s -> CrimesDocument.read(s, CaseScope.of(s, who), meetingId));
        AgencyNames agencies = sessions.store().read(AgencyNames::load);
        return writer.write(who, "crimes", "meeting " + meetingId, "police", DocumentText.text("crimes.recipient"),
                format, target, c.crimes().size(), c.withheld(), footer -> {
                    PdfReport pdf = new PdfReport(DocumentText.text("crimes.pdfTitle"), footer);
                    CrimesDocument.pdf(c, agencies, pdf);
                    return pdf;
                }, (out, f) -> CrimesDocument.table(c, agencies, f, out), new Shown(c.caseIds(), List.of()));
    }

    /**
     * A profile of every person on one meeting's agenda, for the police research (MARAC.md §2.4, decision 0072):
     * PDF, CSV or XLSX; police accounts and the coordinator, only the cases in their scope, and no address.
     */
    public ExportResult profiles(long meetingId, ExportFormat format, Target target, char[] userPassphrase)
            throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        if (!org.maracdesk.casework.meetings.CrimesDisclosed.mayExport(who)) {
            throw new NotPermittedException(who == null ? null : who.role(), "only police accounts and the"
                    + " coordinator may export the person profiles for the police research");
        }
        confirmation.confirm(userPassphrase);
        ProfilesQuery.Content c = sessions.store().read(s -> ProfilesQuery.read(s, CaseScope.of(s, who), meetingId));
        AgencyNames agencies = sessions.store().read(AgencyNames::load);
        return writer.write(who, "profiles", "meeting " + meetingId, "police", DocumentText.text("profiles.recipient"),
                format, target, c.cases().size(), c.withheld(), footer -> {
                    PdfReport pdf = new PdfReport(DocumentText.text("profiles.pdfTitle"), footer);
                    ProfilesDocument.pdf(c, agencies, pdf);
                    return pdf;
                }, (out, f) -> ProfilesDocument.table(c, agencies, f, out), new Shown(c.caseIds(), List.of()));
    }

    /** The quarterly data return; {@code adultWomen} may be null (the rate is then left out). */
    public ExportResult dataReturn(LocalDate from, LocalDate to, Long adultWomen, ExportFormat format, Target target,
                                   char[] userPassphrase) throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.PRODUCE_DATA_RETURN);
        if (adultWomen != null && adultWomen <= 0) {
            throw new IllegalArgumentException("--adult-women: give the adult female population, a positive number");
        }
        confirmation.confirm(userPassphrase);
        DataReturn r = sessions.store().read(s -> DataReturnQuery.count(s, from, to, adultWomen));
        AgencyNames agencies = sessions.store().read(AgencyNames::load);
        String recipient = DocumentText.text("doc.recipient.dataReturn");
        return writer.write(who, "data-return", from + ".." + to, recipient, recipient, format, target,
                (int) r.casesDiscussed(), 0, footer -> {
                    PdfReport pdf = new PdfReport(DocumentText.text("return.pdfTitle"), footer);
                    DataReturnDocument.pdf(r, agencies, pdf);
                    return pdf;
                }, (out, f) -> DataReturnDocument.table(r, f, out), new Shown(List.of(), List.of()));
    }

    /**
     * The steering group's dashboard for a period as CSV or XLSX (issue 16), counted by {@code board} in the
     * account's own scope as the screen counts it; for those who produce the data return.
     */
    public ExportResult dashboard(org.maracdesk.exchange.reports.DashboardService board, LocalDate from, LocalDate to,
                                  ExportFormat format, Target target, char[] userPassphrase)
            throws WrongCredentialsException {
        AccountInfo who = sessions.current();
        PermissionMatrix.require(who, Permission.PRODUCE_DATA_RETURN);
        if (format == ExportFormat.PDF) {
            throw new IllegalArgumentException("--format: the dashboard is exported as csv or xlsx");
        }
        confirmation.confirm(userPassphrase);
        org.maracdesk.exchange.reports.DashboardFigures f = board.figures(from, to);
        String recipient = DocumentText.text("doc.recipient.dashboard");
        return writer.write(who, "dashboard", from + ".." + to, recipient, recipient, format, target,
                (int) f.referrals(), 0, null, (out, fmt) -> DashboardDocument.table(f, fmt, out),
                new Shown(List.of(), List.of()));
    }

    /** The lawful bases an export may be made under (the local settings'; the first is the default). */
    public List<org.maracdesk.casework.disclosure.LawfulBasis> lawfulBases() {
        if (sessions.current() == null) {
            throw new org.maracdesk.common.StoreUnavailableException("nobody is signed in");
        }
        return sessions.store().read(s -> org.maracdesk.casework.settings.Settings.current(s).lawfulBases());
    }

    /** Reads the data return for the screen, without writing anything. */
    public DataReturn previewDataReturn(LocalDate from, LocalDate to, Long adultWomen) {
        PermissionMatrix.require(sessions.current(), Permission.PRODUCE_DATA_RETURN);
        return sessions.store().read(s -> DataReturnQuery.count(s, from, to, adultWomen));
    }

    /**
     * Agency names by code as the documents print them (the vault's agency list first), for
     * screens that show the same figures. A snapshot: calling it later reads nothing.
     */
    public java.util.function.UnaryOperator<String> agencyNames() {
        AgencyNames names = sessions.store().read(AgencyNames::load);
        return names::name;
    }
}
