package org.maracdesk.casework.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * A real store with a coordinator, a chair and police and housing representatives, and helpers: an
 * encrypted vault (H2, through the session manager) or a fresh database on the test PostgreSQL cluster.
 */
public final class MeetingVault {
    public static final String PASS = "meeting services test passphrase";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final TestDesk sessions;
    private int references;

    /** An encrypted vault in {@code dir}. */
    public MeetingVault(Path dir) {
        this(StoreKind.H2, dir);
    }

    /** A store of {@code kind} ({@code dir} holds the vault on H2). */
    public MeetingVault(StoreKind kind, Path dir) {
        sessions = TestDesk.open(kind, dir, "meeting-vault", "Coordinator", "coordinator", PASS.toCharArray(),
                MeetingVault::addAccounts);
    }

    /** The same accounts on {@code desk}, whose first account is "coordinator" (a shared server, say). */
    public MeetingVault(TestDesk desk) {
        sessions = desk;
        addAccounts(desk);
    }

    private static void addAccounts(TestDesk desk) {
        desk.addAccount("chair", "chair", Role.CHAIR, null);
        desk.addAccount("police", "police", Role.AGENCY_REPRESENTATIVE, "police");
        desk.addAccount("housing", "housing", Role.AGENCY_REPRESENTATIVE, "housing");
    }

    /** Adds an account (while signed in as the coordinator, before any administrator exists). */
    void addAccount(String user, String displayName, Role role, String agency) {
        sessions.addAccount(user, displayName, role, agency);
    }

    /** Who is signed in, as the services see it. */
    public TestDesk sessions() {
        return sessions;
    }

    public void as(String user) throws Exception {
        sessions.signInAs(user);
    }

    public void lock() {
        sessions.close();
    }

    public Store store() {
        return sessions.store();
    }

    public AgendaService agenda() {
        return new AgendaService(sessions, sessions, new AuditLog(CLOCK), CLOCK);
    }

    public ResearchService research() {
        return new ResearchService(sessions, sessions, new AuditLog(CLOCK), CLOCK, agenda());
    }

    MeetingSetupService setup() {
        return new MeetingSetupService(sessions, sessions, new AuditLog(CLOCK));
    }

    public MeetingRecordService record() {
        return new MeetingRecordService(sessions, sessions, new AuditLog(CLOCK), CLOCK);
    }

    public MeetingCorrectionService corrections() {
        return new MeetingCorrectionService(sessions, sessions, new AuditLog(CLOCK), CLOCK);
    }

    AgendaCorrectionService agendaCorrections() {
        return new AgendaCorrectionService(sessions, sessions, new AuditLog(CLOCK), CLOCK);
    }

    public long meeting(LocalDate date, LocalDate cutOff, MeetingStatus status) {
        return meetingIn("Northbridge", date, cutOff, status);
    }

    /** A meeting for {@code district}. */
    public long meetingIn(String district, LocalDate date, LocalDate cutOff, MeetingStatus status) {
        return store().inTransaction(s -> {
            Meeting m = new Meeting(date, district, "Civic Centre", false, cutOff, status);
            s.persist(m);
            s.flush();
            return m.getId();
        });
    }

    /** A case whose victim has this name, date of birth and aliases ("; "-separated, or null). */
    public long namedCase(String given, String family, LocalDate born, String aliases) {
        return store().inTransaction(s -> {
            Person victim = new Person(given, family, born, "FEMALE");
            victim.setAliases(aliases);
            s.persist(victim);
            MaracCase c = new MaracCase("NMD-" + (++references), victim, "Northbridge", TODAY.minusDays(3));
            s.persist(c);
            Referral r = new Referral(c, TODAY.minusDays(3), "police", "Referrer");
            r.setChecklist("dash-24", "1", "{}");
            r.setResult(15, "high", "VISIBLE_HIGH_RISK");
            s.persist(r);
            s.flush();
            return c.getId();
        });
    }

    /** A case with an accepted referral on {@code referred}; {@code children} children in the household. */
    public long acceptedCase(LocalDate referred, int children) {
        return acceptedCaseIn("Northbridge", referred, children);
    }

    /** The same, for a case of {@code district}. */
    public long acceptedCaseIn(String district, LocalDate referred, int children) {
        return store().inTransaction(s -> {
            Person victim = new Person("Test", "Victim" + (++references), LocalDate.of(1990, 1, 1), "FEMALE");
            s.persist(victim);
            MaracCase c = new MaracCase("TST-" + references, victim, district, referred);
            Person perpetrator = new Person("Test", "Perp" + references, null, "MALE");
            s.persist(perpetrator);
            c.getPerpetrators().add(perpetrator);
            for (int i = 0; i < children; i++) {
                Person child = new Person("Child" + i, "Victim" + references, TODAY.minusYears(5), "FEMALE");
                s.persist(child);
                c.getChildren().add(child);
            }
            s.persist(c);
            Referral r = new Referral(c, referred, "police", "Referrer");
            r.setChecklist("dash-24", "1", "{}");
            r.setResult(15, "high", "VISIBLE_HIGH_RISK");
            s.persist(r);
            s.flush();
            return c.getId();
        });
    }

    void draftReferral(LocalDate referred) {
        store().doInTransaction(s -> {
            Person victim = new Person("Draft", "Victim" + (++references), LocalDate.of(1990, 1, 1), "FEMALE");
            s.persist(victim);
            Referral r = new Referral(victim, referred, "police", new ReferrerDetails("Referrer", null, null, null,
                    null));
            r.setChecklist("dash-24", "1", "{}");
            s.persist(r);
            if (r.getStatus() != ReferralStatus.DRAFT) {
                throw new IllegalStateException("expected a draft");
            }
        });
    }

    public long list(long meetingId, long caseId, int order) {
        return store().inTransaction(s -> {
            Listing l = new Listing(s.get(Meeting.class, meetingId), s.get(MaracCase.class, caseId), order, false);
            s.persist(l);
            s.flush();
            return l.getId();
        });
    }

    public long action(long meetingId, long caseId, String description) {
        return store().inTransaction(s -> {
            ActionItem a = new ActionItem(s.get(MaracCase.class, caseId), s.get(Meeting.class, meetingId), "police",
                    "Officer", ActionTarget.VICTIM, description, TODAY.plusDays(7));
            s.persist(a);
            s.flush();
            return a.getId();
        });
    }

    long auditEntries() {
        return store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e", Long.class)
                .getSingleResult());
    }
}
