package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.disclosure.DisclosureStamp;
import org.maracdesk.common.Secrets;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.ExportRecord;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Store;

/**
 * What every export does once its content is read: the file written (encrypted unless the user chose plain) or the
 * PDF printed, then the export register and the audit trail in one transaction; if that record cannot be saved the
 * file is removed. {@link ExportService} hands each export to it.
 */
final class ExportWriter {
    private final SessionManager sessions;
    private final ExportFiles files;
    private final ExportPassphrases passphrases;
    private final Clock clock;

    ExportWriter(SessionManager sessions, ExportFiles files, ExportPassphrases passphrases, Clock clock) {
        this.sessions = sessions;
        this.files = files;
        this.passphrases = passphrases;
        this.clock = clock;
    }

    /** What the export register records of a minutes copy: the meeting, the record's version, the copy's hash. */
    record Stamp(long meetingId, int version, String contentSha256) {
    }

    /**
     * The cases an export names (recorded as read, "who saw this case") and those whose victim's
     * safe address and contact details it carries (recorded again, as such).
     */
    record Shown(List<Long> cases, List<Long> safeContact, Stamp minutes) {
        Shown(List<Long> cases, List<Long> safeContact) {
            this(cases, safeContact, null);
        }
    }

    /** A table export (CSV or XLSX) written to the export's stream. */
    @FunctionalInterface
    interface TableWriter {
        void writeTo(java.io.OutputStream out, ExportFormat format) throws IOException;
    }

    @FunctionalInterface
    interface PdfBuilder {
        PdfReport build(String footer) throws IOException;
    }

    /**
     * @param recipient as the export register records it (an agency's code)
     * @param recipientShown as the footer names it (the agency's name)
     */
    ExportResult write(AccountInfo who, String kind, String subject, String recipient, String recipientShown,
                               ExportFormat format, ExportService.Target target, int items, int withheld, PdfBuilder pdf,
                               TableWriter table, Shown shown) {
        if (format != ExportFormat.PDF && table == null) {
            throw new IllegalArgumentException("--format: this export is PDF only");
        }
        Store store = sessions.store();
        DisclosureStamp basis = store.read(s -> org.maracdesk.casework.settings.Settings.stamp(s, target.disclosure()));
        String footer = DocumentText.text("doc.footer", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(clock.instant().atZone(ZoneOffset.UTC)), who.username(), recipientShown, auditHead(store));
        if (target.printer() != null) {
            if (format != ExportFormat.PDF) {
                throw new IllegalArgumentException("only PDF documents are printed");
            }
            PdfReport report;
            try {
                report = pdf.build(footer);
            } catch (IOException e) {
                throw new UncheckedIOException("the document was not made", e);
            }
            return print(store, who, kind, subject, recipient, format, items, withheld, report, target.printer(),
                    shown, basis);
        }
        char[] exportPass = target.encrypt() ? passphrases.generate() : null;
        try {
            files.write(target.out(), exportPass, out -> {
                if (format != ExportFormat.PDF) {
                    table.writeTo(out, format);
                } else {
                    try (PdfReport report = pdf.build(footer)) {
                        report.writeTo(out);
                    }
                }
            });
            String sha = ExportFiles.sha256(target.out());
            record(store, who, kind, subject, recipient, format, target.encrypt(), sha, shown, basis);
            return new ExportResult(target.out(), exportPass, items, withheld, sha);
        } catch (RuntimeException e) {
            Secrets.wipe(exportPass);
            ExportFiles.deleteQuietly(target.out());
            throw e;
        }
    }

    /** Sends the PDF to the printer, then records PRINTED (kind, printer name; digest of what, for whom). */
    private ExportResult print(Store store, AccountInfo who, String kind, String subject, String recipient,
                               ExportFormat format, int items, int withheld, PdfReport report,
                               PrintDestination printer, Shown shown, DisclosureStamp basis) {
        try (report) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            report.writeTo(bytes);
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes.toByteArray())) {
                printer.print(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the document was not printed", e);
        }
        store.doInTransaction(s -> {
            String name = printer.printerName();
            sessions.audit().append(store, s, who.username(), AuditAction.PRINTED, kind + "-print",
                    name.length() > 64 ? name.substring(0, 64) : name, AuditDigest.of(store, subject, recipient, format.name(),
                            basis.basis(), basis.consentName(), basis.consentReason()));
            ReadAudit reads = new ReadAudit(sessions.audit());
            reads.shown(store, s, who, kind + "-print", null, shown.cases());
            reads.shown(store, s, who, SafeContactService.AUDITED_AS + "-print", null, shown.safeContact());
        });
        return new ExportResult(null, null, items, withheld, null);
    }

    private void record(Store store, AccountInfo who, String kind, String subject, String recipient,
                        ExportFormat format, boolean encrypted, String sha, Shown shown, DisclosureStamp basis) {
        store.doInTransaction(s -> {
            ExportRecord r = new ExportRecord(clock.instant(), who.username(), kind, subject, recipient,
                    format.name().toLowerCase(), encrypted, sha);
            r.disclosure(basis.basis(), basis.wording(), basis.consentName(), basis.consentReason());
            if (shown.minutes() != null) {
                r.minutesCopy(shown.minutes().meetingId(), shown.minutes().version(), shown.minutes().contentSha256());
            }
            s.persist(r);
            s.flush();
            sessions.audit().append(store, s, who.username(), AuditAction.EXPORTED, kind, String.valueOf(r.getId()),
                    AuditDigest.of(store, subject, recipient, format.name(), String.valueOf(encrypted), sha,
                            basis.basis(), basis.consentName(), basis.consentReason()));
            ReadAudit reads = new ReadAudit(sessions.audit());
            reads.shown(store, s, who, kind + "-export", r.getId(), shown.cases());
            reads.shown(store, s, who, SafeContactService.AUDITED_AS + "-export", r.getId(), shown.safeContact());
        });
    }

    /** The audit chain's head as "sequence:first 16 hex of its MAC", printed in every export's footer. */
    static String auditHead(Store store) {
        List<Object[]> head = store.read(s -> s.createSelectionQuery("select e.seq, e.mac from AuditEntry e"
                + " order by e.seq desc", Object[].class).setMaxResults(1).getResultList());
        if (head.isEmpty()) {
            return DocumentText.text("doc.auditHead.none");
        }
        String mac = (String) head.get(0)[1];
        return head.get(0)[0] + ":" + mac.substring(0, Math.min(16, mac.length()));
    }
}
