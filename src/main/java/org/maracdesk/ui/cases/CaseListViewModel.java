package org.maracdesk.ui.cases;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The case list: loaded in the background, filtered as the user types. */
public final class CaseListViewModel {
    private final CaseQueryService cases;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> filtered = new FilteredList<>(all);
    private final SortedList<CaseSummary> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private int withheld;
    private final boolean seesAllCases;
    private java.util.function.Consumer<CaseSummary> onOpen = c -> { };

    public CaseListViewModel(CaseQueryService cases, TaskExecutor executor, ErrorHandler errors, Messages messages,
                             boolean seesAllCases) {
        this.seesAllCases = seesAllCases;
        this.cases = cases;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        filter.addListener((obs, old, text) -> applyFilter(text));
    }

    public void load() {
        loading.set(true);
        status.set(messages.get("cases.loading"));
        executor.execute(() -> new Loaded(cases.listCases(), cases.withheldCount()), loaded -> {
            all.setAll(loaded.rows());
            withheld = loaded.withheld();
            loading.set(false);
            updateStatus();
        }, failure -> {
            loading.set(false);
            status.set("");
            errors.report(failure);
        });
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(needle.isEmpty() ? null : c -> matches(c, needle));
        updateStatus();
    }

    private static boolean matches(CaseSummary c, String needle) {
        return c.reference().toLowerCase(Locale.ROOT).contains(needle)
                || c.victimName().toLowerCase(Locale.ROOT).contains(needle)
                || (c.district() != null && c.district().toLowerCase(Locale.ROOT).contains(needle));
    }

    private record Loaded(java.util.List<CaseSummary> rows, int withheld) {
    }

    private void updateStatus() {
        String count = filtered.size() == all.size()
                ? messages.format("cases.count", all.size())
                : messages.format("cases.countFiltered", filtered.size(), all.size());
        status.set(withheld == 0 ? count : count + " " + messages.format("cases.withheld", withheld));
    }

    /** What an empty list means: nothing yet, or nothing shared with this role yet. */
    public String emptyText() {
        return messages.get(seesAllCases ? "cases.empty" : "cases.emptyForRole");
    }

    /** What opening a case (Enter or double-click) does; set by the composition root. */
    public void setOnOpen(java.util.function.Consumer<CaseSummary> onOpen) {
        this.onOpen = onOpen;
    }

    public void open(CaseSummary selected) {
        if (selected != null) {
            onOpen.accept(selected);
        }
    }

    public SortedList<CaseSummary> rows() {
        return sorted;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
