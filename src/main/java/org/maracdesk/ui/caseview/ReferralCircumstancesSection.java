package org.maracdesk.ui.caseview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The case screen's "Referral circumstances" (issue 16, decision 0046): what the case's latest referral gave of
 * the victim's and perpetrator's circumstances, the relationship, risks and triggers, and the police and court
 * position. Folded at first: the values are read (in the background, within the account's scope, audited) only
 * when someone opens it, with the Space or Enter key on its title or the mouse.
 */
public final class ReferralCircumstancesSection {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The section's view model: the latest referral's date and values once read, or what went wrong. */
    static final class Model {
        private final CaseViewService cases;
        private final TaskExecutor executor;
        private final ErrorHandler errors;
        private final long caseId;
        final ObjectProperty<CaseViewService.LatestCircumstances> read = new SimpleObjectProperty<>();
        final StringProperty status = new SimpleStringProperty("");
        private boolean asked;

        Model(CaseViewService cases, TaskExecutor executor, ErrorHandler errors, long caseId) {
            this.cases = cases;
            this.executor = executor;
            this.errors = errors;
            this.caseId = caseId;
        }

        /** Reads the values once, off the FX thread. */
        void load(String loading) {
            if (asked) {
                return;
            }
            asked = true;
            status.set(loading);
            executor.execute(() -> cases.latestCircumstances(caseId), r -> {
                status.set("");
                read.set(r);
            }, t -> {
                status.set("");
                asked = false;
                errors.report(t);
            });
        }
    }

    private final Messages messages;
    private final Model model;
    private final VBox body = new VBox(6);
    private final TitledPane pane;

    public ReferralCircumstancesSection(CaseViewService cases, TaskExecutor executor, ErrorHandler errors,
                                        Messages messages, long caseId) {
        this.messages = messages;
        this.model = new Model(cases, executor, errors, caseId);
        Label status = new Label();
        status.textProperty().bind(model.status);
        status.managedProperty().bind(model.status.isNotEmpty());
        body.getChildren().add(status);
        pane = new TitledPane(messages.get("circumstances.case.title"), body);
        pane.setId("caseCircumstances");
        pane.setAccessibleText(messages.get("circumstances.case.title"));
        pane.setAccessibleHelp(messages.get("circumstances.section.help"));
        pane.setAnimated(false);
        pane.setExpanded(false);
        pane.getStyleClass().add("section");
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open) {
                model.load(messages.get("circumstances.case.loading"));
            }
        });
        model.read.addListener((o, old, r) -> show(r));
    }

    public Node node() {
        return pane;
    }

    /**
     * Puts the section on a case screen just after its children (else at the end of its sections); one line in
     * whoever builds the case screen.
     *
     * @throws IllegalStateException when the screen has no sections box (the case screen was reworked)
     */
    public static void into(Parent caseScreen, CaseViewService cases, TaskExecutor executor, ErrorHandler errors,
                            Messages messages, long caseId) {
        Node sections = find(caseScreen, "sections");
        if (!(sections instanceof Pane box)) {
            throw new IllegalStateException("the case screen has no #sections box for the referral circumstances");
        }
        Node section = new ReferralCircumstancesSection(cases, executor, errors, messages, caseId).node();
        Node children = find(caseScreen, "childrenBox");
        int at = children == null ? -1 : box.getChildren().indexOf(children);
        box.getChildren().add(at < 0 ? box.getChildren().size() : at + 1, section);
    }

    /** The node of that id, looking into scroll panes, folds and tabs whose content is not yet a child. */
    static Node find(Node n, String id) {
        if (n == null) {
            return null;
        }
        if (id.equals(n.getId())) {
            return n;
        }
        List<Node> inside = new ArrayList<>();
        if (n instanceof javafx.scene.control.ScrollPane sp) {
            inside.add(sp.getContent());
        } else if (n instanceof TitledPane tp) {
            inside.add(tp.getContent());
        } else if (n instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(t -> inside.add(t.getContent()));
        }
        if (n instanceof Parent p) {
            inside.addAll(p.getChildrenUnmodifiable());
        }
        for (Node c : inside) {
            Node found = find(c, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void show(CaseViewService.LatestCircumstances r) {
        body.getChildren().removeIf(n -> !(n instanceof Label l && l.textProperty().isBound()));
        ReferralCircumstances c = r == null ? null : r.values();
        if (c == null) {
            body.getChildren().add(line(messages.get("circumstances.case.none"), "circumstancesNone"));
            return;
        }
        body.getChildren().add(line(messages.format("circumstances.case.from", DATE.format(r.referralDate())),
                "circumstancesFrom"));
        group("circumstances.section.victim", new String[][] {
            {"circumstances.occupation", c.victimOccupation()}, {"circumstances.gp", c.victimGp()},
            {"circumstances.housing", c.victimHousing()}, {"circumstances.landlord", c.victimLandlord()},
            {"circumstances.pregnant", yesNo(c.pregnantOrRecentBirth())},
            {"circumstances.immigration", c.immigrationStatus()}, {"circumstances.religion", c.victimReligion()},
            {"circumstances.childrenAddresses",
                r.childrenAddressesHeld() ? messages.get("caseview.safe.held") : c.childrenAddresses()}});
        group("circumstances.section.perpetrator", new String[][] {
            {"circumstances.perpEthnicity", c.perpetratorEthnicity()},
            {"circumstances.perpDisability", c.perpetratorDisability()},
            {"circumstances.perpHousing", c.perpetratorHousing()}});
        group("circumstances.section.relationship", new String[][] {
            {"circumstances.relationshipHistory", c.relationshipHistory()},
            {"circumstances.risksAndTriggers", c.risksAndTriggers()}});
        group("circumstances.section.police", new String[][] {
            {"circumstances.wantsPolice", yesNo(c.wantsPoliceContact())},
            {"circumstances.officer", c.officerInCharge()}, {"circumstances.offences", c.offences()},
            {"circumstances.crimeReferences", c.crimeReferences()}, {"circumstances.civilOrders", c.civilOrders()},
            {"circumstances.bailConditions", c.bailConditions()},
            {"circumstances.bailUntil", c.bailUntil() == null ? null : DATE.format(c.bailUntil())},
            {"circumstances.courtDates", dates(c.courtDates())}});
    }

    /** A heading and its given values (a group with none is left out). */
    private void group(String key, String[][] rows) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        for (String[] r : rows) {
            if (r[1] == null || r[1].isBlank()) {
                continue;
            }
            Label name = new Label(messages.get(r[0]));
            name.getStyleClass().add("field-label");
            name.setMinWidth(180);
            name.setMaxWidth(180);
            name.setWrapText(true);
            Label value = new Label(r[1]);
            value.setWrapText(true);
            value.setAccessibleText(messages.get(r[0]) + ": " + r[1]);
            name.setLabelFor(value);
            grid.add(name, 0, row);
            grid.add(value, 1, row++);
        }
        if (row > 0) {
            Label heading = new Label(messages.get(key));
            heading.getStyleClass().add("section-heading");
            body.getChildren().addAll(heading, grid);
        }
    }

    private Label line(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private String yesNo(Boolean b) {
        return b == null ? null : messages.get(b ? "referral.record.circ.yes" : "referral.record.circ.no");
    }

    private static String dates(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(iso.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .forEach(d -> out.add(DATE.format(LocalDate.parse(d))));
        return String.join(", ", out);
    }
}
