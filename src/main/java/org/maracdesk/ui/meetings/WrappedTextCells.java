package org.maracdesk.ui.meetings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table column whose text wraps inside the column (the row grows to hold it) and whose whole text is also the
 * cell's tooltip, for texts that do not fit a narrow column at 1366 wide: the agenda's research column, which adds
 * the proposals still to decide to the research count (issue 16).
 */
final class WrappedTextCells {
    private WrappedTextCells() {
    }

    static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new Cell<>());
        // Rows are measured when cells are made: a wider or narrower column measures them again.
        column.widthProperty().addListener((o, was, now) -> {
            if (column.getTableView() != null && Math.abs(was.doubleValue() - now.doubleValue()) >= 1) {
                column.getTableView().refresh();
            }
        });
    }

    private static final class Cell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        Cell() {
            // Wraps at the column's width (known before the row is measured, unlike the cell's own width).
            tableColumnProperty().addListener((o, was, now) -> {
                text.wrappingWidthProperty().unbind();
                if (now != null) {
                    text.wrappingWidthProperty().bind(now.widthProperty().subtract(12));
                }
            });
            text.getStyleClass().add("text");
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setWrapText(true);
        }

        @Override
        protected double computePrefHeight(double width) {
            double own = super.computePrefHeight(width);
            return getGraphic() == null ? own
                    : Math.max(own, text.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // The text stays the cell's text (what screen readers and tests read); the wrapping Text shows it.
            setText(item);
            text.setText(item);
            setGraphic(text);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefHeight(USE_COMPUTED_SIZE);
            setTooltip(new Tooltip(item));
        }
    }
}
