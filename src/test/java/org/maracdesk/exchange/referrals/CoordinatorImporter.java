package org.maracdesk.exchange.referrals;

import java.time.Clock;
import org.maracdesk.casework.intake.ReferralIntakeService;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;

/** The referral importer over a test store, as the coordinator "coord" runs it. */
final class CoordinatorImporter {
    private CoordinatorImporter() {
    }

    static ReferralImporter over(Store store, Clock clock) {
        return new ReferralImporter(new ReferralIntakeService(() -> store,
                () -> new AccountInfo("coord", "Coordinator", Role.COORDINATOR, null),
                new AuditLog(clock), new InstrumentRegistry(), clock));
    }
}
