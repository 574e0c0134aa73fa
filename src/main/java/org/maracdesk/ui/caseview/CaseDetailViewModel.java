package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.CaseClosureService;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.CaseStatus;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.SafeContact;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** One case's summary: loaded (and so audited) in the background, then turned into lines of text; closed and reopened. */
public final class CaseDetailViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final CaseViewService cases;
    private final SafeContactService safeContacts;
    private final CaseClosureService closures;
    private final StringProperty closureOutcome = new SimpleStringProperty("");
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final Runnable onBack;
    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty safeContact = new SimpleStringProperty("");
    private final BooleanProperty safeContactShown = new SimpleBooleanProperty();

    /** @param closures null unless the account may close and reopen cases (coordinator); the service checks again */
    public CaseDetailViewModel(CaseViewService cases, SafeContactService safeContacts, CaseClosureService closures,
                               TaskExecutor executor, ErrorHandler errors, Messages messages, Runnable onBack) {
        this.cases = cases;
        this.safeContacts = safeContacts;
        this.closures = closures;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.onBack = onBack;
    }

    public void open(long caseId) {
        loading.set(true);
        problem.set("");
        hideSafeContact();
        executor.execute(() -> cases.open(caseId), d -> {
            loading.set(false);
            detail.set(d);
        }, failure -> {
            loading.set(false);
            if (failure instanceof NotPermittedException) {
                problem.set(messages.get("caseview.notPermitted"));
            } else {
                errors.report(failure);
            }
        });
    }

    public void back() {
        hideSafeContact();
        onBack.run();
    }

    /** True when this user may ask to see the victim's safe address and contact details. */
    public boolean offersSafeContact() {
        CaseDetail d = detail.get();
        return d != null && d.seesSafeContact();
    }

    /** Reads the victim's safe address and contact details (the service records the showing). */
    public void revealSafeContact() {
        CaseDetail d = detail.get();
        if (d == null || !d.seesSafeContact()) {
            return;
        }
        executor.execute(() -> safeContacts.reveal(d.id()), found -> {
            safeContact.set(found.map(this::safeContactText).orElse(messages.get("caseview.safe.held")));
            safeContactShown.set(found.isPresent());
        }, failure -> {
            if (failure instanceof NotPermittedException) {
                problem.set(messages.get("caseview.notPermitted"));
            } else {
                errors.report(failure);
            }
        });
    }

    /** Takes the details off the screen again (also on leaving the case). */
    public void hideSafeContact() {
        safeContact.set("");
        safeContactShown.set(false);
    }

    private String safeContactText(SafeContact c) {
        if (c.isEmpty()) {
            return messages.get("caseview.safe.noneRecorded");
        }
        StringBuilder out = new StringBuilder();
        line(out, "caseview.safe.address", c.address());
        line(out, "caseview.safe.phone", c.phone());
        line(out, "caseview.safe.email", c.email());
        if (c.safeToCall() != null) {
            line(out, "caseview.safe.safeToCall", messages.get(c.safeToCall() ? "caseview.safe.yes" : "caseview.safe.no"));
        }
        line(out, "caseview.safe.times", c.safeTimes());
        line(out, "caseview.safe.contact", c.safeContact());
        return out.toString().strip();
    }

    private void line(StringBuilder out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(messages.format(key, value.strip())).append('\n');
        }
    }

    public StringProperty safeContactProperty() {
        return safeContact;
    }

    public BooleanProperty safeContactShownProperty() {
        return safeContactShown;
    }

    public String title() {
        CaseDetail d = detail.get();
        return d == null ? "" : messages.format("caseview.title", d.reference());
    }

    public String status() {
        CaseDetail.ClosureLine c = detail.get().closure();
        String status = messages.get("caseview.status." + detail.get().status().name().toLowerCase(Locale.ROOT));
        return c == null ? status : messages.format("caseview.status.closedLine", date(c.closedOn()),
                outcomeName(c.outcome()), c.reason());
    }

    /** True when a Close button belongs on the screen (coordinator, open case). */
    public boolean offersClose() {
        return closures != null && detail.get() != null && detail.get().status() == CaseStatus.OPEN;
    }

    /** True when a Reopen button belongs on the screen (coordinator, closed case). */
    public boolean offersReopen() {
        return closures != null && detail.get() != null && detail.get().status() == CaseStatus.CLOSED;
    }

    public String outcomeName(CaseOutcome o) {
        return o == null ? "" : messages.get("caseview.outcome." + o.code());
    }

    /** Closes the case, then shows it again; the outcome line says what happened. */
    public void close(CaseOutcome outcome, String reason) {
        CaseDetail d = detail.get();
        closureOutcome.set("");
        executor.execute(() -> closures.close(d.reference(), outcome, reason), closed -> {
            closureOutcome.set(closed.openActions() == 0 ? messages.get("caseview.closed")
                    : messages.format("caseview.closedWithOpenActions", closed.openActions()));
            open(d.id());
        }, this::closureFailed);
    }

    public void reopen(String reason) {
        CaseDetail d = detail.get();
        closureOutcome.set("");
        executor.execute(() -> {
            closures.reopen(d.reference(), reason);
            return d.id();
        }, id -> {
            closureOutcome.set(messages.get("caseview.reopened"));
            open(id);
        }, this::closureFailed);
    }

    private void closureFailed(Throwable failure) {
        if (failure instanceof IllegalArgumentException) {
            closureOutcome.set(messages.format("caseview.closeRefused", failure.getMessage()));
        } else {
            errors.report(failure);
        }
    }

    /** What the last close or reopen did, or why it was refused ("" before any). */
    public StringProperty closureOutcomeProperty() {
        return closureOutcome;
    }

    public String opened() {
        return date(detail.get().openedOn());
    }

    public String victim() {
        return person(detail.get().victim());
    }

    public String risk() {
        CaseDetail.RiskLine r = detail.get().latestRisk();
        if (r == null || r.band() == null) {
            return messages.get("caseview.none");
        }
        String line = messages.format("caseview.risk.line", messages.get("band." + r.band()), r.score(),
                r.instrumentId(), date(r.referralDate()));
        if (r.settingsVersion() != null) {
            line = line + " " + messages.format("caseview.risk.settings", String.valueOf(r.settingsVersion()));
        }
        return r.repeat() ? line + " " + messages.get("caseview.risk.repeat") : line;
    }

    /**
     * The circumstances flagged on the latest referral, and transfer in, in full words (issue 16); "none recorded"
     * when there are none.
     */
    public String flags() {
        List<String> words = new org.maracdesk.ui.common.FlagWords(messages).full(detail.get().flags(),
                detail.get().transferIn());
        return words.isEmpty() ? messages.get("caseview.flags.none") : String.join(" · ", words);
    }

    public List<String> perpetrators() {
        return detail.get().perpetrators().stream().map(this::person).toList();
    }

    public List<String> children() {
        return detail.get().children().stream().map(this::person).toList();
    }

    public List<String> mustNotReceive() {
        return detail.get().mustNotReceive().stream().map(m -> messages.format("caseview.mustNot.line",
                m.agencyCode() != null ? m.agencyCode() : m.personName(), m.reason() == null ? "" : m.reason()))
                .toList();
    }

    private String person(CaseDetail.PersonLine p) {
        return p.dateOfBirth() == null ? p.name() : messages.format("caseview.person", p.name(), date(p.dateOfBirth()));
    }

    private String date(LocalDate d) {
        return d == null ? messages.get("caseview.noDate") : DATE.format(d);
    }

    public ObjectProperty<CaseDetail> detailProperty() {
        return detail;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
