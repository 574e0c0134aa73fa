package org.maracdesk.casework.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.NameKeyIndex;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * The coordinator's decision on a draft typed on screen: accept to the MARAC list (which opens a
 * case or joins the victim's case), refer to the Idva service only, or decline — each with a
 * written reason. The draft must then pass every check an import does; it is scored with its
 * pair's last listing (so linking to a pair listed within the repeat window marks it a repeat)
 * and recorded in one transaction with its audit entry.
 */
public final class ReferralDecisionService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final ReferralChecks checks;
    private final InstrumentRegistry instruments;
    private final Clock clock;
    private final RiskEngine engine = new RiskEngine();
    private final NameKeyIndex index = new NameKeyIndex();
    private final PersonMatcher matcher = new PersonMatcher();

    public ReferralDecisionService(StoreProvider stores, CurrentUser users, AuditLog audit,
                                   InstrumentRegistry instruments, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
        this.checks = new ReferralChecks(instruments, clock);
    }

    /**
     * @param version the draft's version as opened
     * @throws IntakeRejectedException listing every field still to complete; nothing was recorded
     * @throws StaleDraftException when the draft was changed or decided elsewhere
     */
    public Decision decide(long draftId, int version, ReferralStatus decision, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        if (decision == null || decision == ReferralStatus.DRAFT) {
            throw new IllegalArgumentException("decide to accept, refer to the Idva service only, or decline");
        }
        IntakeContext ctx = new IntakeContext(instruments, engine, clock, matcher, who.username());
        return stores.store().inTransaction(session -> {
            Referral draft = session.get(Referral.class, draftId);
            if (draft == null || draft.getStatus() != ReferralStatus.DRAFT || draft.getVersion() != version
                    || draft.getDraftForm() == null) {
                throw StaleDraftException.of(draft);
            }
            DraftJson.Stored stored = DraftJson.read(draft.getDraftForm());
            NewReferral r = decided(stored.form(), decision, reason);
            List<FieldProblem> problems = new ArrayList<>(checks.check(0, r));
            problems.addAll(RetiredDistricts.check(session, List.of(r)));
            problems.addAll(SignOffCheck.check(session, List.of(r)));
            if (reason == null || reason.isBlank()) {
                problems.add(new FieldProblem(0, "decisionReason", "is required"));
            }
            if (!problems.isEmpty()) {
                throw new IntakeRejectedException(problems.stream().distinct().toList());
            }
            index.refresh(session);
            IntakeRun run = new IntakeRun(session, ctx);
            if (decision == ReferralStatus.ACCEPTED && !run.instrumentsNotInUse(List.of(r)).isEmpty()) {
                throw new IntakeRejectedException(run.instrumentsNotInUse(List.of(r)));
            }
            Referral done = run.record(0, r, draft, stored.links());
            session.flush();
            String caseRef = done.getMaracCase() == null ? null : done.getMaracCase().getReference();
            audit.append(stores.store(), session, who.username(), AuditAction.CHANGED, "referral",
                    String.valueOf(done.getId()), AuditDigest.of(stores.store(), String.valueOf(decision), reason, caseRef));
            return new Decision(done.getId(), decision, caseRef, run.result(1).newCases() == 1, done.isRepeat(),
                    done.getLastListingDate(), run.settings().version());
        });
    }

    private static NewReferral decided(NewReferral f, ReferralStatus decision, String reason) {
        return new NewReferral(f.formReference(), f.referralDate(), decision, reason == null ? null : reason.strip(),
                f.referringAgency(), f.referrer(), f.victim(), f.perpetrators(), f.children(), f.othersAtRisk(),
                f.risk(), f.flags(), f.consent(), f.voice(), f.incidentSummary(), f.police(), f.previousMarac(),
                f.transferIn(), f.mustNotReceive(), f.circumstances());
    }
}
