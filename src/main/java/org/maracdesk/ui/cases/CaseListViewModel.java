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
 * The case list: a page of {@value #PAGE} cases matching the filter, filtered, sorted, counted and
 * paged by the database in the background (the view reloads as the user types). Sorting by reference,
 * victim or district asks the database for that order over every case; the other columns sort the
 * rows shown, and only while every matching case fits on one page.
 */
public final class CaseListViewModel {
    private final CaseQueryService cases;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final SortedList<CaseSummary> sorted = new SortedList<>(all);
    private long total;
    private long requests;
    private int offset;
    private CasePage.Sort sort = CasePage.Sort.OPENED;
    private boolean descending = true;
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty paged = new SimpleBooleanProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeClosed = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private int withheld;
    private final boolean seesAllCases;
    private java.util.function.Consumer<CaseSummary> onOpen = c -> { };
    private Runnable onDuplicates;

    public CaseListViewModel(CaseQueryService cases, TaskExecutor executor, ErrorHandler errors, Messages messages,
                             boolean seesAllCases) {
        this.seesAllCases = seesAllCases;
        this.cases = cases;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** Cases a page: a screenful several times over, and few enough that a page (and its read audit) is quick. */
    public static final int PAGE = 100;

    /** Loads the first page for the current filter (the view calls it again, debounced, as the filter changes). */
    public void load() {
        offset = 0;
        fetch();
    }

    /** Orders every case by the database (null: newest first, the default) and shows the first page. */
    public void sortBy(CasePage.Sort by, boolean descendingOrder) {
        CasePage.Sort next = by == null ? CasePage.Sort.OPENED : by;
        boolean nextDescending = by == null || descendingOrder;
        if (next != sort || nextDescending != descending) {
            sort = next;
            descending = nextDescending;
            load();
        }
    }

    /** Sorts the rows shown (a column the database does not order by), or null for the database's order. */
    public void sortShown(java.util.Comparator<CaseSummary> comparator) {
        sorted.setComparator(comparator);
    }

    public void nextPage() {
        if (hasNext.get()) {
            offset += PAGE;
            fetch();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            offset = Math.max(0, offset - PAGE);
            fetch();
        }
    }

    /**
     * Loads the page shown again (same filter, order and page) after another desk's change on a shared server
     * (decision 0050), then runs {@code after} on the screen's thread so the view can put its selection back.
     */
    public void refresh(Runnable after) {
        fetch(after);
    }

    private void fetch() {
        fetch(() -> { });
    }

    private void fetch(Runnable after) {
        loading.set(true);
        status.set(messages.get("cases.loading"));
        String typed = filter.get() == null ? "" : filter.get();
        boolean closedToo = includeClosed.get();
        CasePage.Request request = new CasePage.Request(typed, sort, descending, offset, PAGE, closedToo);
        long asked = ++requests;
        executor.execute(() -> new Loaded(cases.pageUncounted(request), cases.withheldCount()), loaded -> {
            if (asked != requests) {
                return; // the user has moved to another page, order or filter since: its page follows
            }
            all.setAll(loaded.page().rows());
            withheld = loaded.withheld();
            // a full page without its total needs the count, asked for next; a shorter one ends the list
            boolean needsCount = loaded.page().total() == CasePage.UNCOUNTED && all.size() == PAGE;
            total = needsCount ? CasePage.UNCOUNTED : Math.max(loaded.page().total(), offset + all.size());
            showTotal(typed);
            loading.set(false);
            after.run();
            if (total == CasePage.UNCOUNTED) {
                executor.execute(() -> cases.count(request), counted -> {
                    if (asked == requests) {
                        total = counted;
                        showTotal(typed);
                    }
                }, errors::report);
            }
        }, failure -> {
            if (asked == requests) {
                loading.set(false);
                status.set("");
            }
            errors.report(failure);
        });
    }

    private record Loaded(CasePage page, int withheld) {
    }

    /** Paging and the status line for {@link #total}, which may still be being counted. */
    private void showTotal(String typed) {
        boolean counting = total == CasePage.UNCOUNTED;
        hasPrevious.set(offset > 0);
        hasNext.set(counting || offset + all.size() < total);
        paged.set(counting || total > PAGE);
        String count = counting ? messages.format("cases.countPagedCounting", offset + 1, offset + all.size())
                : total > all.size() ? messages.format("cases.countPaged", offset + 1, offset + all.size(), total)
                : typed.isBlank() ? messages.format(includeClosed.get() ? "cases.count" : "cases.countOpen", total)
                : messages.format("cases.countFiltered", total);
        status.set(withheld == 0 ? count : count + " " + messages.format("cases.withheld", withheld));
    }

    /** What an empty list means: nothing matches what is typed in Find, nothing yet, or nothing shared with this role yet. */
    public javafx.beans.binding.StringBinding emptyText() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> filter.get() != null && !filter.get().isBlank()
                ? messages.get("cases.emptyFiltered")
                : messages.get(seesAllCases ? "cases.empty" : "cases.emptyForRole"), filter);
    }

    /** What opening a case (Enter or double-click) does; set by the composition root. */
    public void setOnOpen(java.util.function.Consumer<CaseSummary> onOpen) {
        this.onOpen = onOpen;
    }

    /** What "Possible duplicates…" does (coordinators); without it the button is not shown. */
    public void setOnDuplicates(Runnable onDuplicates) {
        this.onDuplicates = onDuplicates;
    }

    public boolean offersDuplicates() {
        return onDuplicates != null;
    }

    public void openDuplicates() {
        if (onDuplicates != null) {
            onDuplicates.run();
        }
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

    /** Whether there are more matching cases than one page holds (then only the database's orders apply). */
    public BooleanProperty pagedProperty() {
        return paged;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }

    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
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
