package org.maracdesk.ui.referrals;

import org.maracdesk.ui.common.DisplayConverter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.Instrument;
import org.maracdesk.ui.common.Messages;

/**
 * The checklist inside the referral: the instrument (DASH RIC 24 unless changed) and one row per
 * item with yes / no / don't know / not asked, and who said so and a comment. Tab moves from
 * row to row; the arrow keys move between the answers of a row.
 */
final class ChecklistPane {
    private final Messages messages;
    private final ReferralText text;
    private final ChecklistModel model;
    private final GridPane grid = new GridPane();

    ChecklistPane(Messages messages, ReferralText text, ChecklistModel model) {
        this.messages = messages;
        this.text = text;
        this.model = model;
    }

    /**
     * The officer's grading, shown for a checklist graded by officer judgement (DASH-27): police grade it
     * standard, medium or high, and that grading is the result; the ticks are information.
     */
    private HBox grading() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("officerGrading");
        box.getItems().setAll(org.maracdesk.risk.AnswerSheet.GRADINGS);
        box.setConverter(DisplayConverter.of((String g) -> switch (g) {
            case "high" -> messages.get("band.high");
            case "medium" -> messages.get("band.medium");
            default -> messages.get("band.standard");
        }));
        box.valueProperty().bindBidirectional(model.gradingProperty());
        Label label = new Label(messages.get("referral.checklist.grading"));
        label.setLabelFor(box);
        box.setAccessibleText(messages.get("referral.checklist.grading"));
        Label hint = new Label(messages.get("referral.checklist.grading.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox row = new HBox(10, label, box, hint);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Runnable show = () -> {
            boolean officer = model.instrumentProperty().get() != null
                    && model.instrumentProperty().get().gradedByOfficer();
            row.setVisible(officer);
            row.setManaged(officer);
        };
        model.instrumentProperty().addListener(o -> show.run());
        show.run();
        return row;
    }

    VBox build() {
        ComboBox<Instrument> chooser = new ComboBox<>();
        chooser.setId("instrumentChoice");
        chooser.setItems(model.instruments());
        chooser.setConverter(DisplayConverter.of((Instrument i) -> i.title()));
        chooser.valueProperty().bindBidirectional(model.instrumentProperty());
        Label chooserLabel = new Label(messages.get("referral.checklist.instrument"));
        chooserLabel.setLabelFor(chooser);
        chooser.setAccessibleText(messages.get("referral.checklist.instrument"));
        HBox top = new HBox(10, chooserLabel, chooser);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("referral.checklist.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        grid.getStyleClass().add("checklist");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints answers = new ColumnConstraints();
        answers.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints source = new ColumnConstraints(90, 130, 200);
        ColumnConstraints comment = new ColumnConstraints(100, 200, Double.MAX_VALUE);
        comment.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(answers, source, comment);
        model.rows().addListener((ListChangeListener<ChecklistModel.Row>) c -> rows());
        rows();
        VBox box = new VBox(10, top, grading(), hint, grid);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private void rows() {
        grid.getChildren().clear();
        grid.add(header("referral.checklist.col.answer"), 0, 0);
        grid.add(header("referral.checklist.col.source"), 1, 0);
        grid.add(header("referral.checklist.col.comment"), 2, 0);
        int r = 1;
        for (ChecklistModel.Row row : model.rows()) {
            String number = row.item().id().toUpperCase(java.util.Locale.ROOT);
            Label prompt = new Label(number + "  " + row.item().text());
            prompt.setWrapText(true);
            prompt.setMaxWidth(Double.MAX_VALUE);
            if (row.item().serious()) {
                prompt.getStyleClass().add("serious-item");
                prompt.setText(prompt.getText() + "  " + messages.get("referral.checklist.serious"));
            }
            HBox choices = answers(row, number);
            TextField source = new TextField();
            source.setId("source-" + row.item().id());
            source.setPromptText(messages.get("referral.checklist.source.prompt"));
            source.setAccessibleText(messages.format("referral.checklist.sourceFor", number));
            source.textProperty().bindBidirectional(row.sourceProperty());
            TextField comment = new TextField();
            comment.setId("comment-" + row.item().id());
            comment.setAccessibleText(messages.format("referral.checklist.commentFor", number));
            comment.textProperty().bindBidirectional(row.commentProperty());
            prompt.getStyleClass().add("item-prompt");
            grid.add(prompt, 0, r, 3, 1);
            grid.addRow(r + 1, choices, source, comment);
            GridPane.setMargin(choices, new Insets(0, 0, 8, 16));
            r += 2;
        }
    }

    private HBox answers(ChecklistModel.Row row, String number) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(6);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Answer a : row.item().answerType().allowed()) {
            RadioButton b = new RadioButton(text.answer(a));
            b.setId(row.item().id() + "-" + a.jsonName());
            b.setUserData(a);
            b.setToggleGroup(group);
            b.setAccessibleText(messages.format("referral.checklist.answerFor", number, text.answer(a)));
            b.setSelected(row.answerProperty().get() == a);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                row.answerProperty().set((Answer) now.getUserData());
            }
        });
        row.answerProperty().addListener((o, old, now) -> group.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == now)));
        return box;
    }

    private Label header(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("column-heading");
        return l;
    }
}
