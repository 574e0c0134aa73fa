package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.actions.ActionEdit;
import org.maracdesk.casework.actions.EditableAction;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.MeetingField;
import org.maracdesk.casework.meetings.MeetingRecord;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/**
 * The meeting view's state and commands. Typed text is saved field by field through a
 * {@link LiveSaver}; adding things (sign-in lines, actions) saves at once and reloads the record.
 */
public final class MeetingRunViewModel {
    private final MeetingRecordService service;
    private final ActionCorrectionService corrections;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final LiveSaver saver;
    private final ObjectProperty<MeetingRecord> record = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private long meetingId;
    private java.util.List<org.maracdesk.casework.actions.ActionTypeView> types = java.util.List.of();
    private CrimesViewModel crimes;
    private org.maracdesk.casework.meetings.ProposalService proposals;

    public MeetingRunViewModel(MeetingRecordService service, TaskExecutor executor, ErrorHandler errors,
                               Messages messages) {
        this(service, null, executor, errors, messages);
    }

    /** @param corrections editing and removing agreed actions; null when the view offers neither */
    public MeetingRunViewModel(MeetingRecordService service, ActionCorrectionService corrections,
                               TaskExecutor executor, ErrorHandler errors, Messages messages) {
        this.corrections = corrections;
        this.service = service;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.saver = new LiveSaver(executor, errors);
    }

    /** Crimes disclosed, entered per case; without it the view leaves the crimes part out. */
    public void withCrimes(CrimesViewModel crimesModel) {
        this.crimes = crimesModel;
    }

    /** The crimes disclosed part of each case, or null. */
    public CrimesViewModel crimes() {
        return crimes;
    }

    public void load(long meetingId) {
        this.meetingId = meetingId;
        reload(null);
    }

    private record Loaded(MeetingRecord record, java.util.List<org.maracdesk.casework.actions.ActionTypeView> types) {
    }

    private void reload(Runnable after) {
        long id = meetingId;
        executor.execute(() -> new Loaded(service.view(id), corrections == null ? java.util.List.of()
                : corrections.types()), loaded -> {
            types = loaded.types();
            MeetingRecord r = loaded.record();
            record.set(r);
            if (after != null) {
                after.run();
            }
        }, errors::report);
    }

    /** The text last typed into a case field here, or the stored text. */
    public String caseText(long listingId, CaseField field, String stored) {
        return saver.latest("case:" + listingId + ":" + field).orElse(stored);
    }

    public String meetingText(MeetingField field, String stored) {
        return saver.latest("meeting:" + meetingId + ":" + field).orElse(stored);
    }

    public void saveCaseField(long listingId, CaseField field, String text) {
        saver.save("case:" + listingId + ":" + field, text, v -> service.saveCaseField(listingId, field, v));
    }

    public void saveMeetingField(MeetingField field, String text) {
        long id = meetingId;
        saver.save("meeting:" + id + ":" + field, text, v -> service.saveMeetingField(id, field, v));
    }

    public void saveTime(long listingId, int seconds) {
        saver.save("time:" + listingId, Integer.toString(seconds),
                v -> service.saveTimeSpent(listingId, Integer.parseInt(v)));
    }

    /**
     * Records what the meeting heard about an outstanding action, as the Actions screen would: a note
     * when not possible or not done, the completion date as told when done. Says what is missing instead.
     */
    public boolean review(long actionId, ActionStatus status, LocalDate completedOn, String note, Runnable after) {
        boolean noted = note != null && !note.isBlank();
        if (status == ActionStatus.DONE && completedOn == null) {
            problem.set(messages.get("meeting.outstanding.needDate"));
            return false;
        }
        if (completedOn != null && completedOn.isAfter(service.today())) {
            problem.set(messages.get("actions.update.futureDate"));
            return false;
        }
        if ((status == ActionStatus.NOT_POSSIBLE || status == ActionStatus.NOT_DONE) && !noted) {
            problem.set(messages.get("meeting.outstanding.needNote"));
            return false;
        }
        problem.set("");
        long id = meetingId;
        LocalDate completed = status == ActionStatus.OPEN ? null : completedOn;
        executor.execute(() -> {
            service.review(actionId, id, status, completed, note);
            return null;
        }, done -> reload(after), errors::report);
        return true;
    }

    /** True when agreed actions can be edited and removed here. */
    public boolean correctsActions() {
        return corrections != null;
    }

    /** Reads the action as the edit and remove dialogs start from, then hands it to {@code then}. */
    public void forEdit(long actionId, java.util.function.Consumer<EditableAction> then) {
        executor.execute(() -> corrections.forEdit(actionId), then, this::correctionFailed);
    }

    /** Saves a corrected action and reloads the record. */
    public void edit(ActionEdit edit, Runnable after) {
        executor.execute(() -> corrections.edit(edit), done -> reload(after), this::correctionFailed);
    }

    /** Removes an action agreed by mistake, with the reason, and reloads the record. */
    public void remove(long actionId, int version, String reason, Runnable after) {
        executor.execute(() -> {
            corrections.remove(actionId, version, reason);
            return null;
        }, done -> reload(after), this::correctionFailed);
    }

    /** A refused day (for example one in the future) is said under the sign-in form; anything else is reported. */
    private void signInFailed(Throwable e) {
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().contains("information arrived")) {
            problem.set(messages.get("meeting.signIn.arrived.future"));
        } else {
            errors.report(e);
        }
    }

    private void correctionFailed(Throwable e) {
        if (e instanceof org.maracdesk.security.NotPermittedException) {
            problem.set(messages.get("actions.edit.notPermitted"));
        } else if (e instanceof IllegalStateException) {
            problem.set(messages.get("actions.edit.conflict"));
            reload(null);
        } else if (e instanceof IllegalArgumentException) {
            problem.set(messages.get("actions.edit.refused"));
        } else {
            errors.report(e);
        }
    }

    /** Signs someone in; says what is missing instead when the line is incomplete. */
    public boolean signIn(AttendanceKind kind, String agency, String name, boolean infoSent, Runnable after) {
        return signIn(kind, agency, name, infoSent, org.maracdesk.casework.PresentFor.ALL, null, after);
    }

    /**
     * Signs someone in for part of the meeting ({@code presentFor}: the whole meeting, the children's cases only,
     * or one district's slot, {@code slotDistrict}); an agency's copy of the minutes holds the cases it was present for.
     */
    public boolean signIn(AttendanceKind kind, String agency, String name, boolean infoSent,
                          org.maracdesk.casework.PresentFor presentFor, String slotDistrict, Runnable after) {
        return signIn(kind, agency, name, infoSent, presentFor, slotDistrict, null, after);
    }

    /** The same, with the day an apology's information arrived as typed (YYYY-MM-DD; blank: not recorded). */
    public boolean signIn(AttendanceKind kind, String agency, String name, boolean infoSent,
                          org.maracdesk.casework.PresentFor presentFor, String slotDistrict, String arrived,
                          Runnable after) {
        boolean named = name != null && !name.isBlank();
        java.time.LocalDate receivedOn = null;
        if (infoSent && kind == AttendanceKind.APOLOGY && arrived != null && !arrived.isBlank()) {
            try {
                receivedOn = java.time.LocalDate.parse(arrived.strip());
            } catch (java.time.format.DateTimeParseException e) {
                problem.set(messages.get("meeting.signIn.arrived.bad"));
                return false;
            }
        }
        java.time.LocalDate received = receivedOn;
        if (kind != AttendanceKind.OBSERVER && agency == null) {
            problem.set(messages.get("meeting.signIn.needsAgency"));
            return false;
        }
        if (kind != AttendanceKind.APOLOGY && !named) {
            problem.set(messages.get("meeting.signIn.needsName"));
            return false;
        }
        problem.set("");
        long id = meetingId;
        executor.execute(() -> service.signIn(id, kind, kind == AttendanceKind.OBSERVER ? null : agency,
                named ? name : null, infoSent, presentFor, slotDistrict, received), done -> reload(after),
                this::signInFailed);
        return true;
    }

    /** Takes a line off the sign-in sheet (typed by mistake); the removal is in the audit trail. */
    public void removeAttendance(long attendanceId) {
        executor.execute(() -> {
            service.removeAttendance(attendanceId);
            return null;
        }, done -> reload(null), errors::report);
    }

    /**
     * The MARAC's action types (issue 16), read with the record: empty when this view corrects no actions, and then
     * actions are agreed as Other.
     */
    public java.util.List<org.maracdesk.casework.actions.ActionTypeView> actionTypes() {
        return types;
    }

    /** Adds an agreed action of type Other; says what is missing or wrong instead when the line is incomplete. */
    public boolean addAction(long listingId, String agency, String owner, ActionTarget target, String description,
                             String due, Runnable after) {
        return addAction(listingId, agency, owner, target, description, due, null, null, null, null, after);
    }

    /** Adds an agreed action of a type with its details, for the named child if any; says what is wrong instead. */
    public boolean addAction(long listingId, String agency, String owner, ActionTarget target, String description,
                             String due, String typeCode, String detailText, LocalDate detailDate, Long childId,
                             Runnable after) {
        LocalDate dueDate;
        try {
            dueDate = org.maracdesk.ui.common.DateFields.parse(due);
        } catch (java.time.format.DateTimeParseException e) {
            problem.set(messages.get("meeting.action.badDate"));
            return false;
        }
        if (agency == null || target == null || description == null || description.isBlank()) {
            problem.set(messages.get("meeting.action.incomplete"));
            return false;
        }
        problem.set("");
        executor.execute(() -> service.addAction(listingId, agency, owner, target, description, dueDate, typeCode,
                detailText, detailDate, childId), done -> reload(after), errors::report);
        return true;
    }

    public void agreeProposal(long proposalId, Runnable after) {
        executor.execute(() -> proposals == null ? service.agreeProposal(proposalId)
                : proposals.agree(proposalId, null), done -> reload(after), errors::report);
    }

    /** Agrees an agency's proposal as changed in the meeting (issue 16). */
    public void agreeChanged(long proposalId, org.maracdesk.casework.meetings.ProposalDraft changed) {
        executor.execute(() -> proposals.agree(proposalId, changed), done -> reload(null), errors::report);
    }

    /** The meeting does not agree an agency's proposal, with the reason the agency reads (issue 16). */
    public void declineProposal(long proposalId, String reason) {
        executor.execute(() -> {
            proposals.decline(proposalId, reason);
            return null;
        }, done -> reload(null), errors::report);
    }

    /** Whether the view offers Change… and Don't agree… on proposals (it does with a proposal service). */
    public boolean decidesProposals() {
        return proposals != null;
    }

    /** Agreeing a proposal changed, and not agreeing one; without it only Agree works (as before). */
    public MeetingRunViewModel withProposals(org.maracdesk.casework.meetings.ProposalService proposalService) {
        this.proposals = proposalService;
        return this;
    }

    /** Closes the meeting once everything typed is saved. */
    public void close(Runnable after) {
        if (saver.unsavedProperty().get() > 0) {
            problem.set(messages.get("meeting.close.stillSaving"));
            return;
        }
        long id = meetingId;
        executor.execute(() -> {
            service.close(id);
            return null;
        }, done -> reload(after), errors::report);
    }

    public ObjectProperty<MeetingRecord> recordProperty() {
        return record;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyIntegerProperty unsavedProperty() {
        return saver.unsavedProperty();
    }
}
