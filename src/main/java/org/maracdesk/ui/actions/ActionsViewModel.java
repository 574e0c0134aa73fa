package org.maracdesk.ui.actions;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.actions.ActionEdit;
import org.maracdesk.casework.actions.EditableAction;
import org.maracdesk.casework.actions.ActionHistoryEntry;
import org.maracdesk.casework.actions.ActionPage;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The Actions area: one of the lists (open, overdue by agency, due for review at the next
 * meeting), open vs overdue by agency, the chosen action's history, and a status update. Each list is
 * counted and paged by the database, {@value #PAGE} actions a page, with previous and next page.
 */
public final class ActionsViewModel {
    private final ActionTrackingService actions;
    private final ActionsAccess access;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AgencyActionCount> counts = FXCollections.observableArrayList();
    private final ObservableList<ActionHistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<ChangeHistory.Line> changes = FXCollections.observableArrayList();
    private final ActionCorrectionService corrections;
    private final ObjectProperty<ActionsList> list = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionRow> selected = new SimpleObjectProperty<>();
    /** The type the list is narrowed to; null for every type. */
    private final ObjectProperty<org.maracdesk.casework.actions.ActionTypeView> typeFilter =
            new SimpleObjectProperty<>();
    private final ObservableList<org.maracdesk.casework.actions.ActionTypeView> types =
            FXCollections.observableArrayList();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.DONE);
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final int pageSize;
    private int offset;
    /** Another desk changed actions while a load or save was running: read the page again after it. */
    private boolean refreshPending;
    /** After a live refresh, the id of the action to choose again in the list (the view does); else null. */
    private final ObjectProperty<Long> reselect = new SimpleObjectProperty<>();
    /** After an update lost the race: Reload or Re-apply (decision 0051); what to do once the list is read again. */
    private final ActionsLostRace race = new ActionsLostRace();
    private Runnable afterLoad = () -> { };

    /** Actions on one page of a list. */
    public static final int PAGE = 500;

    public ActionsViewModel(ActionTrackingService actions, ActionsAccess access, TaskExecutor executor,
                            ErrorHandler errors, Messages messages) {
        this(actions, access, executor, errors, messages, PAGE);
    }

    /** As the public constructor, with smaller pages (tests on small vaults). */
    ActionsViewModel(ActionTrackingService actions, ActionsAccess access, TaskExecutor executor,
                     ErrorHandler errors, Messages messages, int pageSize) {
        this(actions, access, executor, errors, messages, pageSize, null);
    }

    /** @param corrections editing and removing agreed actions; null when the role may not */
    public ActionsViewModel(ActionTrackingService actions, ActionsAccess access, TaskExecutor executor,
                            ErrorHandler errors, Messages messages, int pageSize, ActionCorrectionService corrections) {
        this.corrections = corrections;
        this.pageSize = pageSize;
        this.actions = actions;
        this.access = access;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        list.set(access.lists().isEmpty() ? null : access.lists().get(0));
        list.addListener((o, a, b) -> load());
        typeFilter.addListener((o, a, b) -> load());
        selected.addListener((o, a, b) -> loadHistory(b));
    }

    public ActionsAccess access() {
        return access;
    }

    /** Reads the first page of the chosen list (and the counts per agency) in the background. */
    public void load() {
        race.choice().clear();
        offset = 0;
        load(null);
    }

    /** The next page of the list, when there is one. */
    public void nextPage() {
        if (hasNext.get()) {
            offset += pageSize;
            load(null);
        }
    }

    /** The previous page of the list, when there is one. */
    public void previousPage() {
        if (hasPrevious.get()) {
            offset = Math.max(0, offset - pageSize);
            load(null);
        }
    }

    /**
     * Another desk changed actions on the shared server (decision 0038): the page shown is read again where it
     * is, the chosen action chosen again; a load or save in flight finishes first. What is typed is kept.
     */
    public void refresh() {
        if (busy.get()) {
            refreshPending = true;
            return;
        }
        load(null, selected.get() == null ? null : selected.get().id());
    }

    /** The action to choose again once the refreshed page is in; null when none. */
    public ObjectProperty<Long> reselectProperty() {
        return reselect;
    }

    /** @param then what to say once loaded instead of the counts (after an update), or null */
    private void load(String then) {
        load(then, null);
    }

    /** Reads the list again choosing {@code keep}, then runs {@code after} (a lost race's Reload or Re-apply). */
    private void load(String then, Long keep, Runnable after) {
        afterLoad = after;
        load(then, keep);
    }

    /** @param keep the action to choose again once loaded (a live refresh), or null */
    private void load(String then, Long keep) {
        ActionsList which = list.get();
        if (which == null) {
            return;
        }
        busy.set(true);
        ActionPage.Request request = new ActionPage.Request(which.kind(), offset, pageSize,
                typeFilter.get() == null ? null : typeFilter.get().code());
        boolean needTypes = types.isEmpty();
        executor.execute(() -> new Loaded(actions.page(request), access.canUpdate() ? actions.overdueByAgency()
                        : List.of(), needTypes ? actions.types() : List.of()), loaded -> {
                    ActionPage page = loaded.page();
                    if (!loaded.types().isEmpty()) {
                        types.setAll(loaded.types());
                    }
                    rows.setAll(page.rows());
                    counts.setAll(loaded.counts());
                    hasPrevious.set(page.offset() > 0);
                    hasNext.set(page.offset() + page.rows().size() < page.total());
                    message.set(then != null ? then : status(page));
                    busy.set(false);
                    if (keep != null) {
                        reselect.set(keep);
                        reselect.set(null);
                    }
                    Runnable after = afterLoad;
                    afterLoad = () -> { };
                    after.run();
                    if (refreshPending) {
                        refreshPending = false;
                        refresh();
                    }
                }, this::failed);
    }

    private String status(ActionPage page) {
        return ActionLabels.pageStatus(messages, page);
    }

    private record Loaded(ActionPage page, List<AgencyActionCount> counts,
                          List<org.maracdesk.casework.actions.ActionTypeView> types) {
    }

    private void loadHistory(ActionRow row) {
        history.clear();
        changes.clear();
        if (row == null) {
            return;
        }
        status.set(ActionsLostRace.shownStatus(row));
        completedOn.set(ActionsLostRace.shownDate(row, actions.today()));
        executor.execute(() -> actions.history(row.id()), entries -> {
            if (row.equals(selected.get())) {
                history.setAll(entries);
            }
        }, this::failed);
        if (corrections != null) {
            executor.execute(() -> corrections.changes(row.id()), lines -> {
                if (row.equals(selected.get())) {
                    changes.setAll(lines);
                }
            }, this::failed);
        }
    }

    /** True when the chosen action can be edited or removed here (coordinator). */
    public boolean canCorrect() {
        return corrections != null;
    }

    /** Reads the chosen action and the agency list for the edit and remove dialogs, then hands them on. */
    public void forEdit(java.util.function.BiConsumer<EditableAction, java.util.Map<String, String>> then) {
        ActionRow row = selected.get();
        if (row == null || corrections == null) {
            message.set(messages.get("actions.update.chooseFirst"));
            return;
        }
        executor.execute(() -> new ForEdit(corrections.forEdit(row.id()), corrections.agencies()),
                f -> then.accept(f.action(), f.agencies()), this::failed);
    }

    private record ForEdit(EditableAction action, java.util.Map<String, String> agencies) {
    }

    /** Saves a corrected action and reloads the list, the action still chosen so its new values show. */
    public void edit(ActionEdit edit) {
        busy.set(true);
        executor.execute(() -> corrections.edit(edit), updated -> {
            busy.set(false);
            load(messages.format("actions.edit.saved", updated.caseReference()), updated.id());
        }, this::failed);
    }

    /** Removes an action agreed by mistake, with the reason, and reloads the list. */
    public void remove(EditableAction editable, String reason) {
        busy.set(true);
        executor.execute(() -> {
            corrections.remove(editable.action().id(), editable.action().version(), reason);
            return null;
        }, done -> {
            busy.set(false);
            load(messages.format("actions.remove.done", editable.action().caseReference()));
        }, this::failed);
    }

    public ObservableList<ChangeHistory.Line> changes() {
        return changes;
    }

    public void save() {
        ActionRow row = selected.get();
        String problem = problem(row);
        if (problem != null) {
            message.set(problem);
            return;
        }
        ActionChange change = new ActionChange(row.id(), row.version(), status.get(), completedOn.get(), note.get());
        ActionsLostRace.Mine mine = new ActionsLostRace.Mine(row.id(), ActionsLostRace.shownStatus(row),
                ActionsLostRace.shownDate(row, actions.today()), status.get(), completedOn.get(), note.get());
        busy.set(true);
        executor.execute(() -> actions.update(change), updated -> {
            busy.set(false);
            note.set("");
            load(messages.format("actions.update.saved", updated.caseReference(),
                    messages.get(ActionLabels.stateKey(updated.status()))));
        }, e -> lost(e, mine));
    }

    /** A lost race keeps the form as typed and offers Reload or Re-apply (decision 0051); else as any failure. */
    private void lost(Throwable e, ActionsLostRace.Mine mine) {
        if (!(e instanceof org.maracdesk.common.ConcurrentChangeException)) {
            failed(e);
            return;
        }
        busy.set(false);
        message.set("");
        race.offer(messages, e, () -> load(null, mine.actionId(), () -> note.set("")), () -> load(null,
                mine.actionId(), () -> message.set(ActionsLostRace.putBack(mine, selected.get(), this, messages))));
    }

    /** Reload or Re-apply, offered after an update lost the race. */
    public org.maracdesk.ui.common.LostRaceChoice race() {
        return race.choice();
    }

    /** What is wrong with the update as entered, in the user's words; null when it can be saved. */
    String problem(ActionRow row) {
        if (row == null) {
            return messages.get("actions.update.chooseFirst");
        }
        ActionStatus s = status.get();
        if (s == null) {
            return messages.get("actions.update.needStatus");
        }
        if (s == ActionStatus.DONE && completedOn.get() == null) {
            return messages.get("actions.update.needDate");
        }
        if (completedOn.get() != null && completedOn.get().isAfter(actions.today())) {
            return messages.get("actions.update.futureDate");
        }
        boolean needsReason = s == ActionStatus.NOT_POSSIBLE || s == ActionStatus.NOT_DONE;
        if (needsReason && (note.get() == null || note.get().isBlank())) {
            return messages.get("actions.update.needNote");
        }
        return null;
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof NotPermittedException) {
            message.set(messages.get("actions.update.notPermitted"));
        } else if (e instanceof IllegalStateException) {
            // An edit or removal lost the race: who and when where known; the list is read again, the note kept.
            load(org.maracdesk.ui.common.LostRace.explain(messages, e, "lostrace.record.action",
                    "actions.update.conflict", java.time.ZoneId.systemDefault()));
        } else {
            errors.report(e);
        }
    }

    public boolean isOverdue(ActionRow row) {
        return row.overdueOn(actions.today());
    }

    /** The MARAC's action types (read with the first page): the filter's choices and the edit dialog's. */
    public ObservableList<org.maracdesk.casework.actions.ActionTypeView> types() {
        return types;
    }

    /** The type the list shows (null: every type); changing it reloads the list from its first page. */
    public ObjectProperty<org.maracdesk.casework.actions.ActionTypeView> typeFilterProperty() {
        return typeFilter;
    }

    public ObservableList<ActionRow> rows() {
        return rows;
    }

    public ObservableList<AgencyActionCount> counts() {
        return counts;
    }

    public ObservableList<ActionHistoryEntry> history() {
        return history;
    }

    public ObjectProperty<ActionsList> listProperty() {
        return list;
    }

    public ObjectProperty<ActionRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> completedOnProperty() {
        return completedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when the list has a page before the one shown. */
    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    /** True when the list has a page after the one shown. */
    public BooleanProperty hasNextProperty() {
        return hasNext;
    }
}
