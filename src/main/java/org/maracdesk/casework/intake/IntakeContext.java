package org.maracdesk.casework.intake;

import java.time.Clock;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskEngine;

/** What every referral of a batch is recorded with (the local settings are read in the run's transaction). */
record IntakeContext(InstrumentRegistry instruments, RiskEngine engine, Clock clock,
        PersonMatcher matcher, String recordedBy) {
}
