package org.maracdesk.casework.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.maracdesk.casework.NameKeyIndex;
import org.maracdesk.casework.PersonMatcher;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.bulk.ProgressEstimate;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a batch of referrals all or nothing: every referral is checked first and any problem
 * rejects the whole batch; then, in one transaction, each is scored by the risk engine (the
 * repeat route with its victim and perpetrator pair's last listing), and each accepted one opens a
 * case or joins the case of a victim matched exactly. Similar but inexact people are reported.
 *
 * <p>A batch of any size costs the same per referral: the session is in manual flush mode (so no
 * query flushes it), and is flushed (JDBC batches) and cleared every {@link #CHUNK} referrals; what
 * the run wrote earlier is found through its own memory. The stored people the victims of the next
 * {@link #READ_AHEAD} referrals could be, and those born on their perpetrators' dates, are read in one pass
 * ({@code PersonMatcher.readAhead}), not searched for one person at a time; what the run writes meanwhile is
 * in its memory, which wins over what was read. Progress is reported after each chunk, and a cancelled run throws
 * {@link CancelledException}, which rolls everything back.
 */
public final class ReferralIntakeService {
    private static final Logger LOG = LoggerFactory.getLogger(ReferralIntakeService.class);
    /** Referrals written between two flushes of the session. */
    public static final int CHUNK = 500;
    /**
     * Referrals whose people are read ahead together (a multiple of {@link #CHUNK}): each read-ahead pass reads
     * most pages of {@code person} at 100,000 cases, so the fewer passes the better, and what it holds stays
     * right across the flushes in between (the run's own people are in its memory, which wins).
     */
    static final int READ_AHEAD = 4 * CHUNK;

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final ReferralChecks checks;
    private final InstrumentRegistry instruments;
    private final Clock clock;
    private final RiskEngine engine = new RiskEngine();
    private final NameKeyIndex index = new NameKeyIndex();
    private final PersonMatcher matcher = new PersonMatcher();

    public ReferralIntakeService(StoreProvider stores, CurrentUser users, AuditLog audit, InstrumentRegistry instruments,
                                 Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
        this.checks = new ReferralChecks(instruments, clock);
    }

    /** The checks that need no database, for callers that report them with their own. */
    public List<FieldProblem> check(List<NewReferral> referrals) {
        return checks.check(referrals);
    }

    /** @throws IntakeRejectedException with every problem found; then nothing was recorded */
    public IntakeResult record(List<NewReferral> referrals, String recordedBy) {
        return record(referrals, recordedBy, ProgressListener.NONE, Cancellation.never());
    }

    /**
     * As {@link #record(List, String)}, telling {@code progress} after each chunk and stopping when
     * {@code cancel} is cancelled.
     *
     * @throws CancelledException when cancelled; then nothing was recorded
     */
    public IntakeResult record(List<NewReferral> referrals, String recordedBy, ProgressListener progress,
                               Cancellation cancel) {
        return run(referrals, recordedBy, progress, cancel, false);
    }

    /**
     * What {@link #record} would do with these referrals, found by doing exactly that and rolling it
     * back: the counts of new cases, cases joined and repeats, and the possible duplicates. Nothing
     * is stored but one audit entry (VIEWED, {@code referral-import-preview}) naming the existing
     * cases the preview reports a referral joining, since the preview shows their references.
     *
     * @throws IntakeRejectedException as {@link #record} would
     * @throws CancelledException when cancelled
     */
    public IntakeResult preview(List<NewReferral> referrals, String recordedBy, ProgressListener progress,
                                Cancellation cancel) {
        return run(referrals, recordedBy, progress, cancel, true);
    }

    /** Carries a trial run's result out of the transaction it rolls back. */
    private static final class TrialRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient IntakeResult result;
        private final transient java.util.Set<Long> existingCases;

        TrialRun(IntakeResult result, java.util.Set<Long> existingCases) {
            super("trial run rolled back", null, false, false);
            this.result = result;
            this.existingCases = existingCases;
        }
    }

    private IntakeResult run(List<NewReferral> referrals, String recordedBy, ProgressListener progress,
                             Cancellation cancel, boolean trial) {
        Objects.requireNonNull(recordedBy, "recordedBy");
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        List<FieldProblem> problems = checks.check(referrals);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        IntakeContext ctx = new IntakeContext(instruments, engine, clock, matcher, recordedBy);
        Store store = stores.store();
        IntakeResult result;
        try {
            result = store.inTransaction(session -> {
                List<FieldProblem> stored = new ArrayList<>(alreadyRecorded(session, referrals));
                stored.addAll(RetiredDistricts.check(session, referrals));
                stored.addAll(SignOffCheck.check(session, referrals));
                if (!stored.isEmpty()) {
                    throw rejected(stored);
                }
                index.refresh(session);
                IntakeRun run = new IntakeRun(session, ctx);
                List<FieldProblem> notInUse = run.instrumentsNotInUse(referrals);
                if (!notInUse.isEmpty()) {
                    throw rejected(notInUse);
                }
                IntakeResult written = write(session, run, referrals, progress, cancel);
                if (trial) {
                    throw new TrialRun(written, storedCasesShown(session, run, written));
                }
                new ReadAudit(audit).wrote(store, session, who, "referral-import", written.referrals(), run.casesWritten());
                return written;
            });
        } catch (TrialRun t) {
            store.inTransaction(session -> {
                new ReadAudit(audit).shown(store, session, who, "referral-import-preview", t.result.referrals(),
                        t.existingCases);
                return null;
            });
            LOG.info("Previewed {} referrals; nothing recorded", t.result.referrals());
            return t.result;
        }
        LOG.info("Recorded {} referrals: {} new cases, {} joined existing cases, {} repeats, {} not accepted,"
                + " {} possible duplicates to review", result.referrals(), result.newCases(),
                result.addedToExistingCases(), result.repeats(), result.notAccepted(), result.toReview().size());
        return result;
    }

    private IntakeResult write(Session session, IntakeRun run, List<NewReferral> referrals, ProgressListener progress,
                               Cancellation cancel) {
        session.setHibernateFlushMode(FlushMode.MANUAL);
        ProgressEstimate estimate = new ProgressEstimate(clock, progress, referrals.size());
        for (int i = 0; i < referrals.size(); i++) {
            cancel.throwIfCancelled();
            if (i % READ_AHEAD == 0) {
                run.readAhead(referrals.subList(i, Math.min(referrals.size(), i + READ_AHEAD)));
            }
            run.record(i, referrals.get(i));
            if ((i + 1) % CHUNK == 0 || i + 1 == referrals.size()) {
                session.flush();
                session.clear();
                estimate.reached(i + 1);
            }
        }
        run.forgetReadAhead();
        cancel.throwIfCancelled();
        return run.result(referrals.size());
    }

    /**
     * The stored cases a preview names: those a referral would join, and those of the people a possible
     * duplicate points at (their references are shown). Cases the trial run itself opened are not stored.
     */
    private static java.util.Set<Long> storedCasesShown(Session session, IntakeRun run, IntakeResult result) {
        java.util.Set<Long> shown = new java.util.TreeSet<>(run.existingCasesJoined());
        List<String> refs = result.toReview().stream().map(PossibleDuplicate::existingCaseReference)
                .filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < refs.size(); i += 1000) {
            shown.addAll(session.createSelectionQuery("select c.id from MaracCase c where c.reference in :refs",
                    Long.class).setParameter("refs", refs.subList(i, Math.min(refs.size(), i + 1000)))
                    .getResultList());
        }
        shown.removeAll(run.casesCreated());
        return shown;
    }

    private static List<FieldProblem> alreadyRecorded(Session session, List<NewReferral> referrals) {
        List<String> refs = referrals.stream().map(NewReferral::formReference).filter(Objects::nonNull).toList();
        if (refs.isEmpty()) {
            return List.of();
        }
        List<String> known = session.createSelectionQuery("select r.formReference from Referral r"
                + " where r.formReference in :refs", String.class).setParameter("refs", refs).getResultList();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            if (known.contains(referrals.get(i).formReference())) {
                problems.add(new FieldProblem(i, "formReference", "this referral has already been recorded"));
            }
        }
        return problems;
    }

    private static IntakeRejectedException rejected(List<FieldProblem> problems) {
        LOG.info("Referral batch rejected; problems found: {}", problems.size());
        return new IntakeRejectedException(problems);
    }
}
