package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.ActionTarget;

/**
 * One of an agency's own proposed actions on a case, as its research screen shows it: still open (it can be
 * changed or withdrawn until the meeting), agreed at the meeting, or not agreed, with the meeting's reason.
 */
public record ProposalView(long id, String typeCode, String owner, ActionTarget target, String description,
                           LocalDate dueDate, State state, String declinedReason) {
    /** Where the proposal stands. */
    public enum State {
        OPEN, AGREED, DECLINED
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
