package org.maracdesk.ui.meetings;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.meetings.CrimeLine;
import org.maracdesk.casework.meetings.CrimeService;
import org.maracdesk.ui.common.DisplayConverter;
import org.maracdesk.ui.common.Messages;

/**
 * The police screen of crimes disclosed at MARAC (decision 0041): Alt+M chooses the meeting, the table lists its
 * crimes (arrows move), Alt+R goes to the police reference of the chosen crime and Return (or Alt+V) saves it.
 */
public final class PoliceCrimesView {
    private final PoliceCrimesViewModel vm;
    private final Messages messages;

    public PoliceCrimesView(PoliceCrimesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        Label title = new Label(messages.get("police.crimes.title"));
        title.getStyleClass().add("title");
        Label hint = wrap(messages.get("police.crimes.hint"));
        hint.getStyleClass().add("muted");
        ComboBox<CrimeService.MeetingCrimes> meetingBox = new ComboBox<>(vm.meetings());
        meetingBox.setId("policeMeetingBox");
        meetingBox.setConverter(DisplayConverter.of((CrimeService.MeetingCrimes m) -> messages.format(
                "police.crimes.meeting", Labels.date(m.date()), m.district() == null ? "" : m.district(), m.crimes(),
                m.toRecord())));
        meetingBox.valueProperty().bindBidirectional(vm.meetingProperty());
        meetingBox.setPrefWidth(520);
        Label meetingLabel = mnemonic("police.crimes.meetingLabel", meetingBox);
        meetingBox.setAccessibleText(messages.get("police.crimes.meetingLabel").replace("_", ""));
        TableView<CrimeLine> table = table();
        TextField reference = new TextField();
        reference.setId("policeReferenceField");
        reference.textProperty().bindBidirectional(vm.referenceProperty());
        reference.setPromptText(messages.get("meeting.crime.referencePrompt"));
        reference.setAccessibleText(messages.get("police.crimes.referenceLabel").replace("_", ""));
        reference.disableProperty().bind(vm.crimeProperty().isNull());
        reference.setOnAction(e -> vm.save());
        Label referenceLabel = mnemonic("police.crimes.referenceLabel", reference);
        Button save = new Button(messages.get("police.crimes.save"));
        save.setMnemonicParsing(true);
        save.setAccessibleText(messages.get("police.crimes.saveAccessible"));
        save.disableProperty().bind(vm.crimeProperty().isNull().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.setAccessibleText(messages.get("police.crimes.working"));
        progress.visibleProperty().bind(vm.busyProperty());
        HBox.setHgrow(reference, Priority.ALWAYS);
        Label message = wrap("");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-text");
        Label chosen = wrap("");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.crimeProperty().get()
                == null ? messages.get("police.crimes.none") : messages.format("police.crimes.chosen",
                vm.crimeProperty().get().caseReference(), vm.crimeProperty().get().description()), vm.crimeProperty()));
        HBox meetingRow = new HBox(8, meetingLabel, meetingBox);
        HBox referenceRow = new HBox(8, referenceLabel, reference, save, progress);
        meetingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        referenceRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox page = new VBox(10, title, hint, meetingRow, table, chosen, referenceRow, message);
        page.getStyleClass().add("page");
        VBox.setVgrow(table, Priority.ALWAYS);
        vm.load();
        Platform.runLater(meetingBox::requestFocus);
        return page;
    }

    private TableView<CrimeLine> table() {
        TableView<CrimeLine> table = new TableView<>(vm.crimes());
        table.setId("policeCrimesTable");
        table.setAccessibleText(messages.get("police.crimes.table"));
        table.setPlaceholder(wrap(messages.get("police.crimes.empty")));
        table.getColumns().add(column("police.crimes.col.case", CrimeLine::caseReference, 100));
        table.getColumns().add(column("police.crimes.col.what", CrimeLine::description, 260));
        table.getColumns().add(column("police.crimes.col.when", this::when, 130));
        table.getColumns().add(column("police.crimes.col.against", this::against, 180));
        table.getColumns().add(column("police.crimes.col.toldBy", k -> k.disclosedBy() == null
                ? messages.get("meeting.crime.notRecorded") : k.disclosedBy(), 100));
        table.getColumns().add(column("police.crimes.col.reference", k -> k.policeReference() == null
                ? messages.get("meeting.crime.noReference") : k.policeReference(), 150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CrimeLine k, boolean empty) {
                super.updateItem(k, empty);
                setAccessibleText(empty || k == null ? null : messages.format("police.crimes.row", k.caseReference(),
                        k.description(), when(k), against(k), k.policeReference() == null
                                ? messages.get("meeting.crime.noReference") : k.policeReference()));
            }
        });
        vm.crimeProperty().addListener((o, a, k) -> {
            if (k != null && table.getSelectionModel().getSelectedItem() != k) {
                table.getSelectionModel().select(k);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, k) -> {
            if (k != null) {
                vm.crimeProperty().set(k);
            }
        });
        return table;
    }

    private String when(CrimeLine k) {
        if (k.occurredOn() == null) {
            return k.occurredNote() == null ? messages.get("meeting.crime.whenUnknown") : k.occurredNote();
        }
        return Labels.date(k.occurredOn()) + (k.occurredNote() == null ? "" : " (" + k.occurredNote() + ")");
    }

    private String against(CrimeLine k) {
        if (k.against() == null) {
            return messages.get("meeting.crime.notRecorded");
        }
        String who = switch (k.against()) {
            case VICTIM -> messages.get("meeting.crime.against.victim");
            case CHILD -> messages.get("meeting.crime.against.child");
            case OTHER -> messages.get("meeting.crime.against.other");
        };
        return who + (k.personName() == null ? "" : ": " + k.personName());
    }

    private TableColumn<CrimeLine, String> column(String key, Function<CrimeLine, String> value, double width) {
        TableColumn<CrimeLine, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Label mnemonic(String key, javafx.scene.Node target) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
