package org.maracdesk.ui.reports;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.exchange.reports.DashboardCase;
import org.maracdesk.exchange.reports.DashboardFigures;
import org.maracdesk.exchange.reports.DashboardMeasure;
import org.maracdesk.exchange.reports.DashboardService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The dashboard (issue 16): the figures for a chosen period, counted in the background, one section at a time as
 * a chart or a table, and the cases behind a chosen figure, which open in the case screen.
 */
public final class DashboardViewModel {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
    private final DashboardService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final LongConsumer openCase;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<DashboardSection> section = new SimpleObjectProperty<>(DashboardSection.BY_AGENCY);
    private final BooleanProperty asTable = new SimpleBooleanProperty();
    private final ObjectProperty<DashboardFigures> figures = new SimpleObjectProperty<>();
    private final ObjectProperty<DashboardTable> table = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty casesTitle = new SimpleStringProperty("");
    private final ObservableList<DashboardCase> cases = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param openCase shows a case in the case screen (null where the window has none to show) */
    public DashboardViewModel(DashboardService service, TaskExecutor executor, ErrorHandler errors, Messages messages,
                              LocalDate today, LongConsumer openCase) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.openCase = openCase;
        LocalDate lastQuarter = today.minusMonths(3).with(IsoFields.DAY_OF_QUARTER, 1);
        from.set(lastQuarter);
        to.set(lastQuarter.plusMonths(3).minusDays(1));
        casesTitle.set(messages.get("dashboard.cases.none"));
        section.addListener((o, a, b) -> rebuild());
    }

    /** Counts the figures for the period on the screen, in the background. */
    public void load() {
        String problem = problem();
        if (problem != null) {
            message.set(problem);
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        busy.set(true);
        message.set(messages.get("dashboard.counting"));
        executor.execute(() -> service.figures(f, t), figs -> {
            busy.set(false);
            figures.set(figs);
            cases.clear();
            casesTitle.set(messages.get("dashboard.cases.none"));
            summary.set(summaryOf(figs));
            message.set(messages.format("dashboard.counted", DAY.format(f), DAY.format(t)));
            rebuild();
        }, this::failed);
    }

    /** Lists the cases behind the figure in {@code row} and {@code column} of the table, in the background. */
    public void drill(DashboardTable.Row row, DashboardTable.Column column) {
        DashboardFigures figs = figures.get();
        if (figs == null || row == null || column == null) {
            return;
        }
        drill(row, column.measure(), column.header());
    }

    /** The same for a bar of the chart: its series' measure and row. */
    public void drill(DashboardTable.Row row, DashboardMeasure measure, String what) {
        DashboardFigures figs = figures.get();
        if (figs == null || row == null) {
            return;
        }
        var dimension = row.key() == null ? null : section.get().dimension();
        busy.set(true);
        executor.execute(() -> service.cases(figs.from(), figs.to(), measure, dimension, row.key()), list -> {
            busy.set(false);
            cases.setAll(list);
            casesTitle.set(messages.format("dashboard.cases.title", what, row.name(), list.size()));
        }, this::failed);
    }

    /** Opens a case of the drill-down list in the case screen. */
    public void open(DashboardCase c) {
        if (c != null && openCase != null) {
            openCase.accept(c.caseId());
        }
    }

    /** Whether a chosen case can be opened from here. */
    public boolean opensCases() {
        return openCase != null;
    }

    /** What is wrong with the period as entered; null when it can be used. */
    public String problem() {
        if (from.get() == null || to.get() == null) {
            return messages.get("reports.return.needDates");
        }
        if (to.get().isBefore(from.get())) {
            return messages.get("reports.return.datesReversed");
        }
        if (to.get().toEpochDay() - from.get().toEpochDay() > DashboardService.MAX_DAYS) {
            return messages.get("dashboard.tooLong");
        }
        return null;
    }

    private void rebuild() {
        DashboardFigures figs = figures.get();
        table.set(figs == null ? null : DashboardTable.of(section.get(), figs, messages));
    }

    private String summaryOf(DashboardFigures f) {
        String times = f.listing().listed() == 0 ? messages.get("dashboard.summary.noneListed")
                : messages.format("dashboard.summary.times", f.listing().listed(), f.listing().medianDays(),
                f.listing().p90Days());
        return messages.format("dashboard.summary", f.referrals(), f.repeats(),
                Math.round(f.referrals() == 0 ? 0 : 100.0 * f.repeats() / f.referrals()), times, f.overdueNow())
                + " " + messages.format("dashboard.summary.marks", f.waitingOverLimit(), f.minutesLate())
                + " " + messages.format("dashboard.summary.transfers", f.transfersIn(), f.transfersOut());
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set("");
        errors.report(e);
    }

    /** The figures on the screen (null until the first count), for the export of exactly what is shown. */
    public javafx.beans.property.ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<DashboardSection> sectionProperty() {
        return section;
    }

    public BooleanProperty asTableProperty() {
        return asTable;
    }

    public ObjectProperty<DashboardTable> tableProperty() {
        return table;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty casesTitleProperty() {
        return casesTitle;
    }

    public ObservableList<DashboardCase> cases() {
        return cases;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    static List<DashboardSection> sections() {
        return List.of(DashboardSection.values());
    }
}
