package org.maracdesk.casework.intake;

import java.time.Clock;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskThresholds;

/** What every referral of a batch is recorded with. */
record IntakeContext(InstrumentRegistry instruments, RiskThresholds thresholds, RiskEngine engine, Clock clock,
        PersonMatcher matcher, String recordedBy) {
}
