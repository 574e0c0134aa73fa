package org.maracdesk.ui.meetings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.exchange.exports.MinutesCopies;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The export register of a meeting's minutes as the coordinator reads it (decision 0041): who has been sent which
 * copy of which version, when, by whom and in what form, superseded copies said in words. Read in the background.
 */
public final class CopiesSentViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private final MinutesCopies copies;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final java.util.function.Function<String, String> agencyName;

    /** One copy as the table shows it. */
    public record Row(String recipient, String version, String sent, String by, String form, String fingerprint,
                      String basis, String consent) {
        /** The whole row in one sentence, for screen readers. */
        public String spoken() {
            return String.join(", ", recipient, version, sent, by, form, basis, consent);
        }
    }

    /** What the dialog shows: a heading and the rows, oldest first. */
    public record Shown(String heading, List<Row> rows) {
    }

    public CopiesSentViewModel(MinutesCopies copies, TaskExecutor executor, ErrorHandler errors, Messages messages,
                               java.util.function.Function<String, String> agencyName) {
        this.copies = copies;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.agencyName = agencyName;
    }

    /** Reads the register of the meeting's minutes; {@code shown} gets it on the FX thread. */
    public void load(MeetingHeader meeting, Consumer<Shown> shown) {
        executor.execute(() -> copies.register(meeting.id()), r -> shown.accept(shown(meeting, r)), errors::report);
    }

    Shown shown(MeetingHeader meeting, MinutesCopies.Register r) {
        long superseded = r.copies().stream().filter(MinutesCopies.RegisterLine::superseded).count();
        String heading = messages.format("meeting.copies.heading", Labels.date(meeting.date()),
                meeting.district() == null ? "" : meeting.district(), r.current(), r.copies().size(), superseded)
                + "\n" + deadline(r.deadline());
        return new Shown(heading, r.copies().stream().map(l -> row(l, r.deadline())).toList());
    }

    /** "Due by …: sent on time / sent late / OVERDUE / not yet due" (decision 0059); words, not colour alone. */
    String deadline(org.maracdesk.exchange.exports.MinutesDeadline d) {
        String due = Labels.date(d.due());
        return switch (d.state()) {
            case ON_TIME -> messages.format("meeting.copies.deadline.onTime", due, d.withinDays(),
                    Labels.date(d.firstSent()));
            case LATE -> messages.format("meeting.copies.deadline.late", due, d.withinDays(), Labels.date(d.firstSent()));
            case OVERDUE -> messages.format("meeting.copies.deadline.overdue", due, d.withinDays());
            case DUE -> messages.format("meeting.copies.deadline.due", due, d.withinDays());
        };
    }

    private Row row(MinutesCopies.RegisterLine l, org.maracdesk.exchange.exports.MinutesDeadline d) {
        String version = l.version() == null ? messages.get("meeting.copies.noVersion")
                : messages.format(l.superseded() ? "meeting.copies.superseded" : "meeting.copies.version", l.version());
        String form = messages.format(l.encrypted() ? "meeting.copies.encrypted" : "meeting.copies.plain",
                l.format() == null ? "" : l.format().toUpperCase(Locale.ROOT));
        String fingerprint = l.contentSha256() == null ? messages.get("meeting.copies.noFingerprint")
                : l.contentSha256().substring(0, 16);
        String sent = WHEN.format(l.exportedAt().atZone(ZoneId.systemDefault()));
        if (d != null && d.lateOn(l.exportedAt().atZone(ZoneId.systemDefault()).toLocalDate())) {
            sent = messages.format("meeting.copies.sentLate", sent);
        }
        String to = l.noAgreement() ? messages.format("meeting.copies.noAgreement", recipient(l.recipient()))
                : recipient(l.recipient());
        return new Row(to, version, sent,
                l.exportedBy(), form, fingerprint, DisclosureWords.basis(messages, l.lawfulBasis(), l.lawfulBasisWording()),
                DisclosureWords.consent(messages, l.consent(), l.consentReason()));
    }

    private String recipient(String code) {
        if (code == null || code.isBlank()) {
            return messages.get("meeting.copies.unknown");
        }
        String name = agencyName.apply(code);
        return name == null || name.isBlank() ? code : name;
    }
}
