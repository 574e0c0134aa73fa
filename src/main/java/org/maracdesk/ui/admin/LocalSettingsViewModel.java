package org.maracdesk.ui.admin;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.casework.settings.SettingsChange;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.casework.settings.Timescales;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The "This MARAC" tab (issue 16): the local settings in force, a form to save a new version with
 * the reason, and every earlier version with what it changed. Loading and saving run in the background.
 */
public final class LocalSettingsViewModel {
    static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.systemDefault());
    /** One instrument with whether it is in use, as the form shows it. */
    public record InstrumentChoice(String id, String title, BooleanProperty inUse) {
    }

    private final LocalSettingsService settings;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final IntegerProperty visibleHighRisk = new SimpleIntegerProperty(RiskThresholds.DEFAULT_VISIBLE_HIGH_RISK);
    private final IntegerProperty mediumFrom = new SimpleIntegerProperty(RiskThresholds.DEFAULT_MEDIUM_FROM);
    private final IntegerProperty escalationIncidents =
            new SimpleIntegerProperty(RiskThresholds.DEFAULT_ESCALATION_INCIDENTS);
    private final IntegerProperty repeatWindowMonths =
            new SimpleIntegerProperty(RiskThresholds.DEFAULT_REPEAT_WINDOW_MONTHS);
    private final IntegerProperty minutesWithinDays =
            new SimpleIntegerProperty(Timescales.DEFAULT_MINUTES_WITHIN_DAYS);
    private final IntegerProperty referralCutOffDays =
            new SimpleIntegerProperty(Timescales.DEFAULT_REFERRAL_CUTOFF_DAYS);
    private final IntegerProperty longestWaitDays = new SimpleIntegerProperty(Timescales.DEFAULT_LONGEST_WAIT_DAYS);
    /** The MARAC's own days off besides bank holidays, as typed: dd/mm/yyyy, comma-separated. */
    private final StringProperty closedDays = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty lawfulBases = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<InstrumentChoice> instruments = FXCollections.observableArrayList();
    private final ObservableList<SettingsVersion> versions = FXCollections.observableArrayList();
    private final org.maracdesk.ui.common.LostRaceChoice race = new org.maracdesk.ui.common.LostRaceChoice();
    private int basedOn;
    /** The version the form was filled from: what the user changed is told apart from what they left. */
    private LocalSettings loaded;

    public LocalSettingsViewModel(LocalSettingsService settings, TaskExecutor executor, ErrorHandler errors,
                                  Messages messages) {
        this.settings = settings;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    private record Snapshot(LocalSettings now, List<Instrument> available, List<SettingsVersion> history) {
    }

    public void load() {
        load(() -> { });
    }

    private void load(Runnable after) {
        race.clear();
        busy.set(true);
        executor.execute(() -> new Snapshot(settings.current(), settings.available(), settings.history()), s -> {
            busy.set(false);
            LocalSettings now = s.now();
            basedOn = now.version();
            loaded = now;
            RiskThresholds t = now.thresholds();
            visibleHighRisk.set(t.visibleHighRisk());
            mediumFrom.set(t.mediumFrom());
            escalationIncidents.set(t.escalationIncidents());
            repeatWindowMonths.set(t.repeatWindowMonths());
            showTimescales(now.timescales());
            instruments.setAll(s.available().stream().map(i -> new InstrumentChoice(i.id(), i.title(),
                    new SimpleBooleanProperty(now.uses(i.id())))).toList());
            lawfulBases.set(org.maracdesk.casework.disclosure.LawfulBasis.format(now.lawfulBases()));
            versions.setAll(s.history());
            current.set(describe(now));
            after.run();
        }, this::failed);
    }

    /**
     * What the user had in the form when the save lost the race, and the version they started from: re-applying
     * puts back only what they changed, so the other desk's changes to the rest stay.
     */
    private record Mine(LocalSettings from, RiskThresholds thresholds, List<String> inUse, String reason,
                        String lawfulBases, Timescales timescales) {
    }

    private void showTimescales(Timescales ts) {
        minutesWithinDays.set(ts.minutesWithinDays());
        referralCutOffDays.set(ts.referralCutOffDays());
        longestWaitDays.set(ts.longestWaitDays());
        closedDays.set(ts.closedDaysText());
    }

    /** The newest version, with what the user changed put back on top of it; not saved (decision 0051). */
    private void reapply(Mine mine) {
        RiskThresholds was = mine.from().thresholds();
        RiskThresholds typed = mine.thresholds();
        load(() -> {
            mineIfChanged(visibleHighRisk, was.visibleHighRisk(), typed.visibleHighRisk());
            mineIfChanged(mediumFrom, was.mediumFrom(), typed.mediumFrom());
            mineIfChanged(escalationIncidents, was.escalationIncidents(), typed.escalationIncidents());
            mineIfChanged(repeatWindowMonths, was.repeatWindowMonths(), typed.repeatWindowMonths());
            Timescales wasTimes = mine.from().timescales();
            mineIfChanged(minutesWithinDays, wasTimes.minutesWithinDays(), mine.timescales().minutesWithinDays());
            mineIfChanged(referralCutOffDays, wasTimes.referralCutOffDays(), mine.timescales().referralCutOffDays());
            mineIfChanged(longestWaitDays, wasTimes.longestWaitDays(), mine.timescales().longestWaitDays());
            if (!wasTimes.closedDays().equals(mine.timescales().closedDays())) {
                closedDays.set(mine.timescales().closedDaysText());
            }
            for (InstrumentChoice i : instruments) {
                boolean wanted = mine.inUse().contains(i.id());
                if (wanted != mine.from().uses(i.id())) {
                    i.inUse().set(wanted);
                }
            }
            String basesWere = org.maracdesk.casework.disclosure.LawfulBasis.format(mine.from().lawfulBases());
            if (!basesWere.equals(mine.lawfulBases())) {
                lawfulBases.set(mine.lawfulBases());
            }
            reason.set(mine.reason());
            status.set(messages.get("admin.settings.reapplied"));
        });
    }

    /** "Version 2, saved by coordinator on …" or the defaults' line. */
    public String describe(LocalSettings s) {
        return s.isDefault() ? messages.get("admin.settings.version.defaults")
                : messages.format("admin.settings.version.saved", String.valueOf(s.version()), s.changedBy(),
                TIME.format(s.changedAt()));
    }

    /** The bands the numbers typed would give, or why they cannot be used. */
    public String bands() {
        try {
            RiskThresholds t = thresholds();
            return messages.format("admin.settings.bands.preview", "0–" + (t.mediumFrom() - 1),
                    t.mediumFrom() + "–" + (t.visibleHighRisk() - 1), t.visibleHighRisk() + "+");
        } catch (RiskInputException e) {
            return messages.get("admin.settings.bands.invalid");
        }
    }

    private RiskThresholds thresholds() {
        return new RiskThresholds(visibleHighRisk.get(), mediumFrom.get(), escalationIncidents.get(),
                repeatWindowMonths.get());
    }

    private static void mineIfChanged(IntegerProperty field, int was, int typed) {
        if (typed != was) {
            field.set(typed);
        }
    }

    public void save() {
        RiskThresholds t;
        try {
            t = thresholds();
        } catch (RiskInputException e) {
            status.set(messages.format("admin.settings.refused", e.getMessage()));
            return;
        }
        Timescales times;
        try {
            times = new Timescales(minutesWithinDays.get(), referralCutOffDays.get(), longestWaitDays.get(),
                    Timescales.parseClosedDays(closedDays.get()));
        } catch (IllegalArgumentException e) {
            status.set(messages.format("admin.settings.refused", e.getMessage()));
            return;
        }
        List<String> use = instruments.stream().filter(i -> i.inUse().get()).map(InstrumentChoice::id).toList();
        List<org.maracdesk.casework.disclosure.LawfulBasis> bases;
        try {
            bases = org.maracdesk.casework.disclosure.LawfulBasis.parse(lawfulBases.get());
        } catch (IllegalArgumentException e) {
            status.set(messages.format("admin.settings.refused", e.getMessage()));
            return;
        }
        SettingsChange change = new SettingsChange(basedOn, t, use, reason.get(), bases, times);
        Mine mine = new Mine(loaded, t, use, reason.get(), lawfulBases.get(), times);
        busy.set(true);
        executor.execute(() -> settings.change(change), saved -> {
            reason.set("");
            status.set(messages.format("admin.settings.saved", String.valueOf(saved.version())));
            load();
        }, failure -> failed(failure, mine));
    }

    private void failed(Throwable failure) {
        failed(failure, null);
    }

    private void failed(Throwable failure, Mine mine) {
        busy.set(false);
        if (failure instanceof ConcurrentChangeException && mine != null && mine.from() != null) {
            // Lost the race: the form keeps what was typed until the user reloads or re-applies (decision 0051).
            status.set("");
            race.offer(org.maracdesk.ui.common.LostRace.explain(messages, failure, "lostrace.record.settings",
                    "admin.settings.lost", java.time.ZoneId.systemDefault()), this::load, () -> reapply(mine));
        } else if (failure instanceof ConcurrentChangeException) {
            status.set(org.maracdesk.ui.common.LostRace.explain(messages, failure, "lostrace.record.settings",
                    "admin.settings.stale", java.time.ZoneId.systemDefault()));
            load();
        } else if (failure instanceof IllegalArgumentException) {
            status.set(messages.format("admin.settings.refused", failure.getMessage()));
        } else {
            errors.report(failure);
        }
    }

    /** Reload or re-apply, offered after a save lost the race. */
    public org.maracdesk.ui.common.LostRaceChoice race() {
        return race;
    }

    public IntegerProperty visibleHighRiskProperty() {
        return visibleHighRisk;
    }

    public IntegerProperty mediumFromProperty() {
        return mediumFrom;
    }

    public IntegerProperty escalationIncidentsProperty() {
        return escalationIncidents;
    }

    public IntegerProperty repeatWindowMonthsProperty() {
        return repeatWindowMonths;
    }

    /** Working days after the meeting within which minutes are sent (decision 0059). */
    public IntegerProperty minutesWithinDaysProperty() {
        return minutesWithinDays;
    }

    /** Working days before the meeting that referrals close (decision 0059). */
    public IntegerProperty referralCutOffDaysProperty() {
        return referralCutOffDays;
    }

    /** Days an accepted referral may wait for its hearing (decision 0059). */
    public StringProperty closedDaysProperty() {
        return closedDays;
    }

    /** The next bank holidays, which working days skip, for the help line under the field. */
    public String bankHolidaysNote() {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu",
                java.util.Locale.UK);
        return messages.format("admin.settings.closedDays.note",
                String.join(", ", settings.nextBankHolidays(4).stream().map(f::format).toList()));
    }

    public IntegerProperty longestWaitDaysProperty() {
        return longestWaitDays;
    }

    /** The lawful bases (decision 0048) as typed: one CODE=wording a line, the first the default. */
    public StringProperty lawfulBasesProperty() {
        return lawfulBases;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<InstrumentChoice> instruments() {
        return instruments;
    }

    public ObservableList<SettingsVersion> versions() {
        return versions;
    }
}
