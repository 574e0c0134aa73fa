package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.CrimeAgainst;
import org.maracdesk.casework.meetings.CrimeEntry;
import org.maracdesk.casework.meetings.CrimeService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The crimes disclosed part of a case on the meeting view: reads a listed case's crimes, adds,
 * corrects and removes them, and records police references. Each command checks what is missing
 * and says so (in {@link #problemProperty()}) before anything is sent; the work runs in the background.
 */
public final class CrimesViewModel {
    private final CrimeService service;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final boolean recordsReferences;
    private final StringProperty problem = new SimpleStringProperty("");

    /** @param recordsReferences whether the account may add police references (police, coordinator) */
    public CrimesViewModel(CrimeService service, TaskExecutor executor, ErrorHandler errors, Messages messages,
                           boolean recordsReferences) {
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.recordsReferences = recordsReferences;
    }

    public boolean recordsReferences() {
        return recordsReferences;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Reads the case's crimes and people; {@code shown} gets them on the FX thread. */
    public void load(long listingId, Consumer<CrimeService.CaseCrimes> shown) {
        executor.execute(() -> service.forListing(listingId), shown, errors::report);
    }

    /** What is wrong with the entry as typed, in the user's words; null when it can be saved. */
    public String check(String what, LocalDate date, String dateTyped, CrimeAgainst against, String agency) {
        if (what == null || what.isBlank()) {
            return messages.get("meeting.crime.needWhat");
        }
        if (date == null && dateTyped != null && !dateTyped.isBlank()) {
            return messages.get("meeting.crime.badDate");
        }
        if (against == null) {
            return messages.get("meeting.crime.needAgainst");
        }
        if (agency == null) {
            return messages.get("meeting.crime.needAgency");
        }
        return null;
    }

    /**
     * Adds the crime ({@code crimeId} null) or saves the correction of one; {@code done} runs after
     * it is saved. Returns false, saying why, when something is missing.
     */
    public boolean save(long listingId, Long crimeId, int version, CrimeEntry entry, String dateTyped, Runnable done) {
        String wrong = check(entry.description(), entry.occurredOn(), dateTyped, entry.against(), entry.disclosedBy());
        problem.set(wrong == null ? "" : wrong);
        if (wrong != null) {
            return false;
        }
        executor.execute(() -> {
            if (crimeId == null) {
                service.add(listingId, entry);
            } else {
                service.update(crimeId, version, entry);
            }
            return null;
        }, x -> done.run(), errors::report);
        return true;
    }

    public void remove(long crimeId, int version, String reason, Runnable done) {
        executor.execute(() -> {
            service.remove(crimeId, version, reason);
            return null;
        }, x -> done.run(), errors::report);
    }

    public void policeReference(long crimeId, String reference, Runnable done) {
        executor.execute(() -> {
            service.policeReference(crimeId, reference);
            return null;
        }, x -> done.run(), errors::report);
    }
}
