package org.maracdesk.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.maracdesk.casework.disclosure.ConsentRecord;
import org.maracdesk.casework.disclosure.LawfulBasis;

/**
 * The lawful basis, consent and reason fields of a disclosure dialog (decision 0048), as one grid bound to a
 * {@link DisclosureChoice}: labelled, with mnemonics (Alt+L, Alt+N, Alt+W), the reason field enabled only when
 * consent was refused or not sought.
 */
public final class DisclosureFields {
    private final GridPane grid = new GridPane();
    private final ComboBox<LawfulBasis> basis = new ComboBox<>();
    private final ComboBox<ConsentRecord.Consent> consent = new ComboBox<>();
    private final TextField reason = new TextField();

    public DisclosureFields(DisclosureChoice choice, Messages messages, double labelWidth) {
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(labelWidth);
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(first, second);
        basis.setId("disclosureBasis");
        basis.setItems(choice.bases());
        basis.valueProperty().bindBidirectional(choice.basisProperty());
        basis.setMaxWidth(Double.MAX_VALUE);
        basis.setCellFactory(l -> new BasisCell());
        basis.setButtonCell(new BasisCell());
        basis.setAccessibleText(messages.get("disclosure.basis.accessible"));
        consent.setId("disclosureConsent");
        consent.getItems().setAll(ConsentRecord.Consent.values());
        consent.valueProperty().bindBidirectional(choice.consentProperty());
        consent.setPromptText(messages.get("disclosure.consent.prompt"));
        consent.setCellFactory(l -> new ConsentCell(messages, null));
        consent.setButtonCell(new ConsentCell(messages, messages.get("disclosure.consent.prompt")));
        consent.setAccessibleText(messages.get("disclosure.consent.accessible"));
        reason.setId("disclosureReason");
        reason.textProperty().bindBidirectional(choice.reasonProperty());
        reason.disableProperty().bind(javafx.beans.binding.Bindings.not(choice.reasonNeeded()));
        reason.setPromptText(messages.get("disclosure.reason.prompt"));
        reason.setAccessibleText(messages.get("disclosure.reason.accessible"));
        grid.addRow(0, label(messages.get("disclosure.basis"), basis), basis);
        grid.addRow(1, label(messages.get("disclosure.consent"), consent), consent);
        grid.addRow(2, label(messages.get("disclosure.reason"), reason), reason);
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        // Within the label column: a label longer than the column wraps onto a second line instead of running
        // under its field when the dialog is narrow.
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public GridPane node() {
        return grid;
    }

    public ComboBox<LawfulBasis> basisBox() {
        return basis;
    }

    public ComboBox<ConsentRecord.Consent> consentBox() {
        return consent;
    }

    public TextField reasonField() {
        return reason;
    }

    private static final class BasisCell extends ListCell<LawfulBasis> {
        @Override
        protected void updateItem(LawfulBasis item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.code() + " \u2014 " + item.wording());
        }
    }

    private static final class ConsentCell extends ListCell<ConsentRecord.Consent> {
        private final Messages messages;
        private final String prompt;

        /** {@code prompt}: what the closed box says while nothing is chosen (null in the list). */
        ConsentCell(Messages messages, String prompt) {
            this.messages = messages;
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(ConsentRecord.Consent item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? prompt : switch (item) {
                case GIVEN -> messages.get("disclosure.consent.given");
                case REFUSED -> messages.get("disclosure.consent.refused");
                case NOT_SOUGHT -> messages.get("disclosure.consent.notSought");
            });
        }
    }
}
