package org.maracdesk.casework.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * A MARAC's local settings (issue 16, decision 0035): everyone signed in reads them, because
 * scoring needs them; only those who run the MARAC (the coordinator) change them. A change adds the
 * next numbered version with who, when and why, writes each changed value (before and after) to
 * the change history and a CHANGED entry (digest only) to the audit trail.
 */
public final class LocalSettingsService {
    /** The record type of settings lines in the change history. */
    public static final String RECORD_TYPE = "marac_settings";
    private static final int REASON_MAX = 2000;
    private static final int BASES_MAX = 4000;

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final InstrumentRegistry instruments;
    private final Clock clock;

    public LocalSettingsService(StoreProvider stores, CurrentUser users, AuditLog audit, InstrumentRegistry instruments,
                                Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** The settings in force now. */
    public LocalSettings current() {
        signedIn();
        return stores.store().read(Settings::current);
    }

    /** Every version, newest first, ending with version 0 (the built-in defaults). */
    public List<SettingsVersion> history() {
        signedIn();
        return stores.store().read(Settings::history);
    }

    /** The next {@code n} England and Wales bank holidays from today (no store read: worked out from the rules). */
    public List<java.time.LocalDate> nextBankHolidays(int n) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<java.time.LocalDate> out = new ArrayList<>();
        for (int year = today.getYear(); out.size() < n; year++) {
            BankHolidays.inYear(year).stream().filter(d -> !d.isBefore(today)).forEach(out::add);
        }
        return List.copyOf(out.subList(0, n));
    }

    /** Every instrument available (bundled, or from an instruments folder), for choosing those in use. */
    public List<Instrument> available() {
        return instruments.all();
    }

    /**
     * Saves a new version.
     *
     * @throws IllegalArgumentException saying what is wrong and how to put it right; nothing was saved
     * @throws ConcurrentChangeException when another version was saved since {@code change.basedOn()}
     */
    public LocalSettings change(SettingsChange change) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        List<String> inUse = checkedInstruments(change.instruments());
        checkReachable(change.thresholds(), inUse);
        String reason = change.reason() == null ? "" : change.reason().strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("reason: say why the settings change (for example the steering"
                    + " group's decision and its date)");
        }
        if (reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
        }
        return stores.store().inTransaction(s -> save(s, who, change, inUse, reason));
    }

    private LocalSettings save(Session s, AccountInfo who, SettingsChange change, List<String> inUse, String reason) {
        LocalSettings old = Settings.current(s);
        if (old.version() != change.basedOn()) {
            throw new ConcurrentChangeException(old.changedBy(), old.changedAt(), null);
        }
        List<LawfulBasis> bases = change.lawfulBases() == null ? old.lawfulBases() : change.lawfulBases();
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("lawfulBases: keep at least one lawful basis");
        }
        if (LawfulBasis.format(bases).length() > BASES_MAX) {
            throw new IllegalArgumentException("lawfulBases: the list of lawful bases is at most " + BASES_MAX
                    + " characters; shorten the wordings");
        }
        Timescales times = change.timescales() == null ? old.timescales() : change.timescales();
        LocalSettings now = new LocalSettings(old.version() + 1, change.thresholds(), inUse, clock.instant(),
                who.username(), bases, times);
        List<String> oldInstruments = old.inUse(instruments).stream().map(Instrument::id).toList();
        ChangeHistory history = new ChangeHistory(s, RECORD_TYPE, now.version(), null, who.username(),
                now.changedAt());
        RiskThresholds a = old.thresholds();
        RiskThresholds b = now.thresholds();
        history.field("visibleHighRisk", a.visibleHighRisk(), b.visibleHighRisk(), reason);
        history.field("mediumFrom", a.mediumFrom(), b.mediumFrom(), reason);
        history.field("escalationIncidents", a.escalationIncidents(), b.escalationIncidents(), reason);
        history.field("repeatWindowMonths", a.repeatWindowMonths(), b.repeatWindowMonths(), reason);
        history.field("instruments", String.join(",", oldInstruments), String.join(",", inUse), reason);
        history.field("lawfulBases", LawfulBasis.format(old.lawfulBases()), LawfulBasis.format(bases), reason);
        timescales(history, old.timescales(), times, reason);
        if (history.written() == 0) {
            throw new IllegalArgumentException("nothing to save: these are the settings of version "
                    + old.version() + " already");
        }
        s.persist(Settings.row(now, reason));
        s.flush();
        audit.append(stores.store(), s, who.username(), AuditAction.CHANGED, RECORD_TYPE,
                String.valueOf(now.version()), AuditDigest.of(stores.store(), String.valueOf(b.visibleHighRisk()),
                        String.valueOf(b.mediumFrom()), String.valueOf(b.escalationIncidents()),
                        String.valueOf(b.repeatWindowMonths()), String.join(",", inUse), reason,
                        LawfulBasis.format(bases), times.toString()));
        return now;
    }

    /** The timescales of decision 0059, each to the change history when it changed. */
    private static void timescales(ChangeHistory history, Timescales a, Timescales b, String reason) {
        history.field("minutesWithinDays", a.minutesWithinDays(), b.minutesWithinDays(), reason);
        history.field("referralCutOffDays", a.referralCutOffDays(), b.referralCutOffDays(), reason);
        history.field("longestWaitDays", a.longestWaitDays(), b.longestWaitDays(), reason);
        history.field("closedDays", a.closedDaysText(), b.closedDaysText(), reason);
    }

    private List<String> checkedInstruments(List<String> ids) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(ids.stream().map(String::strip)
                .filter(x -> !x.isEmpty()).toList()));
        if (out.isEmpty()) {
            throw new IllegalArgumentException("instruments: choose at least one instrument in use; available: "
                    + instruments.ids());
        }
        for (String id : out) {
            if (instruments.find(id).isEmpty()) {
                throw new IllegalArgumentException("instruments: " + id + " is not a known instrument; use "
                        + instruments.ids());
            }
        }
        return out;
    }

    /** A threshold above the highest score of an instrument in use could never be met by it. */
    private void checkReachable(RiskThresholds t, List<String> inUse) {
        for (String id : inUse) {
            Instrument i = instruments.get(id);
            if (i.usesMaracThresholds() && t.visibleHighRisk() > i.maxScore()) {
                throw new IllegalArgumentException("visibleHighRisk: " + t.visibleHighRisk() + " is above the highest"
                        + " score of " + id + " (" + i.maxScore() + "); use " + (t.mediumFrom() + 1) + " to "
                        + i.maxScore());
            }
        }
    }

    private void signedIn() {
        if (users.current() == null) {
            throw new org.maracdesk.common.StoreUnavailableException("nobody is signed in");
        }
    }
}
