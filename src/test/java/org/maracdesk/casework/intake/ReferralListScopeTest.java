package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.SessionManager;

/** The referral list: the scope is part of the query, and decided referrals are counted by the database. */
class ReferralListScopeTest {
    @TempDir
    Path dir;

    private <T> T as(String user, Function<ReferralDraftService, T> work) throws Exception {
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), user);
        try {
            return work.apply(new ReferralDraftService(sessions, sessions, new AuditLog(ActionVaults.CLOCK),
                    new InstrumentRegistry(), ActionVaults.CLOCK));
        } finally {
            sessions.lock();
        }
    }

    private long decidedInTheVault() throws Exception {
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            return sessions.store().withConnection(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select count(*) from referral where status <> 'DRAFT'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        } finally {
            sessions.lock();
        }
    }

    @Test
    void theLatestDecidedAreShownWithTheWholeCountAndAWithheldCaseIsLeftOutOfBoth() throws Exception {
        ActionVaults.create(dir.resolve("v"), 30);
        long decided = decidedInTheVault();
        assertEquals(decided, (long) as("coordinator", ReferralDraftService::decidedCount));
        List<ReferralRow> latest = as("coordinator", s -> s.list(5));
        assertEquals(5, latest.size());
        assertTrue(decided > 5);
        String withheld = latest.get(0).caseReference();
        long onThatCase = as("coordinator", s -> s.list(10_000)).stream()
                .filter(r -> withheld.equals(r.caseReference())).count();
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            new MustNotReceiveService(sessions, sessions, new AuditLog(ActionVaults.CLOCK), ActionVaults.CLOCK)
                    .add(withheld, new MustNotReceiveEntry(null, "Coordinator", "a relative of the victim"));
        } finally {
            sessions.lock();
        }
        assertEquals(decided - onThatCase, (long) as("coordinator", ReferralDraftService::decidedCount));
        List<ReferralRow> after = as("coordinator", s -> s.list(5));
        assertEquals(5, after.size(), "the limit applies after the scope: still five shown");
        assertTrue(after.stream().noneMatch(r -> withheld.equals(r.caseReference())));
        for (String user : List.of("police", "chair", "idva", "admin")) {
            assertThrows(NotPermittedException.class, () -> as(user, ReferralDraftService::decidedCount));
        }
    }
}
