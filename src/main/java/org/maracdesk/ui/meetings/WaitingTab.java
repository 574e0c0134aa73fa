package org.maracdesk.ui.meetings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.meetings.WaitingToBeListed.Waiting;
import org.maracdesk.ui.common.Messages;

/**
 * The Meetings area's list of accepted referrals waiting to be listed (no open meeting took them yet), oldest
 * first. A referral that has waited past the local longest wait carries a marker in words, not colour alone, and
 * the row's accessible text says it in full, e.g. "Waiting 34 days — over the 28-day limit" (issue 16).
 */
final class WaitingTab {
    private final Messages messages;
    private final ObservableList<Waiting> items;

    WaitingTab(Messages messages, ObservableList<Waiting> items) {
        this.messages = messages;
        this.items = items;
    }

    Tab build() {
        TableView<Waiting> table = new TableView<>(items);
        table.setId("waitingTable");
        table.setAccessibleText(messages.get("waiting.table"));
        Label empty = new Label(messages.get("waiting.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(column("waiting.col.reference", 140, Waiting::reference));
        table.getColumns().add(column("waiting.col.referred", 150, w -> Labels.date(w.referralDate())));
        table.getColumns().add(column("waiting.col.days", 110, w -> messages.format("waiting.days", w.days())));
        TableColumn<Waiting, String> mark = column("waiting.col.limit", 360, this::marker);
        mark.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("risk-high");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("risk-high");
                }
            }
        });
        table.getColumns().add(mark);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Waiting w, boolean empty) {
                super.updateItem(w, empty);
                setAccessibleText(empty || w == null ? null : accessible(w));
            }
        });
        Label hint = new Label(messages.get("waiting.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox body = new VBox(8, hint, table);
        body.getStyleClass().add("tab-body");
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tab = new Tab(title(), body);
        tab.setId("waitingTab");
        items.addListener((ListChangeListener<Waiting>) c -> tab.setText(title()));
        return tab;
    }

    private String title() {
        long over = items.stream().filter(Waiting::overLimit).count();
        return over == 0 ? messages.format("waiting.tab", items.size())
                : messages.format("waiting.tabOver", items.size(), over);
    }

    /** "Over the 28-day limit" for a referral past the longest wait, else empty. */
    String marker(Waiting w) {
        return w.overLimit() ? messages.format("waiting.marker.over", w.limitDays()) : "";
    }

    /** The whole row in words, e.g. "MC-1, referred Mon 2 Nov 2026. Waiting 34 days — over the 28-day limit". */
    String accessible(Waiting w) {
        String wait = w.overLimit() ? messages.format("waiting.accessible.over", w.days(), w.limitDays())
                : messages.format("waiting.accessible.within", w.days(), w.limitDays());
        return messages.format("waiting.accessible", w.reference(), Labels.date(w.referralDate()), wait);
    }

    private TableColumn<Waiting, String> column(String key, double width, Function<Waiting, String> value) {
        TableColumn<Waiting, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
