package org.maracdesk.ui.meetings;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.meetings.ResearchField;
import org.maracdesk.casework.meetings.ResearchItem;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** An agency representative's research requests: each field saved as typed, then submitted. */
public final class ResearchEntryViewModel {
    private final ResearchService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final LiveSaver saver;
    private final ObservableList<ResearchItem> requests = FXCollections.observableArrayList();
    private final ObjectProperty<ResearchItem> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty agencyName = new SimpleStringProperty("");
    private boolean applying;
    private final java.util.Map<Long, String> onRollTyped = new java.util.HashMap<>();
    private final org.maracdesk.ui.common.DisclosureChoice disclosure;

    public ResearchEntryViewModel(ResearchService service, TaskExecutor executor, ErrorHandler errors,
                                  Messages messages) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.saver = new LiveSaver(executor, errors);
        this.disclosure = new org.maracdesk.ui.common.DisclosureChoice(messages);
        saver.unsavedProperty().addListener((o, a, n) -> status.set(messages.get(n.intValue() > 0
                ? "research.saving" : "research.saved")));
    }

    public void load(Long keep) {
        if (agencyName.get().isEmpty()) {
            executor.execute(service::myAgencyName, agencyName::set, errors::report);
            disclosure.load(executor, service::lawfulBases, errors);
        }
        executor.execute(() -> new Loaded(service.myRequests(), service.withheldRequestCount()), loaded -> {
            List<ResearchItem> list = loaded.items();
            requests.setAll(list);
            selected.set(list.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            String count = messages.format("research.count", list.size(),
                    list.stream().filter(ResearchItem::submitted).count());
            status.set(loaded.withheld() == 0 ? count
                    : count + " " + messages.format("research.withheld", loaded.withheld()));
        }, errors::report);
    }

    /**
     * Reloads after another desk's change on a shared server (decisions 0050, 0051): the same request stays chosen
     * (by id) and the view keeps what was typed; then {@code after} runs, for the view to put its selection back.
     */
    public void refresh(Runnable after) {
        ResearchItem was = selected.get();
        executor.execute(() -> new Loaded(service.myRequests(), service.withheldRequestCount()), loaded -> {
            List<ResearchItem> list = loaded.items();
            applying = true;
            try {
                requests.setAll(list);
                selected.set(list.stream().filter(r -> was != null && r.id() == was.id()).findFirst()
                        .orElse(was == null && !list.isEmpty() ? list.get(0) : null));
            } finally {
                applying = false;
            }
            if (saver.unsavedProperty().get() == 0) {
                String count = messages.format("research.count", list.size(),
                        list.stream().filter(ResearchItem::submitted).count());
                status.set(loaded.withheld() == 0 ? count
                        : count + " " + messages.format("research.withheld", loaded.withheld()));
            }
            after.run();
        }, errors::report);
    }

    /** True while a reload puts fresh rows in: the list's own selection changes then are not the user's. */
    public boolean applying() {
        return applying;
    }

    private record Loaded(List<ResearchItem> items, int withheld) {
    }

    public void save(ResearchField field, String text) {
        ResearchItem r = selected.get();
        if (r == null || r.submitted()) {
            return;
        }
        long id = r.id();
        if (field == ResearchField.REVIEW_ON_ROLL) {
            onRollTyped.put(id, text);
        }
        saver.save(id + ":" + field, text, v -> service.save(id, field, v));
    }

    /** Whether the chosen request can be submitted now (chosen, not submitted, everything typed saved). */
    public boolean readyToSubmit() {
        ResearchItem r = selected.get();
        if (r == null || r.submitted()) {
            return false;
        }
        if (saver.unsavedProperty().get() > 0) {
            status.set(messages.get("research.saving"));
            return false;
        }
        String onRoll = onRollTyped.containsKey(r.id()) ? onRollTyped.get(r.id())
                : r.onRoll() == null ? null : r.onRoll().name();
        if (r.review() && onRoll == null) {
            status.set(messages.get("research.review.onRollMissing"));
            return false;
        }
        return true;
    }

    /** Submits the chosen request under the lawful basis and consent of {@link #disclosure()}. */
    public void submit() {
        if (!readyToSubmit() || disclosure.problem() != null) {
            return;
        }
        long id = selected.get().id();
        org.maracdesk.casework.disclosure.Disclosure d = disclosure.disclosure();
        executor.execute(() -> {
            service.submit(id, d);
            return null;
        }, done -> load(id), e -> {
            if (e instanceof IllegalArgumentException) {
                status.set(messages.format("export.error.input", e.getMessage()));
            } else {
                errors.report(e);
            }
        });
    }

    /** The lawful basis and consent the submit step asks for (decision 0048); kept for the next submission. */
    public org.maracdesk.ui.common.DisclosureChoice disclosure() {
        return disclosure;
    }

    public ObservableList<ResearchItem> requests() {
        return requests;
    }

    public ObjectProperty<ResearchItem> selectedProperty() {
        return selected;
    }

    /** The representative's agency by name, once loaded. */
    public StringProperty agencyNameProperty() {
        return agencyName;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
