package org.maracdesk.exchange.exports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.WithheldCases;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MinutesRecords;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.store.StoreProvider;

/**
 * What the coordinator sees of a meeting's frozen minutes before and after sending copies (decision 0033): which
 * cases each agency's copy will hold and why, the record's versions, and who holds which version (the export
 * register), so that holders of a superseded version can be sent the new one. Case references only, no names.
 */
public final class MinutesCopies {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public MinutesCopies(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** One case of an agency's copy, and why it is there. */
    public record CaseLine(String reference, List<MinutesContent.Reason> reasons) {
    }

    /** One agency's copy as it would be made now: its cases with reasons, and how many are withheld from it. */
    public record AgencyCopy(String agency, String agencyName, List<CaseLine> cases, int withheld) {
    }

    /**
     * A copy in the export register: to whom, which version, when, by whom; superseded when a later version exists;
     * the lawful basis code and its wording then, the consent state and the reason for going without it, each null
     * when not recorded (decision 0048, as Copies sent… shows them).
     */
    public record Holder(String recipient, Integer version, Instant exportedAt, String exportedBy,
                         String contentSha256, boolean superseded, String lawfulBasis, String lawfulBasisWording,
                         String consent, String consentReason) {
    }

    /**
     * The outline of a meeting's minutes: the current version and its record's SHA-256, the earlier versions,
     * the copies per agency (the full minutes under {@code null}'s place, first, as {@code "full"}), the holders, and
     * every version with when, by whom and why it was closed (latest first), for the export dialog's version chooser.
     */
    public record Outline(long meetingId, int version, Integer supersedes, String sha256,
                          List<MinutesRecords.VersionLine> earlier, List<AgencyCopy> copies,
                          List<String> fullCopy, List<Holder> holders, List<MinutesRecords.Closing> versions) {
    }

    /**
     * Before any copy is written: the copies of version {@code version} (null: current) per agency, for the
     * coordinator every agency the record names, for an agency's account its own only.
     */
    public Outline preview(long meetingId, Integer version) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.EXPORT_OWN_AGENCY_MINUTES);
        boolean coordinator = PermissionMatrix.allows(who.role(), Permission.EXPORT_FULL_MINUTES);
        if (!coordinator && who.agencyCode() == null) {
            throw new org.maracdesk.security.NotPermittedException(who.role(), Permission.EXPORT_FULL_MINUTES);
        }
        freezeIfOld(meetingId);
        return stores.store().read(s -> outline(s, who, coordinator, meetingId, version));
    }

    private Outline outline(Session s, AccountInfo who, boolean coordinator, long meetingId, Integer version) {
        CaseScope scope = CaseScope.of(s, who);
        MinutesRecords.Stored stored = MinutesRecords.read(s, scope, meetingId, version);
        AgencyNames names = AgencyNames.load(s);
        List<AgencyCopy> copies = new ArrayList<>();
        for (String agency : coordinator ? agencies(stored.record()) : List.of(who.agencyCode())) {
            MinutesContent copy = MinutesQuery.copy(stored, scope, agency, WithheldCases.fromAgency(s, agency));
            copies.add(new AgencyCopy(agency, names.name(agency), copy.cases().stream()
                    .map(c -> new CaseLine(c.reference(), c.reasons())).toList(), copy.withheld()));
        }
        List<String> full = coordinator ? MinutesQuery.copy(stored, scope, null, Set.of()).cases().stream()
                .map(MinutesContent.MinutesCase::reference).toList() : List.of();
        FrozenMinutes r = stored.record();
        return new Outline(meetingId, r.version(), r.supersedes(), stored.sha256(),
                coordinator ? MinutesRecords.versions(s, meetingId) : List.of(), copies, full,
                coordinator ? holders(s, meetingId, stored.current()) : List.of(),
                MinutesRecords.closings(s, meetingId));
    }

    /** Every agency the record names for some case (asked for research, present, holding an action), sorted. */
    static List<String> agencies(FrozenMinutes r) {
        Set<String> out = new TreeSet<>();
        for (FrozenMinutes.Case c : r.cases()) {
            out.addAll(c.sharing().researchAsked());
            out.addAll(c.sharing().present());
            out.addAll(c.sharing().actionHolders());
        }
        return List.copyOf(out);
    }

    /** The register's copies of a meeting's minutes, oldest first (copies from before versions were recorded: no version). */
    public List<Holder> holders(long meetingId) {
        PermissionMatrix.require(users.current(), Permission.EXPORT_FULL_MINUTES);
        return stores.store().read(s -> holders(s, meetingId,
                MinutesRecords.versions(s, meetingId).size() + 1));
    }

    private static List<Holder> holders(Session s, long meetingId, int current) {
        return s.createSelectionQuery("select x.recipient, x.minutesVersion, x.exportedAt, x.exportedBy,"
                + " x.contentSha256, x.lawfulBasis, x.lawfulBasisWording, x.consent, x.consentReason"
                + " from ExportRecord x where x.kind = 'minutes' and (x.meetingId = :m"
                + " or (x.meetingId is null and x.subject = :subject)) order by x.exportedAt, x.id", Object[].class)
                .setParameter("m", meetingId).setParameter("subject", "meeting " + meetingId).getResultList().stream()
                .map(r -> new Holder((String) r[0], (Integer) r[1], (Instant) r[2], (String) r[3], (String) r[4],
                        r[1] == null || (Integer) r[1] < current, (String) r[5], (String) r[6], (String) r[7],
                        (String) r[8])).toList();
    }

    /**
     * One copy in the export register (decision 0041): to whom, which version, when, by whom, in what form
     * ({@code format} pdf, {@code encrypted} or plain), the copy's fingerprint; {@code superseded} when a later
     * version exists; {@code version} null for copies made before versions were recorded; the lawful basis code
     * and wording, consent (GIVEN, REFUSED, NOT_SOUGHT) and the reason for going without it, each null when not
     * recorded (decision 0048); {@code noAgreement} when the recipient is an agency with no signed information-sharing
     * agreement on file now (decision 0059: a warning, not a block).
     */
    public record RegisterLine(String recipient, Integer version, boolean superseded, Instant exportedAt,
                               String exportedBy, String format, boolean encrypted, String contentSha256,
                               String lawfulBasis, String lawfulBasisWording, String consent, String consentReason,
                               boolean noAgreement) {
    }

    /**
     * A meeting's export register: its current version, every copy of its minutes sent, oldest first, and when the
     * minutes were due under the local settings in force (decision 0059).
     */
    public record Register(long meetingId, int current, List<RegisterLine> copies, MinutesDeadline deadline) {
    }

    /**
     * The export register of a meeting's minutes, for the coordinator (those who may export the full minutes):
     * read within the account's need-to-know scope, which must see cases. Recipients, versions and fingerprints
     * only; no case data.
     */
    public Register register(long meetingId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.EXPORT_FULL_MINUTES);
        return stores.store().read(s -> {
            if (!CaseScope.of(s, who).seesCases()) {
                throw new IllegalArgumentException("--meeting: there is no minutes register you may read");
            }
            int current = MinutesRecords.currentVersion(s, meetingId);
            java.util.Set<String> unsigned = new java.util.HashSet<>(s.createSelectionQuery("select a.code from"
                    + " MaracAgency a where a.isaSignedOn is null", String.class).getResultList());
            List<RegisterLine> lines = s.createSelectionQuery("select x.recipient, x.minutesVersion, x.exportedAt,"
                    + " x.exportedBy, x.format, x.encrypted, x.contentSha256, x.lawfulBasis, x.lawfulBasisWording,"
                    + " x.consent, x.consentReason from ExportRecord x where x.kind = 'minutes'"
                    + " and (x.meetingId = :m or (x.meetingId is null and x.subject = :subject))"
                    + " order by x.exportedAt, x.id", Object[].class)
                    .setParameter("m", meetingId).setParameter("subject", "meeting " + meetingId).getResultList()
                    .stream().map(r -> new RegisterLine((String) r[0], (Integer) r[1],
                            r[1] == null || (Integer) r[1] < current, (Instant) r[2], (String) r[3], (String) r[4],
                            (Boolean) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                            (String) r[10], unsigned.contains((String) r[0]))).toList();
            MinutesDeadline deadline = MinutesDeadline.of(s, meetingId,
                    org.maracdesk.casework.settings.Settings.current(s).timescales(), clock.getZone(),
                    java.time.LocalDate.now(clock));
            return new Register(meetingId, current, lines, deadline);
        });
    }

    /**
     * Every meeting held from {@code from} to {@code to} with when its minutes were due under the local settings in
     * force and when the first copy went (decision 0059), oldest first, for those who send the full minutes.
     * Meeting dates and districts only, no case data.
     */
    public List<MinutesDeadline> deadlines(java.time.LocalDate from, java.time.LocalDate to) {
        PermissionMatrix.require(users.current(), Permission.EXPORT_FULL_MINUTES);
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("give a period whose last day is on or after its first");
        }
        return stores.store().read(s -> MinutesDeadline.held(s, from, to,
                org.maracdesk.casework.settings.Settings.current(s).timescales(), clock.getZone(),
                java.time.LocalDate.now(clock)));
    }

    /**
     * A meeting closed before minutes records were complete (decision 0033) has its complete record written now,
     * from its records as they stand, before its first copy; audited with the record's SHA-256. Those who do not
     * run meetings cannot write it and are told to ask the coordinator.
     */
    void freezeIfOld(long meetingId) {
        if (!stores.store().read(s -> MinutesRecords.needsFreezing(s, meetingId))) {
            return;
        }
        AccountInfo who = users.current();
        if (!PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES)) {
            throw new IllegalArgumentException("the minutes of meeting " + meetingId + " have no complete record yet;"
                    + " ask the MARAC coordinator to make the first copy");
        }
        stores.store().doInTransaction(s -> {
            String sha = MinutesRecords.freezeOld(s, meetingId, clock.instant(), who.username());
            audit.append(stores.store(), s, who.username(), AuditAction.CHANGED, "minutes-record",
                    meetingId + "/refrozen", sha);
        });
    }
}
