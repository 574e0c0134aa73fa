package org.maracdesk.ui.reports;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.exchange.exports.DataReturn;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.exchange.reports.ReportFigures;
import org.maracdesk.exchange.reports.ReportService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The Reports area: chart figures, and the quarterly data return previewed for a period. */
public final class ReportsViewModel {
    static final int MONTHS = 12;
    private final ReportService reports;
    private final ExportService exports;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObjectProperty<ReportFigures> figures = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty adultWomen = new SimpleStringProperty("");
    private final ObservableList<List<String>> returnRows = FXCollections.observableArrayList();
    private UnaryOperator<String> agencyNames = UnaryOperator.identity();
    private final ObjectProperty<DataReturn> dataReturn = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReportsViewModel(ReportService reports, ExportService exports, TaskExecutor executor, ErrorHandler errors,
                            Messages messages, LocalDate today) {
        this.reports = reports;
        this.exports = exports;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        LocalDate lastQuarter = today.minusMonths(3).with(IsoFields.DAY_OF_QUARTER, 1);
        from.set(lastQuarter);
        to.set(lastQuarter.plusMonths(3).minusDays(1));
    }

    /** Reads the chart figures and the data return for the chosen period, in the background. */
    public void load() {
        busy.set(true);
        executor.execute(() -> reports.figures(MONTHS), f -> {
            figures.set(f);
            preview();
        }, this::failed);
    }

    /** Recounts the data return for the period and population on the screen. */
    public void preview() {
        String problem = problem();
        if (problem != null) {
            message.set(problem);
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        Long women = population();
        busy.set(true);
        executor.execute(() -> new Preview(exports.previewDataReturn(f, t, women), exports.agencyNames()), p -> {
            DataReturn r = p.dataReturn();
            busy.set(false);
            agencyNames = p.agencyNames();
            dataReturn.set(r);
            returnRows.setAll(r.rows());
            message.set(messages.format("reports.return.counted", r.casesDiscussed()));
        }, this::failed);
    }

    private record Preview(DataReturn dataReturn, UnaryOperator<String> agencyNames) {
    }

    /** The agency's name for a code in the data return (the code until the first preview is read). */
    public String agencyName(String code) {
        return agencyNames.apply(code);
    }

    /** What is wrong with the period or population as entered; null when they can be used. */
    public String problem() {
        if (from.get() == null || to.get() == null) {
            return messages.get("reports.return.needDates");
        }
        if (to.get().isBefore(from.get())) {
            return messages.get("reports.return.datesReversed");
        }
        String p = adultWomen.get() == null ? "" : adultWomen.get().strip().replace(",", "");
        if (!p.isEmpty() && !p.matches("[1-9][0-9]{0,9}")) {
            return messages.get("reports.return.badPopulation");
        }
        return null;
    }

    /** The adult female population entered, or null when left empty (then the rate is left out). */
    public Long population() {
        String p = adultWomen.get() == null ? "" : adultWomen.get().strip().replace(",", "");
        return p.isEmpty() ? null : Long.valueOf(p);
    }

    private void failed(Throwable e) {
        busy.set(false);
        errors.report(e);
    }

    public ObjectProperty<ReportFigures> figuresProperty() {
        return figures;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty adultWomenProperty() {
        return adultWomen;
    }

    public ObservableList<List<String>> returnRows() {
        return returnRows;
    }

    public ObjectProperty<DataReturn> dataReturnProperty() {
        return dataReturn;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
