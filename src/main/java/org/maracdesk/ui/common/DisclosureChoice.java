package org.maracdesk.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.disclosure.ConsentRecord;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.casework.disclosure.LawfulBasis;

/**
 * What a disclosure dialog asks (decision 0048): the lawful basis (the local settings' list, the first chosen
 * until the user chooses another) and consent — given, refused or not sought — with the reason for going ahead
 * without it. The list is read in the background; until it arrives the MARAC's default basis is meant.
 */
public final class DisclosureChoice {
    private final ObservableList<LawfulBasis> bases = FXCollections.observableArrayList();
    private final ObjectProperty<LawfulBasis> basis = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentRecord.Consent> consent = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableBooleanValue reasonNeeded = Bindings.createBooleanBinding(
            () -> consent.get() != null && consent.get().needsReason(), consent);
    private final Messages messages;

    public DisclosureChoice(Messages messages) {
        this.messages = messages;
    }

    /** Reads the list of lawful bases off the FX thread; the first is chosen unless one already is. */
    public void load(TaskExecutor executor, Supplier<List<LawfulBasis>> list, ErrorHandler errors) {
        executor.execute(list::get, this::show, errors::report);
    }

    /** Shows this list (the first chosen unless the chosen one is in it). */
    public void show(List<LawfulBasis> list) {
        LawfulBasis chosen = basis.get();
        bases.setAll(list);
        basis.set(chosen != null && list.stream().anyMatch(b -> b.code().equals(chosen.code()))
                ? list.stream().filter(b -> b.code().equals(chosen.code())).findFirst().orElseThrow()
                : list.isEmpty() ? null : list.get(0));
    }

    /** The problem to show before anything is written, or null when the answers will do. */
    public String problem() {
        if (consent.get() == null) {
            return messages.get("disclosure.error.consent");
        }
        if (consent.get().needsReason() && (reason.get() == null || reason.get().isBlank())) {
            return messages.get(consent.get() == ConsentRecord.Consent.REFUSED ? "disclosure.error.reasonRefused"
                    : "disclosure.error.reasonNotSought");
        }
        if (reason.get() != null && reason.get().strip().length() > 1000) {
            return messages.get("disclosure.error.reasonLong");
        }
        return null;
    }

    /** The answers as the services take them (call once {@link #problem()} is null). */
    public Disclosure disclosure() {
        String r = consent.get() != null && consent.get().needsReason() ? reason.get() : null;
        return new Disclosure(basis.get() == null ? null : basis.get().code(),
                consent.get() == null ? null : new ConsentRecord(consent.get(), r));
    }

    /** Presets the answers (the last disclosure's, say); a basis no longer in the list falls back to the first. */
    public void preset(Disclosure last) {
        if (last == null) {
            return;
        }
        if (last.basisCode() != null) {
            bases.stream().filter(b -> b.code().equals(last.basisCode())).findFirst().ifPresent(basis::set);
        }
        if (last.consent() != null) {
            consent.set(last.consent().consent());
            reason.set(last.consent().overrideReason() == null ? "" : last.consent().overrideReason());
        }
    }

    public ObservableList<LawfulBasis> bases() {
        return bases;
    }

    public ObjectProperty<LawfulBasis> basisProperty() {
        return basis;
    }

    public ObjectProperty<ConsentRecord.Consent> consentProperty() {
        return consent;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** True when consent was refused or not sought, so the reason field is asked for. */
    public ObservableBooleanValue reasonNeeded() {
        return reasonNeeded;
    }
}
