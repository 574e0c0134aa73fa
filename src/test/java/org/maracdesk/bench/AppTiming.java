package org.maracdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.CasePage;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.store.Store;
import org.maracdesk.store.Vault;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.cases.CaseListViewModel;
import org.maracdesk.ui.common.Messages;

/**
 * P2, P4, P5 and P7 through the application's own services graph on a copy of the base vault:
 * what the window does, without the window (the view model runs its background work on the
 * calling thread, as in the view-model tests).
 */
final class AppTiming implements AutoCloseable {
    private final Path vault;
    private final ServicesGraph graph;
    private final Path out;

    AppTiming(Path vault, Path out, Clock clock) {
        this.vault = vault;
        this.out = out;
        this.graph = new ServicesGraph(vault, Runnable::run, clock);
    }

    /** Milliseconds of one key derivation alone: the vault header read and the passphrase's slot unwrapped. */
    double kdfMillis() throws Exception {
        long start = System.nanoTime();
        new Vault(new SecureRandom()).unlock(vault, BenchVaults.USER, BenchVaults.PASSPHRASE.toCharArray()).close();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * P2's parts, in milliseconds: the unlock (KDF, store open, audit chain check), the case list's first page on
     * screen, and after it the count of every case for the status line (decision 0077).
     */
    record Unlock(double unlockMillis, double firstPageMillis, double countMillis, int rowsShown, String status) {
        double totalMillis() {
            return unlockMillis + firstPageMillis;
        }
    }

    /**
     * Unlock → case list first page, headless through {@link CaseListViewModel}. The ORM metadata is
     * prepared first, untimed, as the window prepares it while the unlock screen is shown.
     */
    Unlock unlockToCaseList() throws Exception {
        graph.sessions().warmUp();
        long start = System.nanoTime();
        graph.sessions().unlock(BenchVaults.USER, BenchVaults.PASSPHRASE.toCharArray());
        long unlocked = System.nanoTime();
        CaseListViewModel list = new CaseListViewModel(graph.caseQueries(), new CurrentThreadTaskExecutor(),
                failure -> {
                    throw new IllegalStateException("the case list failed to load", failure);
                }, new Messages(Locale.UK), true);
        long[] shown = {0};
        list.rows().addListener((javafx.collections.ListChangeListener<org.maracdesk.casework.CaseSummary>) change -> {
            if (shown[0] == 0 && !change.getList().isEmpty()) {
                shown[0] = System.nanoTime();
            }
        });
        list.load();
        long counted = System.nanoTime();
        if (list.rows().isEmpty()) {
            throw new IllegalStateException("the case list showed no case");
        }
        return new Unlock((unlocked - start) / 1e6, (shown[0] - unlocked) / 1e6, (counted - shown[0]) / 1e6,
                list.rows().size(), list.statusProperty().get());
    }

    void lock() {
        graph.sessions().lock();
    }

    /** P4: each request's first page, {@code runs} times; milliseconds by request. */
    Map<String, List<Double>> sortAndFilter(int runs) {
        String name = graph.sessions().store().withConnection(AppTiming::commonFamilyName);
        String district = graph.sessions().store().withConnection(c -> firstString(c,
                "select district from marac_case group by district order by count(*) desc fetch first 1 rows only"));
        String prefix = graph.sessions().store().withConnection(c -> firstString(c, "select left(reference, 6)"
                + " from marac_case group by left(reference, 6) order by count(*) fetch first 1 rows only"));
        Map<String, CasePage.Request> requests = new LinkedHashMap<>();
        requests.put("newest first", request("", CasePage.Sort.OPENED, true));
        requests.put("oldest first", request("", CasePage.Sort.OPENED, false));
        requests.put("by reference", request("", CasePage.Sort.REFERENCE, false));
        requests.put("by district", request("", CasePage.Sort.DISTRICT, false));
        requests.put("by victim", request("", CasePage.Sort.VICTIM, false));
        requests.put("filter: a common family name", request(name, CasePage.Sort.OPENED, true));
        requests.put("filter: a district", request(district, CasePage.Sort.OPENED, true));
        requests.put("filter: reference prefix", request(prefix, CasePage.Sort.REFERENCE, false));
        requests.put("filter: no match", request("zzqx", CasePage.Sort.OPENED, true));
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (var e : requests.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                graph.caseQueries().page(e.getValue());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            out.put(e.getKey(), millis);
        }
        return out;
    }

    private static CasePage.Request request(String filter, CasePage.Sort sort, boolean descending) {
        return new CasePage.Request(filter, sort, descending, 0, CaseListViewModel.PAGE);
    }

    private static String commonFamilyName(Connection c) throws SQLException {
        return firstString(c, "select p.family_name from marac_case mc join person p on p.id = mc.victim_id"
                + " group by p.family_name order by count(*) desc fetch first 1 rows only").toLowerCase(Locale.ROOT);
    }

    /**
     * What opening the Meetings area reads, step by step as {@code MeetingsViewModel.load} does: the
     * automatic listing of waiting referrals, the agencies, the meetings from a month back, then the
     * research grid of the next meeting. Milliseconds by step (the second opening, warm).
     */
    Map<String, Double> meetingsArea() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int run = 0; run < 2; run++) {
            out.clear();
            long t0 = System.nanoTime();
            graph.agendas().refresh();
            long t1 = System.nanoTime();
            graph.meetingSetup().agencies();
            long t2 = System.nanoTime();
            var meetings = graph.agendas().meetings(LocalDate.now(graph.clock()).minusDays(31));
            long t3 = System.nanoTime();
            var next = meetings.stream().filter(m -> !m.closed() && !m.date().isBefore(LocalDate.now(graph.clock())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no meeting ahead in the base vault"));
            graph.research().completeness(next.id());
            long t4 = System.nanoTime();
            out.put("listing waiting referrals", (t1 - t0) / 1e6);
            out.put("agencies", (t2 - t1) / 1e6);
            out.put("meetings (" + meetings.size() + ")", (t3 - t2) / 1e6);
            out.put("next meeting's grid", (t4 - t3) / 1e6);
        }
        return out;
    }

    /** P5: {@code saves} edits of one case's minutes field (each with its audit entry), milliseconds each. */
    List<Double> caseEdits(int saves) {
        long listing = graph.sessions().store().withConnection(c -> firstLong(c, "select l.id from listing l join"
                + " meeting m on m.id = l.meeting_id where m.status <> 'CLOSED' order by m.meeting_date, l.id"
                + " fetch first 1 rows only"));
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
            long start = System.nanoTime();
            graph.meetingRecords().saveCaseField(listing, CaseField.NOTES, "Benchmark note, edit number " + i
                    + ": the invented victim agreed to a safety plan review.");
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    /** P5's limit: one small row inserted and committed by plain JDBC, with or without the store's CHECKPOINT after it. */
    List<Double> rawInsertCommit(int inserts, boolean checkpoint) {
        return graph.sessions().store().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("create table if not exists bench_scratch (id bigint auto_increment primary key,"
                        + " note varchar(4000))");
            }
            c.setAutoCommit(false);
            List<Double> millis = new ArrayList<>();
            try (PreparedStatement ins = c.prepareStatement("insert into bench_scratch (note) values (?)");
                 Statement cp = c.createStatement()) {
                for (int i = 0; i < inserts; i++) {
                    long start = System.nanoTime();
                    ins.setString(1, "Benchmark note, edit number " + i);
                    ins.executeUpdate();
                    c.commit();
                    if (checkpoint) {
                        cp.execute("CHECKPOINT");
                    }
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("drop table bench_scratch");
                }
                c.commit();
                c.setAutoCommit(true);
            }
            return millis;
        });
    }

    /** P7: the full minutes of the closed meeting nearest 20 cases, as a PDF; what was written and how long it took. */
    record Export(long meetingId, int cases, double millis, long bytes) {
    }

    Export minutesPdf() throws Exception {
        long[] meeting = graph.sessions().store().withConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("select m.id, count(*) from meeting m join listing l"
                    + " on l.meeting_id = m.id where m.status = 'CLOSED' group by m.id"
                    + " order by abs(count(*) - 20), m.id desc fetch first 1 rows only");
                 ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the base vault has no closed meeting");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        Path file = out.resolve("bench-minutes.pdf");
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        graph.exports().minutes(meeting[0], null, new ExportService.Target(file, false),
                BenchVaults.PASSPHRASE.toCharArray());
        double millis = (System.nanoTime() - start) / 1e6;
        long bytes = Files.size(file);
        Files.delete(file);
        return new Export(meeting[0], (int) meeting[1], millis, bytes);
    }

    /** P7: the data return (PDF) for {@code from}..{@code to}; cases discussed in it are counted by the return itself. */
    Export dataReturnPdf(LocalDate from, LocalDate to) throws Exception {
        Path file = out.resolve("bench-return.pdf");
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        var result = graph.exports().dataReturn(from, to, null, ExportFormat.PDF, new ExportService.Target(file,
                false), BenchVaults.PASSPHRASE.toCharArray());
        double millis = (System.nanoTime() - start) / 1e6;
        long bytes = Files.size(file);
        Files.delete(file);
        return new Export(0, result.items(), millis, bytes);
    }

    /** The first and last referral dates in the vault (the span a return over everything covers). */
    LocalDate[] referralSpan() {
        return graph.sessions().store().withConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("select min(referral_date), max(referral_date) from referral");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)};
            }
        });
    }

    private static String firstString(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the base vault has nothing for: " + sql);
            }
            return rs.getString(1);
        }
    }

    private static long firstLong(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the base vault has nothing for: " + sql);
            }
            return rs.getLong(1);
        }
    }

    Store store() {
        return graph.sessions().store();
    }

    @Override
    public void close() {
        if (graph.sessions().isUnlocked()) {
            graph.sessions().lock();
        }
    }
}
