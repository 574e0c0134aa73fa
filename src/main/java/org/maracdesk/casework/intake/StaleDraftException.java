package org.maracdesk.casework.intake;

import java.time.Instant;
import org.maracdesk.common.ConcurrentChangeException;

/**
 * The draft was changed or decided by someone else since it was opened; nothing was saved. When another desk saved
 * the draft meanwhile, says who and when (decision 0051); when it was decided or deleted, neither is known here.
 */
public final class StaleDraftException extends ConcurrentChangeException {
    private static final long serialVersionUID = 1L;

    public StaleDraftException() {
        this(null, null);
    }

    public StaleDraftException(String savedBy, Instant savedAt) {
        super(savedBy, savedAt, null);
    }

    /** A draft refused because it moved on: who saved it last and when while it is still a draft, else nothing. */
    static StaleDraftException of(org.maracdesk.casework.Referral r) {
        return r != null && r.getStatus() == org.maracdesk.casework.ReferralStatus.DRAFT
                ? new StaleDraftException(r.getRecordedBy(), r.getRecordedAt()) : new StaleDraftException();
    }
}
