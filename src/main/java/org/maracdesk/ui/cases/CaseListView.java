package org.maracdesk.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.maracdesk.casework.CasePage;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.ui.common.Messages;

/** The case list table. Sorting uses model comparators, never per-cell lookups. */
public final class CaseListView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final CaseListViewModel viewModel;
    private final Messages messages;

    @FXML private Label filterLabel;
    @FXML private TextField filterField;
    @FXML private TableView<CaseSummary> table;
    @FXML private TableColumn<CaseSummary, String> referenceColumn;
    @FXML private TableColumn<CaseSummary, String> victimColumn;
    @FXML private TableColumn<CaseSummary, String> districtColumn;
    @FXML private TableColumn<CaseSummary, LocalDate> referredColumn;
    @FXML private TableColumn<CaseSummary, CaseSummary> riskColumn;
    @FXML private TableColumn<CaseSummary, String> repeatColumn;
    @FXML private TableColumn<CaseSummary, Long> childrenColumn;
    @FXML private TableColumn<CaseSummary, LocalDate> listedColumn;
    @FXML private TableColumn<CaseSummary, Long> actionsColumn;
    @FXML private TableColumn<CaseSummary, String> statusColumn;
    @FXML private javafx.scene.control.CheckBox closedBox;
    @FXML private Label placeholderLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private javafx.scene.control.Button previousButton;
    @FXML private javafx.scene.control.Button nextButton;
    @FXML private javafx.scene.control.Button duplicatesButton;

    public CaseListView(CaseListViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        filterLabel.setLabelFor(filterField);
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        typing.setOnFinished(e -> viewModel.load());
        filterField.textProperty().addListener((o, a, b) -> typing.playFromStart());
        bind(referenceColumn, CaseSummary::reference);
        bind(victimColumn, CaseSummary::victimName);
        bind(districtColumn, CaseSummary::district);
        bind(referredColumn, CaseSummary::lastReferral);
        referredColumn.setCellFactory(c -> dateCell());
        bind(riskColumn, c -> c);
        riskColumn.setComparator(java.util.Comparator.comparing(CaseSummary::score,
                java.util.Comparator.nullsFirst(Integer::compare)));
        riskColumn.setCellFactory(c -> riskCell());
        bind(repeatColumn, c -> c.repeat() ? messages.get("cases.repeat.yes") : "");
        bind(childrenColumn, CaseSummary::children);
        bind(listedColumn, CaseSummary::lastListed);
        listedColumn.setCellFactory(c -> dateCell());
        bind(actionsColumn, CaseSummary::openActions);
        bind(statusColumn, viewModel::statusText);
        closedBox.selectedProperty().bindBidirectional(viewModel.includeClosedProperty());
        closedBox.selectedProperty().addListener((o, was, now) -> viewModel.load());
        table.setItems(viewModel.rows());
        table.setSortPolicy(t -> {
            sort();
            return true;
        });
        for (TableColumn<CaseSummary, ?> column : List.of(riskColumn, repeatColumn, childrenColumn, listedColumn,
                actionsColumn, statusColumn, referredColumn)) {
            column.sortableProperty().bind(viewModel.pagedProperty().not());
        }
        viewModel.pagedProperty().addListener((o, was, now) -> {
            if (now) {
                table.getSortOrder().removeIf(c -> databaseSort(c) == null);
            }
        });
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not());
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not());
        previousButton.visibleProperty().bind(viewModel.pagedProperty());
        nextButton.visibleProperty().bind(viewModel.pagedProperty());
        // while a page loads the table is empty but "No cases yet" would be untrue; the status line says Loading
        placeholderLabel.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.loadingProperty())
                .then("").otherwise(viewModel.emptyText()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<CaseSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        duplicatesButton.setVisible(viewModel.offersDuplicates());
        duplicatesButton.setManaged(viewModel.offersDuplicates());
        viewModel.load();
    }

    /**
     * The order chosen in the header: reference, victim and district are ordered by the database over
     * every matching case; the other columns sort the rows shown (offered only while they are all the
     * cases), and no order at all is newest first.
     */
    private void sort() {
        TableColumn<CaseSummary, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        CasePage.Sort byDatabase = first == null ? null : databaseSort(first);
        if (first == null || byDatabase != null) {
            viewModel.sortShown(null);
            viewModel.sortBy(byDatabase, first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
        } else {
            viewModel.sortShown(table.getComparator());
        }
    }

    private CasePage.Sort databaseSort(TableColumn<CaseSummary, ?> column) {
        if (column == referenceColumn) {
            return CasePage.Sort.REFERENCE;
        }
        if (column == victimColumn) {
            return CasePage.Sort.VICTIM;
        }
        return column == districtColumn ? CasePage.Sort.DISTRICT : null;
    }

    /** The review list of possible duplicate people (coordinators only; the button is hidden for others). */
    @FXML
    private void duplicates() {
        viewModel.openDuplicates();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    private static <T> void bind(TableColumn<CaseSummary, T> column, Function<CaseSummary, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static TableCell<CaseSummary, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DATE.format(item));
            }
        };
    }

    /** Band in words and score, with colour only as a second signal. */
    private TableCell<CaseSummary, CaseSummary> riskCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("risk-high", "risk-medium", "risk-standard");
                if (empty || item == null || item.band() == null) {
                    setText(null);
                    return;
                }
                setText(messages.format("cases.risk", messages.get("band." + item.band()), item.score()));
                getStyleClass().add("risk-" + item.band());
            }
        };
    }

    /**
     * Another desk changed cases on the shared server (decision 0050): the page shown loads again in the
     * background and the case that was selected is selected again (by id), so the filter being typed, the page
     * and the selection stay as they were.
     */
    public void refreshLive() {
        CaseSummary was = table.getSelectionModel().getSelectedItem();
        boolean focused = table.isFocused();
        viewModel.refresh(() -> {
            if (was == null) {
                return;
            }
            for (CaseSummary row : table.getItems()) {
                if (row.id() == was.id()) {
                    table.getSelectionModel().select(row);
                    if (focused) {
                        table.requestFocus();
                    }
                    return;
                }
            }
        });
    }
}
