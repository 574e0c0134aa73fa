package org.maracdesk.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressEstimate;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.demo.synthetic.SyntheticChunk;
import org.maracdesk.demo.synthetic.SyntheticDataset;
import org.maracdesk.demo.synthetic.SyntheticMeeting;
import org.maracdesk.demo.synthetic.SyntheticStream;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.store.Store;

/**
 * Writes synthetic data into a vault: people, cases (a repeat referral joins its victim's case), referrals scored by
 * the real risk engine, meetings, listings with children's cases first, and actions. Used for the demo vault, tests
 * and benchmarks. Writing goes a chunk of referrals at a time (session flushed and cleared after each; JDBC batching
 * as configured in the persistence unit), so a vault of any size is written in bounded memory.
 */
public final class DemoVaultLoader {
    /** Referrals generated and written per chunk. */
    public static final int CHUNK = 1_000;

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
     * Generates and writes a stream a chunk at a time, one transaction per chunk: for a new vault that is thrown
     * away if the load does not finish (the demo command writes into a temporary folder). Checks
     * {@code cancellation} between chunks and tells {@code progress} the cases written so far out of
     * {@code expectedCases}.
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
            store.doInTransaction(session -> run.chunk(session, next));
            estimate.reached(Math.min(run.cases(), expectedCases));
        }
        cancellation.throwIfCancelled();
        store.doInTransaction(run::finish);
        return new Loaded(run.cases(), run.meetingsWritten(), run.actions());
    }
}
