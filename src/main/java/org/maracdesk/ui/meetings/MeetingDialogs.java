package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.meetings.MeetingCorrectionService.MeetingEdit;
import org.maracdesk.casework.meetings.MeetingHeader;
import org.maracdesk.casework.meetings.TimeSlot;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * The dialogs that ask before a meeting or its agenda is corrected: a reason; a later meeting and a reason;
 * a case reference and a reason; the meeting's fields. The confirm button stays disabled until what is needed
 * is given; fields that do not parse are named in the dialog, which stays open.
 */
final class MeetingDialogs {
    private final Messages messages;

    MeetingDialogs(Messages messages) {
        this.messages = messages;
    }

    /** A later meeting and the reason a case is deferred to it. */
    record Deferral(MeetingHeader to, String reason) {
    }

    /** A case reference and the reason it is listed by hand. */
    record Addition(String reference, String reason) {
    }

    /** Asks for a reason; {@code key} names the texts ({@code key.title}, {@code .header}, {@code .hint}, {@code .confirm}). */
    Optional<String> reason(Window owner, String key, Object... headerArgs) {
        TextField reason = reasonArea(key);
        Dialog<String> d = dialog(owner, key, headerArgs);
        ButtonType ok = confirm(d, key);
        d.getDialogPane().setContent(new VBox(6, hint(key), labelled(messages.get("meeting.dialog.reason"), reason)));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(reason.textProperty().isEmpty());
        d.setResultConverter(b -> b == ok ? reason.getText() : null);
        DialogFocus.startOn(d, reason);
        return d.showAndWait().filter(r -> !r.isBlank());
    }

    Optional<Deferral> defer(Window owner, String caseReference, List<MeetingHeader> later) {
        String key = "agenda.deferDialog";
        ComboBox<MeetingHeader> to = new ComboBox<>();
        to.getItems().setAll(later);
        to.setConverter(DisplayConverter.of((MeetingHeader m) -> messages.format("meeting.option",
                Labels.date(m.date()), m.district(), messages.get("meeting.state.open"))));
        to.setAccessibleText(messages.get("agenda.deferDialog.to"));
        to.setPrefWidth(360);
        TextField reason = reasonArea(key);
        Dialog<Deferral> d = dialog(owner, key, caseReference);
        ButtonType ok = confirm(d, key);
        d.getDialogPane().setContent(new VBox(6, hint(key), labelled(messages.get("agenda.deferDialog.to"), to),
                labelled(messages.get("meeting.dialog.reason"), reason)));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(to.valueProperty().isNull()
                .or(reason.textProperty().isEmpty()));
        d.setResultConverter(b -> b == ok ? new Deferral(to.getValue(), reason.getText()) : null);
        DialogFocus.startOn(d, to);
        return d.showAndWait();
    }

    Optional<Addition> addCase(Window owner, MeetingHeader m) {
        String key = "agenda.addDialog";
        TextField reference = new TextField();
        reference.setAccessibleText(messages.get("agenda.addDialog.reference"));
        reference.setPromptText(messages.get("agenda.addDialog.referencePrompt"));
        TextField reason = reasonArea(key);
        Dialog<Addition> d = dialog(owner, key, Labels.date(m.date()));
        ButtonType ok = confirm(d, key);
        d.getDialogPane().setContent(new VBox(6, hint(key),
                labelled(messages.get("agenda.addDialog.reference"), reference),
                labelled(messages.get("meeting.dialog.reason"), reason)));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(reference.textProperty().isEmpty()
                .or(reason.textProperty().isEmpty()));
        d.setResultConverter(b -> b == ok ? new Addition(reference.getText(), reason.getText()) : null);
        DialogFocus.startOn(d, reference);
        return d.showAndWait();
    }

    /** The meeting's fields to correct, filled in; slots one a line as "District 09:30-11:00". */
    Optional<MeetingEdit> edit(Window owner, MeetingHeader m) {
        String key = "meeting.editDialog";
        TextField date = field(m.date().toString(), "meeting.setup.date");
        TextField venue = field(m.venue(), "meeting.setup.venue");
        CheckBox virtual = new CheckBox(messages.get("meeting.setup.virtual"));
        virtual.setSelected(m.virtual());
        virtual.setAccessibleText(messages.get("meeting.setup.virtual").replace("_", ""));
        TextField chair = field(m.chair(), "meeting.setup.chair");
        TextField cutOff = field(m.cutOff().toString(), "meeting.setup.cutOff");
        TextArea slots = new TextArea(String.join("\n", m.slots().stream().map(t -> t.district() + " "
                + t.startsAt() + "-" + t.endsAt()).toList()));
        slots.setPrefRowCount(4);
        slots.setAccessibleText(messages.get("meeting.editDialog.slots"));
        TextField reason = reasonArea(key);
        Label problems = new Label();
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        row(grid, 0, "meeting.setup.date", date);
        row(grid, 1, "meeting.setup.venue", venue);
        grid.add(virtual, 1, 2);
        row(grid, 3, "meeting.setup.chair", chair);
        row(grid, 4, "meeting.setup.cutOff", cutOff);
        row(grid, 5, "meeting.editDialog.slots", slots);
        row(grid, 6, "meeting.editDialog.reason", reason);
        Dialog<MeetingEdit> d = dialog(owner, key, Labels.date(m.date()), m.district());
        ButtonType ok = confirm(d, key);
        d.getDialogPane().setContent(new VBox(8, hint(key), grid, problems));
        List<MeetingEdit> parsed = new ArrayList<>(1);
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            parsed.clear();
            List<String> wrong = new ArrayList<>();
            LocalDate day = date(date.getText(), "meeting.setup.date", wrong);
            LocalDate cut = date(cutOff.getText(), "meeting.setup.cutOff", wrong);
            List<TimeSlot> times = slots(slots.getText(), wrong);
            if (wrong.isEmpty()) {
                parsed.add(new MeetingEdit(day, venue.getText(), virtual.isSelected(), chair.getText(), cut, times,
                        reason.getText()));
            } else {
                problems.setText(String.join("\n", wrong));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok && !parsed.isEmpty() ? parsed.get(0) : null);
        DialogFocus.startOn(d, date);
        return d.showAndWait();
    }

    private LocalDate date(String text, String label, List<String> wrong) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            wrong.add(messages.format("meeting.editDialog.badDate", plain(label)));
            return null;
        }
    }

    private List<TimeSlot> slots(String text, List<String> wrong) {
        List<TimeSlot> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            int space = t.lastIndexOf(' ');
            String[] times = space < 0 ? new String[0] : t.substring(space + 1).split("-");
            try {
                if (space < 1 || times.length != 2) {
                    throw new DateTimeParseException("slot", t, 0);
                }
                out.add(new TimeSlot(t.substring(0, space).strip(), LocalTime.parse(times[0]),
                        LocalTime.parse(times[1])));
            } catch (DateTimeParseException e) {
                wrong.add(messages.format("meeting.editDialog.badSlot", n));
            }
        }
        return out;
    }

    private TextField field(String value, String label) {
        TextField f = new TextField(value == null ? "" : value);
        f.setPrefColumnCount(24);
        f.setAccessibleText(plain(label));
        return f;
    }

    private void row(GridPane grid, int row, String label, Control field) {
        Label l = new Label(messages.get(label));
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    private String plain(String key) {
        return messages.get(key).replace("_", "");
    }

    /** One line, so that Return confirms the dialog as soon as the reason is typed. */
    private TextField reasonArea(String key) {
        TextField reason = new TextField();
        reason.setPrefColumnCount(40);
        reason.setAccessibleText(messages.get("meeting.dialog.reason"));
        reason.getStyleClass().add("reason-field");
        return reason;
    }

    private Node labelled(String text, Control control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key + ".hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("muted");
        return hint;
    }

    private <T> Dialog<T> dialog(Window owner, String key, Object... headerArgs) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get(key + ".title"));
        d.setHeaderText(messages.format(key + ".header", headerArgs));
        d.setResizable(true);
        return d;
    }

    private ButtonType confirm(Dialog<?> d, String key) {
        ButtonType ok = new ButtonType(messages.get(key + ".confirm"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return ok;
    }
}
