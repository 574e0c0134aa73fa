package org.maracdesk.ui.cases;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.maracdesk.casework.CasePage;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The case list: the newest {@value #PAGE} cases matching the filter, filtered, counted and
 * paged by the database in the background (the view reloads as the user types).
 */
public final class CaseListViewModel {
    private final CaseQueryService cases;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final SortedList<CaseSummary> sorted = new SortedList<>(all);
    private long total;
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeClosed = new SimpleBooleanProperty();
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
    }

    /** The newest cases that match the filter, a page at a time from the database. */
    public static final int PAGE = 500;

    /** Loads the first page for the current filter (the view calls it again, debounced, as the filter changes). */
    public void load() {
        loading.set(true);
        status.set(messages.get("cases.loading"));
        String typed = filter.get() == null ? "" : filter.get();
        boolean closedToo = includeClosed.get();
        executor.execute(() -> new Loaded(cases.page(new CasePage.Request(typed, CasePage.Sort.OPENED, true, 0, PAGE,
                closedToo)),
                cases.withheldCount()), loaded -> {
            all.setAll(loaded.page().rows());
            total = loaded.page().total();
            withheld = loaded.withheld();
            loading.set(false);
            updateStatus(typed);
        }, failure -> {
            loading.set(false);
            status.set("");
            errors.report(failure);
        });
    }

    private record Loaded(CasePage page, int withheld) {
    }

    private void updateStatus(String typed) {
        String count = total > all.size() ? messages.format("cases.countPaged", all.size(), total)
                : typed.isBlank() ? messages.format(includeClosed.get() ? "cases.count" : "cases.countOpen", total)
                : messages.format("cases.countFiltered", total);
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

    /** Whether closed cases are listed too (off: the open cases, what a coordinator works on). */
    public BooleanProperty includeClosedProperty() {
        return includeClosed;
    }

    /** The status column's text: blank for an open case, so closed ones stand out. */
    public String statusText(CaseSummary c) {
        return c.status() == org.maracdesk.casework.CaseStatus.CLOSED ? messages.get("cases.closed") : "";
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
