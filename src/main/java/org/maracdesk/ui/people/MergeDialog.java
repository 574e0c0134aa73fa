package org.maracdesk.ui.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.maracdesk.casework.people.MergeComparison;
import org.maracdesk.casework.people.MergeField;
import org.maracdesk.casework.people.MergeRequest;
import org.maracdesk.casework.people.MergeSide;
import org.maracdesk.ui.common.DialogFocus;
import org.maracdesk.ui.common.Messages;

/**
 * Two records of one person side by side: for each value the user chooses the kept record's (left, chosen
 * at first unless it is empty) or the other's (right); the cases and referrals of each, what must-not-receive
 * entries the merge adds, and the reason. Merge stays disabled until there is a reason, and when the two
 * cannot be merged (two roles on one case) it says so and stays disabled.
 */
public final class MergeDialog {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Messages messages;

    public MergeDialog(Messages messages) {
        this.messages = messages;
    }

    public Optional<MergeRequest> ask(Window owner, MergeComparison c) {
        return ask(owner, c, null, "");
    }

    /**
     * The same, with the sides chosen before ({@code fromOther}: the values taken from the other record; null for
     * the defaults) and the reason put back, after a merge lost the race (decision 0051).
     */
    public Optional<MergeRequest> ask(Window owner, MergeComparison c, Set<MergeField> chosen, String reasonTyped) {
        MergeSide kept = c.first();
        MergeSide other = c.second();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("merge-grid");
        grid.add(heading(messages.format("people.merge.kept", kept.personId())), 1, 0);
        grid.add(heading(messages.format("people.merge.other", other.personId())), 2, 0);
        Map<MergeField, ToggleGroup> choices = new EnumMap<>(MergeField.class);
        int row = 1;
        for (MergeField f : MergeField.values()) {
            choices.put(f, choice(grid, row++, f, value(f, kept), value(f, other)));
        }
        text(grid, row++, "people.merge.field.cases", String.join(", ", kept.cases()),
                String.join(", ", other.cases()));
        text(grid, row, "people.merge.field.referrals", String.valueOf(kept.referrals()),
                String.valueOf(other.referrals()));

        Label carried = wrapped(c.carried().isEmpty() ? messages.get("people.merge.carriedNone")
                : messages.get("people.merge.carried") + "\n" + c.carried().stream().map(l -> "• " + l)
                .collect(Collectors.joining("\n")));
        carried.setId("mergeCarried");
        Label refused = wrapped(c.refusal() == null ? "" : messages.get("people.merge.refused"));
        refused.getStyleClass().add("error-text");
        refused.setId("mergeRefused");
        if (chosen != null) {
            choices.forEach((f, g) -> g.selectToggle(g.getToggles().get(chosen.contains(f) ? 1 : 0)));
        }
        TextField reason = new TextField(reasonTyped == null ? "" : reasonTyped);
        reason.setId("mergeReason");
        Label reasonLabel = new Label(messages.get("people.merge.reason"));
        reasonLabel.setMnemonicParsing(true);
        reasonLabel.setLabelFor(reason);
        reason.setAccessibleText(reasonLabel.getText().replace("_", ""));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        scroll.setFocusTraversable(false);
        VBox content = new VBox(8, wrapped(messages.get("people.merge.header")), scroll, carried, refused,
                reasonLabel, reason);

        Dialog<MergeRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("people.merge.title"));
        dialog.setHeaderText(messages.format("people.merge.headerText", kept.name(), other.name()));
        ButtonType merge = new ButtonType(messages.get("people.merge.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(merge, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(760);
        dialog.setResizable(true);
        Node mergeButton = dialog.getDialogPane().lookupButton(merge);
        mergeButton.setId("mergeButton");
        mergeButton.disableProperty().bind(reason.textProperty().isEmpty().or(
                new javafx.beans.property.SimpleBooleanProperty(c.refusal() != null)));
        dialog.setResultConverter(b -> b != merge ? null : new MergeRequest(kept.personId(), kept.version(),
                other.personId(), other.version(), fromOther(choices), reason.getText()));
        DialogFocus.startOn(dialog, (RadioButton) choices.get(MergeField.GIVEN_NAME).getToggles().get(0));
        return dialog.showAndWait();
    }

    private static Set<MergeField> fromOther(Map<MergeField, ToggleGroup> choices) {
        Set<MergeField> out = EnumSet.noneOf(MergeField.class);
        choices.forEach((f, g) -> {
            if (g.getSelectedToggle() != null && g.getToggles().indexOf(g.getSelectedToggle()) == 1) {
                out.add(f);
            }
        });
        return out;
    }

    private ToggleGroup choice(GridPane grid, int row, MergeField f, String left, String right) {
        String name = messages.get(key(f));
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        RadioButton keep = radio(group, name, left);
        keep.setId("keep-" + f.name());
        RadioButton take = radio(group, name, right);
        take.setId("take-" + f.name());
        (left.isEmpty() && !right.isEmpty() ? take : keep).setSelected(true);
        grid.add(label, 0, row);
        grid.add(keep, 1, row);
        grid.add(take, 2, row);
        GridPane.setHgrow(keep, Priority.ALWAYS);
        GridPane.setHgrow(take, Priority.ALWAYS);
        return group;
    }

    private RadioButton radio(ToggleGroup group, String field, String value) {
        String shown = value.isEmpty() ? messages.get("people.merge.empty") : value;
        RadioButton r = new RadioButton(shown);
        r.setMnemonicParsing(false);
        r.setWrapText(true);
        r.setToggleGroup(group);
        r.setAccessibleText(messages.format("people.merge.choose", field, shown));
        return r;
    }

    private void text(GridPane grid, int row, String key, String left, String right) {
        grid.add(new Label(messages.get(key)), 0, row);
        grid.add(wrapped(left.isEmpty() ? messages.get("people.merge.empty") : left), 1, row);
        grid.add(wrapped(right.isEmpty() ? messages.get("people.merge.empty") : right), 2, row);
    }

    private String value(MergeField f, MergeSide s) {
        return switch (f) {
            case GIVEN_NAME -> blank(s.givenName());
            case FAMILY_NAME -> blank(s.familyName());
            case ALIASES -> blank(s.aliases());
            case DATE_OF_BIRTH -> s.dateOfBirth() == null ? "" : DATE.format(s.dateOfBirth());
            case GENDER -> gender(s.gender());
            case ADDRESS -> join(Stream.of(s.addressLine1(), s.town(), s.postcode(), s.district()), ", ");
            case CONTACT -> join(Stream.of(s.phone(), s.email(), s.safeToCall() == null ? null
                    : messages.get(s.safeToCall() ? "people.merge.safeToCall" : "people.merge.notSafeToCall"),
                    s.safeTimes(), s.safeContact()), "; ");
        };
    }

    private String key(MergeField f) {
        return switch (f) {
            case GIVEN_NAME -> "people.merge.field.givenName";
            case FAMILY_NAME -> "people.merge.field.familyName";
            case ALIASES -> "people.merge.field.aliases";
            case DATE_OF_BIRTH -> "people.merge.field.dob";
            case GENDER -> "people.merge.field.gender";
            case ADDRESS -> "people.merge.field.address";
            case CONTACT -> "people.merge.field.contact";
        };
    }

    private String gender(String g) {
        if (g == null) {
            return "";
        }
        return switch (g.toUpperCase(java.util.Locale.ROOT)) {
            case "FEMALE" -> messages.get("caseview.person.gender.female");
            case "MALE" -> messages.get("caseview.person.gender.male");
            case "NON_BINARY" -> messages.get("caseview.person.gender.nonBinary");
            default -> messages.get("caseview.person.gender.notKnown");
        };
    }

    private static String join(Stream<String> parts, String by) {
        return parts.filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(by));
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A date as the dialogs show it (for the review list too). */
    static String date(LocalDate d, Function<String, String> messages) {
        return d == null ? messages.apply("people.duplicates.bornUnknown") : DATE.format(d);
    }
}
