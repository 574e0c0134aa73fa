package org.maracdesk.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressEstimate;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.demo.synthetic.SyntheticChunk;
import org.maracdesk.demo.synthetic.SyntheticDataset;
import org.maracdesk.demo.synthetic.SyntheticMeeting;
import org.maracdesk.demo.synthetic.SyntheticReferral;
import org.maracdesk.demo.synthetic.SyntheticStream;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.store.Store;

/**
 * Writes synthetic data into a vault: people, cases (a repeat referral joins its victim's case), referrals scored by
 * the real risk engine, meetings, listings with children's cases first, and actions. Used for the demo vault, tests
 * and benchmarks. Writing goes a chunk of referrals at a time (session flushed and cleared after each slice of
 * referrals and each meeting; JDBC batching as configured in the persistence unit), so a vault of any size is written
 * in bounded memory.
 */
public final class DemoVaultLoader {
    /** Referrals generated and written per chunk. */
    public static final int CHUNK = 1_000;
    /**
     * Referrals and meetings written per transaction (docs/performance.md, session 15): H2 commits a large
     * transaction by walking its whole undo log again, reading back pages it already wrote, and a small one pays
     * for storing its changes at every commit; of the sizes tried at 10,000 cases these cost the least.
     */
    static final int REFERRALS_PER_TRANSACTION = 100;
    static final int MEETINGS_PER_TRANSACTION = 8;
    /**
     * The indexes whose keys the load writes in no order: people's names, phonetic and alias keys, dates of birth and
     * postcodes. Each referral dirties pages all over them, and H2 writes every dirtied page whole at each commit. A
     * caller writing a new vault that is thrown away on failure may drop them first and create them after the load,
     * each from sorted rows ({@link org.maracdesk.store.DeferredIndexes}; decision 0081). The load never reads
     * through them. Indexes that grow at one end (ids, dates, statuses) cost more to create again than to keep.
     */
    public static final List<String> UNORDERED_INDEXES = List.of("person_blocking_key_idx", "person_name_key_idx",
            "person_family_fold_idx", "person_given_fold_idx", "person_family_name_idx", "person_dob_idx",
            "person_contact_postcode_idx");

    private final InstrumentRegistry instruments;
    private final int chunk;

    public DemoVaultLoader(InstrumentRegistry instruments) {
        this(instruments, CHUNK);
    }

    /** With {@code chunk} referrals per chunk (tests use small chunks to see several). */
    public DemoVaultLoader(InstrumentRegistry instruments, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be at least 1: " + chunk);
        }
        this.instruments = instruments;
        this.chunk = chunk;
    }

    /** What a load wrote. */
    public record Loaded(int cases, int meetings, int actions) {
    }

    /** Loads a whole dataset in one transaction, everything or nothing; returns the number of cases created. */
    public int load(Store store, SyntheticDataset data) {
        int[] meetingOf = new int[data.referrals().size()];
        List<SyntheticMeeting> meetings = new ArrayList<>();
        for (SyntheticMeeting m : data.meetings()) {
            m.listedReferralIndexes().forEach(i -> meetingOf[i] = m.index());
            meetings.add(new SyntheticMeeting(m.index(), m.date(), m.district(), m.venue(), m.virtual(),
                    m.referralCutOff(), m.status(), List.of()));
        }
        SyntheticChunk all = new SyntheticChunk(0, data.referrals(), meetingOf, data.actions());
        DemoLoadRun run = new DemoLoadRun(new ReferralWriter(instruments), meetings, data.today(),
                data.referrals().size());
        return store.inTransaction(session -> {
            run.start(session);
            run.chunk(session, all);
            run.finish(session);
            return run.cases();
        });
    }

    /**
     * Generates and writes a stream a chunk at a time: its referrals {@link #REFERRALS_PER_TRANSACTION} to a
     * transaction, then the meetings the chunk completes {@link #MEETINGS_PER_TRANSACTION} to a transaction. For a
     * new vault that is thrown away if the load does not finish (the demo command writes into a temporary folder).
     * Checks {@code cancellation} between transactions and tells {@code progress} the cases written so far out of
     * {@code expectedCases} after each chunk.
     */
    public Loaded load(Store store, SyntheticStream stream, int expectedCases, ProgressListener progress,
                       Cancellation cancellation, Clock clock) {
        DemoLoadRun run = new DemoLoadRun(new ReferralWriter(instruments), stream.meetings(), stream.today(),
                stream.total());
        ProgressEstimate estimate = new ProgressEstimate(clock, progress, expectedCases);
        store.doInTransaction(run::start);
        while (stream.hasNext()) {
            cancellation.throwIfCancelled();
            SyntheticChunk next = stream.next(chunk);
            List<SyntheticReferral> referrals = next.referrals();
            for (int from = 0; from < referrals.size(); from += REFERRALS_PER_TRANSACTION) {
                cancellation.throwIfCancelled();
                List<SyntheticReferral> some = referrals.subList(from,
                        Math.min(referrals.size(), from + REFERRALS_PER_TRANSACTION));
                store.doInTransaction(session -> run.referrals(session, some, next));
            }
            run.agreed(next);
            meetings(store, run, run::meetingDue, cancellation);
            estimate.reached(Math.min(run.cases(), expectedCases));
        }
        meetings(store, run, run::meetingsLeft, cancellation);
        cancellation.throwIfCancelled();
        return new Loaded(run.cases(), run.meetingsWritten(), run.actions());
    }

    /** Writes meetings while {@code more} says so, a few to a transaction. */
    private static void meetings(Store store, DemoLoadRun run, BooleanSupplier more, Cancellation cancellation) {
        while (more.getAsBoolean()) {
            cancellation.throwIfCancelled();
            store.doInTransaction(session -> {
                for (int i = 0; i < MEETINGS_PER_TRANSACTION && more.getAsBoolean(); i++) {
                    run.nextMeeting(session);
                }
            });
        }
    }
}
