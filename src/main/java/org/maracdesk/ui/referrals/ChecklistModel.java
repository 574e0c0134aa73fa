package org.maracdesk.ui.referrals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.Item;
import org.maracdesk.risk.ItemAnswer;

/**
 * The checklist inside the referral: the chosen instrument and one row per item (answer, source
 * if not the victim, comment). Every item starts as not asked, which is never counted as no.
 */
public final class ChecklistModel {
    private final InstrumentRegistry instruments;
    private final ObservableList<Instrument> inUse;
    private final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** The police officer's grading of a checklist graded by officer judgement (DASH-27); null when not given. */
    private final ObjectProperty<String> grading = new SimpleObjectProperty<>();
    private final Runnable changed;
    private final InvalidationListener onRowChange;

    /** One item and its answer. */
    public static final class Row {
        private final Item item;
        private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(Answer.NOT_ASKED);
        private final StringProperty source = new SimpleStringProperty("");
        private final StringProperty comment = new SimpleStringProperty("");

        Row(Item item) {
            this.item = item;
        }

        public Item item() {
            return item;
        }

        public ObjectProperty<Answer> answerProperty() {
            return answer;
        }

        public StringProperty sourceProperty() {
            return source;
        }

        public StringProperty commentProperty() {
            return comment;
        }

        ItemAnswer toAnswer() {
            return new ItemAnswer(answer.get(), Forms.text(source), Forms.text(comment), List.of());
        }

        boolean recorded() {
            return answer.get() != Answer.NOT_ASKED || !Forms.allBlank(source.get(), comment.get());
        }
    }

    ChecklistModel(InstrumentRegistry instruments, Runnable changed) {
        this.instruments = instruments;
        this.inUse = FXCollections.observableArrayList(instruments.all());
        this.changed = changed;
        this.onRowChange = o -> changed.run();
        instrument.addListener((o, old, now) -> rebuild(old, now));
        grading.addListener(o -> changed.run());
        instrument.set(instruments.get(InstrumentRegistry.DEFAULT_ID));
    }

    /** Changing the instrument keeps the answers of items with the same id. */
    private void rebuild(Instrument old, Instrument now) {
        Map<String, ItemAnswer> kept = old == null ? Map.of() : sheet().answers();
        rows.setAll(now.items().stream().map(Row::new).toList());
        load(kept);
        for (Row r : rows) {
            r.answer.addListener(onRowChange);
        }
        changed.run();
    }

    private void load(Map<String, ItemAnswer> answers) {
        for (Row r : rows) {
            ItemAnswer a = answers.get(r.item.id());
            if (a != null && r.item.answerType().allows(a.value())) {
                r.answer.set(a.value());
                r.source.set(Forms.show(a.source()));
                r.comment.set(Forms.show(a.comment()));
            }
        }
    }

    void load(AnswerSheet sheet) {
        instrument.set(instruments.find(sheet.instrumentId()).orElse(instruments.get(InstrumentRegistry.DEFAULT_ID)));
        rows.forEach(r -> {
            r.answer.set(Answer.NOT_ASKED);
            r.source.set("");
            r.comment.set("");
        });
        load(sheet.answers());
        grading.set(sheet.officerGrading());
    }

    /** Items still not asked are left out, which the engine reads as not asked. */
    public AnswerSheet sheet() {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.recorded()) {
                answers.put(r.item.id(), r.toAnswer());
            }
        }
        return new AnswerSheet(instrument.get().id(), answers,
                instrument.get().gradedByOfficer() ? grading.get() : null);
    }

    /** The officer's grading ({@link AnswerSheet#GRADINGS}, or null), asked only for DASH-27. */
    public ObjectProperty<String> gradingProperty() {
        return grading;
    }

    /** The instruments this MARAC uses (every one until the local settings are loaded). */
    public ObservableList<Instrument> instruments() {
        return inUse;
    }

    /**
     * Offers only these instruments (the local settings' instruments in use); a form whose
     * instrument is not among them keeps it, so a draft typed earlier still opens as it was.
     */
    void useOnly(List<Instrument> use) {
        if (use.isEmpty()) {
            return;
        }
        List<Instrument> shown = new java.util.ArrayList<>(use);
        Instrument current = instrument.get();
        if (current != null && shown.stream().noneMatch(i -> i.id().equals(current.id()))) {
            if (sheet().answers().isEmpty()) {
                instrument.set(shown.get(0));
            } else {
                shown.add(current);
            }
        }
        // Changed in place, never replaced: replacing a combo box's items clears its value (the chosen instrument).
        inUse.removeIf(i -> !shown.contains(i));
        shown.stream().filter(i -> !inUse.contains(i)).forEach(inUse::add);
    }

    public ObjectProperty<Instrument> instrumentProperty() {
        return instrument;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The row of this item id, or null. */
    public Row row(String itemId) {
        return rows.stream().filter(r -> r.item.id().equals(itemId)).findFirst().orElse(null);
    }
}
