package org.maracdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.ResearchField;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SharedServer;
import org.maracdesk.testdata.TestPostgres;

/**
 * P9 (issue 13): N simulated desks on one shared server of the test cluster, each its own account, its own
 * login role and its own connection pool, signed in as in use, doing a meeting week's mix for a given time:
 * research entry on its own request, action updates (desks 0 and 1 on the same action: two people saving
 * the same case), and case list opens. Prints saves per second, p95 save latency, conflicts detected
 * (saves refused as lost races) and lost updates found by reconciling what each desk believes it saved
 * with what the database holds. Synthetic data only; speed is reported, never asserted.
 *
 * Two phases of that time each: paced (each desk pauses 0 to 4 s between steps, a step every 2 s on average,
 * faster than anyone types) and flat out (no pause: the machine's capacity, every desk queueing behind the others).
 *
 * <pre>scripts/bench-shared [--clients 25] [--seconds 60] [--think-ms MEAN]   (--think-ms 0: flat out only)</pre>
 */
public final class SharedServerBenchmark {
    private static final String PASS = "shared server benchmark passphrase";

    private SharedServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 25;
        int seconds = 60;
        int thinkMillis = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--think-ms" -> thinkMillis = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (clients < 2 || seconds < 1) {
            throw new IllegalArgumentException("--clients at least 2, --seconds at least 1");
        }
        Path dir = Files.createTempDirectory("marac-p9-");
        try {
            run(dir, clients, seconds, thinkMillis);
        } finally {
            TestPostgres.stopIfStarted();
        }
    }

    /** Both phases unless {@code thinkMillis} names one: paced (a pause of 0 to 2 × that between steps), flat out (0). */
    private static void run(Path dir, int clients, int seconds, int thinkMillis) throws Exception {
        System.out.println("P9: setting up a shared server with " + clients + " desks...");
        SharedServer server = new SharedServer(dir, "Coordinator", "coordinator", PASS);
        MeetingVault vault = new MeetingVault(server);
        LocalDate today = LocalDate.now(Clock.systemUTC());
        long meeting = vault.meeting(today.plusDays(10), today.plusDays(3), MeetingStatus.SCHEDULED);
        long[] requests = new long[clients];
        long[] actions = new long[clients];
        for (int i = 0; i < clients; i++) {
            long caseId = vault.acceptedCase(today.minusDays(5), 0);
            long listing = vault.list(meeting, caseId, i + 1);
            requests[i] = server.store().inTransaction(s -> {
                ResearchRequest r = new ResearchRequest(s.get(Listing.class, listing), "police", true, true, false,
                        Instant.now());
                s.persist(r);
                s.flush();
                return r.getId();
            });
            actions[i] = vault.action(meeting, caseId, "Flag the address, desk " + i);
            server.addAccount("desk" + i, "Desk " + i, Role.AGENCY_REPRESENTATIVE, "police");
        }
        actions[1] = actions[0]; // desks 0 and 1 save the same case's action
        List<ServicesGraph> desks = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ServicesGraph g = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
            g.server().signIn(server.connectionFile(), "desk" + i, PASS.toCharArray());
            desks.add(g);
        }
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentHashMap<Long, AtomicInteger> actionSaves = new ConcurrentHashMap<>();
        String[] lastResearch = new String[clients];
        ConcurrentHashMap<Long, String> lastNote = new ConcurrentHashMap<>();
        Shared shared = new Shared(desks, requests, actions, conflicts, failures, actionSaves, lastResearch, lastNote);
        List<String> lines = new ArrayList<>();
        lines.add(rawFloor(server, requests[0]));
        lines.add(warmUp(shared));
        for (int think : thinkMillis >= 0 ? List.of(thinkMillis) : List.of(PACED_MILLIS, 0)) {
            lines.add(phase(shared, seconds, think));
        }
        for (ServicesGraph g : desks) {
            g.sessions().lock();
        }
        int lost = reconcile(server, requests, lastResearch, actionSaves, lastNote);
        System.out.println();
        lines.forEach(System.out::println);
        System.out.printf("P9  %d conflicts detected (lost races refused), %d lost updates found by reconciliation,"
                + " %d desks stopped by an error%n", conflicts.get(), lost, failures.get());
        System.out.println("    target: 0 lost updates, p95 save <= 150 ms");
        server.close();
    }

    private static int version(String versionAndNote) {
        return Integer.parseInt(versionAndNote.substring(0, versionAndNote.indexOf('\u001f')));
    }

    /**
     * Lost updates: a desk's last research text that is not what the database holds; an action whose history
     * has a different number of rows than the saves that were reported successful; an action whose note is not
     * the one of the save that reached the highest version.
     */
    private static int reconcile(SharedServer server, long[] requests, String[] lastResearch,
                                 ConcurrentHashMap<Long, AtomicInteger> actionSaves,
                                 ConcurrentHashMap<Long, String> lastNote) throws Exception {
        int lost = 0;
        try (Connection c = server.superuser()) {
            try (PreparedStatement ps = c.prepareStatement("select facts from research_request where id = ?")) {
                for (int i = 0; i < requests.length; i++) {
                    if (lastResearch[i] == null) {
                        continue;
                    }
                    ps.setLong(1, requests[i]);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (!lastResearch[i].equals(rs.getString(1))) {
                            lost++;
                        }
                    }
                }
            }
            try (PreparedStatement history = c.prepareStatement("select count(*) from action_update where action_id = ?");
                 PreparedStatement note = c.prepareStatement("select note from action_item where id = ?")) {
                for (var e : actionSaves.entrySet()) {
                    history.setLong(1, e.getKey());
                    try (ResultSet rs = history.executeQuery()) {
                        rs.next();
                        lost += Math.abs(rs.getInt(1) - e.getValue().get());
                    }
                    note.setLong(1, e.getKey());
                    try (ResultSet rs = note.executeQuery()) {
                        rs.next();
                        String expected = lastNote.get(e.getKey());
                        if (expected != null && !expected.substring(expected.indexOf('\u001f') + 1)
                                .equals(rs.getString(1))) {
                            lost++;
                        }
                    }
                }
            }
        }
        return lost;
    }

    /** What the desks share across phases. */
    private record Shared(List<ServicesGraph> desks, long[] requests, long[] actions, AtomicInteger conflicts,
                          AtomicInteger failures, ConcurrentHashMap<Long, AtomicInteger> actionSaves,
                          String[] lastResearch, ConcurrentHashMap<Long, String> lastNote) {
    }

    /** Mean pause between one desk's steps in the paced phase: a step every 2 s is faster than anyone types. */
    private static final int PACED_MILLIS = 2000;

    /**
     * One desk's step: {@code pick} 0–3 saves research, 4–6 reads and updates an action, 7–9 opens the case list.
     * Save latencies are added to {@code latencies}.
     */
    private static void step(Shared sh, int desk, ServicesGraph g, int pick, int n, List<Long> latencies,
                             AtomicInteger opens) {
        if (pick < 4) {
            String text = "desk " + desk + " note " + n;
            long t0 = System.nanoTime();
            g.research().save(sh.requests()[desk], ResearchField.FACTS, text);
            latencies.add(System.nanoTime() - t0);
            sh.lastResearch()[desk] = text;
        } else if (pick < 7) {
            ActionRow row = g.actions().action(sh.actions()[desk]);
            boolean done = row.status() == ActionStatus.OPEN;
            String note = "desk " + desk + " update " + n;
            long t0 = System.nanoTime();
            try {
                ActionRow saved = g.actions().update(new ActionChange(row.id(), row.version(),
                        done ? ActionStatus.DONE : ActionStatus.OPEN,
                        done ? LocalDate.now(Clock.systemUTC()) : null, note));
                latencies.add(System.nanoTime() - t0);
                sh.actionSaves().computeIfAbsent(row.id(), k -> new AtomicInteger()).incrementAndGet();
                sh.lastNote().merge(row.id(), saved.version() + "\u001f" + note, (a, b) ->
                        version(a) > version(b) ? a : b);
            } catch (ConcurrentChangeException lost) {
                sh.conflicts().incrementAndGet();
            }
        } else {
            g.caseQueries().listCases();
            opens.incrementAndGet();
        }
    }

    /**
     * Each desk's first steps, one of each kind, all desks at once, before anything is measured. A desk's first
     * save pays for its own start: Hibernate reads each query for the first time (a query plan cache per desk)
     * and the JIT compiles the paths. Each real desk is its own machine and pays this once, in parallel with the
     * others; 25 of them paying it at the same moment on this machine's two cores is not what they see, so it is
     * reported on its own line, not mixed into the phases' p95.
     */
    private static String warmUp(Shared sh) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger opens = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sh.desks().size(); i++) {
            int desk = i;
            Thread t = new Thread(() -> {
                try {
                    for (int pick : new int[] {0, 4, 7}) {
                        step(sh, desk, sh.desks().get(desk), pick, pick, latencies, opens);
                    }
                } catch (RuntimeException e) {
                    sh.failures().incrementAndGet();
                    System.err.println("P9: desk " + desk + " stopped in its first steps: " + e.getClass().getSimpleName());
                }
            }, "desk-warm-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format("P9  first steps of %d desks started together (not in the phases below): %d saves,"
                + " median %.1f ms, slowest %.1f ms", sh.desks().size(), sorted.size(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static String phase(Shared sh, int seconds, int think) throws InterruptedException {
        int clients = sh.desks().size();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger opens = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] end = new long[1];
        System.out.println("P9: " + clients + " desks, " + (think > 0 ? "paced" : "flat out") + ", for " + seconds + " s");
        for (int i = 0; i < clients; i++) {
            int desk = i;
            Thread t = new Thread(() -> {
                ServicesGraph g = sh.desks().get(desk);
                Random random = new Random(desk);
                int n = 0;
                try {
                    start.await();
                    if (think > 0) {
                        Thread.sleep(random.nextInt(2 * think + 1)); // desks do not start their day in step
                    }
                    while (System.nanoTime() < end[0]) {
                        n++;
                        step(sh, desk, g, random.nextInt(10), n, latencies, opens);
                        if (think > 0) {
                            Thread.sleep(random.nextInt(2 * think + 1));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    sh.failures().incrementAndGet();
                    System.err.println("P9: desk " + desk + " stopped: " + e.getClass().getSimpleName());
                }
            }, "desk-" + i);
            threads.add(t);
            t.start();
        }
        end[0] = System.nanoTime() + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p95 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1,
                (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
        return String.format("P9  %d desks, %s, %d s: %d saves (%.1f saves/s), p95 save %.1f ms, %d case opens",
                clients, think > 0 ? "paced (a step every " + think / 1000.0 + " s on average per desk)"
                        : "flat out (no pause between steps)", seconds, sorted.size(), sorted.size() / (double) seconds,
                p95, opens.get());
    }

    /**
     * The side-by-side limit: the same kind of write in plain JDBC on the same server, one desk, nothing else
     * running: a research text updated and committed (no scope check, history, audit entry or session set-up).
     */
    private static String rawFloor(SharedServer server, long request) throws java.sql.SQLException {
        List<Long> took = new ArrayList<>();
        try (java.sql.Connection c = server.superuser()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("update research_request set facts = ? where id = ?")) {
                for (int i = 0; i < 200; i++) {
                    long t0 = System.nanoTime();
                    ps.setString(1, "raw floor " + i);
                    ps.setLong(2, request);
                    ps.executeUpdate();
                    c.commit();
                    took.add(System.nanoTime() - t0);
                }
            }
        }
        Collections.sort(took);
        return String.format("P9  side by side: raw JDBC update + commit on the same server, one desk: p50 %.1f ms,"
                + " p95 %.1f ms", took.get(99) / 1e6, took.get(189) / 1e6);
    }
}
