package org.maracdesk.casework;

import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * Correcting a person named on a case (a mistyped name or date of birth, a wrong address): the
 * coordinator, who decides referrals ({@link Permission#DECIDE_REFERRALS}), with a reason, because the
 * person went out on agendas and minutes. The old and new values stay in the change history; the audit
 * trail has a digest. A person named on several cases is corrected once, for all of them.
 */
public final class PersonCorrectionService {
    static final String RECORD = "person";
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final java.time.Clock clock;

    public PersonCorrectionService(StoreProvider stores, CurrentUser users, AuditLog audit, java.time.Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person as the dialog starts from; reading it is audited (it shows identity and address, and for
     * the victim the current address, so a {@code VIEWED safe-contact} entry too).
     */
    public PersonDetailsLine person(long caseId, long personId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        Store store = stores.store();
        return store.inTransaction(s -> {
            PersonDetailsLine line = line(s, who, caseId, personId);
            new ReadAudit(audit).shown(store, s, who, "person", personId, List.of(caseId));
            if ("victim".equals(line.role())) {
                new ReadAudit(audit).shown(store, s, who, SafeContactService.AUDITED_AS, caseId, List.of(caseId));
            }
            return line;
        });
    }

    /** Changes the person to read as {@code after} says (same case, person and version); returns it. */
    public PersonDetailsLine correct(PersonDetailsLine after, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new IllegalArgumentException("reason: say why the person's details change; they may have gone out"
                    + " on agendas and minutes");
        }
        required(after.givenName(), "given name");
        required(after.familyName(), "family name");
        if (after.dateOfBirth() != null && after.dateOfBirth().isAfter(java.time.LocalDate.now(clock))) {
            throw new IllegalArgumentException("date of birth: cannot be in the future");
        }
        Store store = stores.store();
        return store.inTransaction(s -> {
            PersonDetailsLine before = line(s, who, after.caseId(), after.personId());
            apply(s, who, before, after, after.caseId(), why);
            return line(s, who, after.caseId(), after.personId());
        });
    }

    /**
     * Writes the changed fields of one person, a history line each, and the audit entry; nothing when
     * nothing changed. {@code caseId} is what the history lines are filed under (null for a referral without a case).
     */
    private void apply(Session s, AccountInfo who, PersonDetailsLine before, PersonDetailsLine after, Long caseId,
                       String why) {
        String given = required(after.givenName(), "given name");
        String family = required(after.familyName(), "family name");
        if (after.dateOfBirth() != null && after.dateOfBirth().isAfter(java.time.LocalDate.now(clock))) {
            throw new IllegalArgumentException("date of birth: cannot be in the future");
        }
        Store store = stores.store();
        if (before.version() == after.version()) {
            writeChanges(s, who, store, after, caseId, why, given, family);
            return;
        }
        // Lost the race: say who saved the person last and when, from its own history (decision 0051).
        List<ChangeHistory.Line> lines = ChangeHistory.of(s, CaseScope.of(s, who), RECORD, after.personId());
        ChangeHistory.Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        throw new org.maracdesk.common.ConcurrentChangeException(last == null ? null : last.by(),
                last == null ? null : last.at(), null);
    }

    private void writeChanges(Session s, AccountInfo who, Store store, PersonDetailsLine after, Long caseId,
                              String why, String given, String family) {
        Person p = s.find(Person.class, after.personId());
        ChangeHistory h = new ChangeHistory(s, RECORD, after.personId(), caseId, who.username(),
                clock.instant());
        String gender = after.gender() == null ? null : after.gender().name();
        h.field("givenName", p.getGivenName(), given, why);
        h.field("familyName", p.getFamilyName(), family, why);
        h.field("dateOfBirth", p.getDateOfBirth(), after.dateOfBirth(), why);
        h.field("gender", p.getGender(), gender, why);
        String aliases = optional(after.aliases(), "aliases", 1000);
        h.field("aliases", p.getAliases(), aliases, why);
        String line1 = optional(after.addressLine1(), "address", 200);
        String town = optional(after.town(), "town", 100);
        String postcode = optional(after.postcode(), "postcode", 12);
        boolean moved = h.field("addressLine1", p.getAddressLine1(), line1, why);
        moved |= h.field("town", p.getTown(), town, why);
        moved |= h.field("postcode", p.getPostcode(), postcode == null ? null
                : postcode.toUpperCase(Locale.ROOT), why);
        if (h.written() == 0) {
            return;
        }
        p.correctIdentity(given, family, after.dateOfBirth(), gender);
        p.setAliases(aliases);
        if (moved) {
            p.setAddress(line1, town, postcode == null ? null : postcode.toUpperCase(Locale.ROOT), p.getDistrict());
        }
        audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(after.personId()),
                AuditDigest.of(store, given, family, String.valueOf(after.dateOfBirth()), why));
        s.flush();
    }

    /**
     * A person named on a decided referral (its victim, a perpetrator, a child or another person at risk),
     * as the correction dialog starts from; {@code caseId} of the line is the referral's case, or 0 when
     * it has none (Idva only, declined). The referral must be within the account's scope. Audited as
     * {@link #person} is.
     */
    public PersonDetailsLine personOnReferral(long referralId, long personId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        Store store = stores.store();
        return store.inTransaction(s -> {
            PersonDetailsLine line = referralLine(s, who, referralId, personId);
            List<Long> cases = line.caseId() == 0 ? List.of() : List.of(line.caseId());
            new ReadAudit(audit).shown(store, s, who, "person", personId, cases);
            return line;
        });
    }

    /** Corrects a person named on a decided referral, the same way as {@link #correct}, with the reason. */
    public PersonDetailsLine correctOnReferral(long referralId, PersonDetailsLine after, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new IllegalArgumentException("reason: say why the person's details change; they may have gone out"
                    + " on agendas and minutes");
        }
        return stores.store().inTransaction(s -> {
            PersonDetailsLine before = referralLine(s, who, referralId, after.personId());
            apply(s, who, before, after, before.caseId() == 0 ? null : before.caseId(), why);
            return referralLine(s, who, referralId, after.personId());
        });
    }

    private static PersonDetailsLine referralLine(Session s, AccountInfo who, long referralId, long personId) {
        Referral r = s.find(Referral.class, referralId);
        if (r == null || r.getStatus() == ReferralStatus.DRAFT) {
            throw new IllegalArgumentException("there is no decided referral " + referralId);
        }
        MaracCase c = r.getMaracCase();
        if (c != null && !CaseScope.of(s, who).includes(c.getId())) {
            throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
        }
        String role = r.getVictim() != null && r.getVictim().getId().equals(personId) ? "victim" : null;
        if (role == null) {
            PersonRole named = s.createSelectionQuery("select x.role from ReferralPerson x where x.referral = :r"
                    + " and x.person.id = :p", PersonRole.class).setParameter("r", r).setParameter("p", personId)
                    .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
            role = named == null ? null : named == PersonRole.OTHER_AT_RISK ? "other" : named.name().toLowerCase(Locale.ROOT);
        }
        Person p = s.find(Person.class, personId);
        if (role == null || p == null) {
            throw new IllegalArgumentException("there is no such person on this referral");
        }
        return new PersonDetailsLine(c == null ? 0 : c.getId(), personId, role, p.getGivenName(), p.getFamilyName(),
                p.getAliases(), p.getDateOfBirth(), gender(p.getGender()), p.getAddressLine1(), p.getTown(),
                p.getPostcode(), p.getVersion());
    }

    /**
     * Every correction made on the case (its people and its actions, removed actions included), oldest
     * first, for whoever may open the case: the history is shown where the record is shown.
     */
    public List<ChangeHistory.CaseLine> caseChanges(long caseId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> ChangeHistory.ofCase(s, CaseScope.of(s, who), caseId));
    }

    /** What was corrected on the person, oldest first. */
    public List<ChangeHistory.Line> changes(long caseId, long personId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        return stores.store().read(s -> {
            line(s, who, caseId, personId);
            return ChangeHistory.of(s, CaseScope.of(s, who), RECORD, personId);
        });
    }

    private static PersonDetailsLine line(Session s, AccountInfo who, long caseId, long personId) {
        if (!CaseScope.of(s, who).includes(caseId)) {
            throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
        }
        MaracCase c = s.find(MaracCase.class, caseId);
        Person p = s.find(Person.class, personId);
        if (c == null || p == null) {
            throw new IllegalArgumentException("there is no such person on this case");
        }
        String role = c.getVictim().getId().equals(personId) ? "victim"
                : c.getPerpetrators().stream().anyMatch(x -> x.getId().equals(personId)) ? "perpetrator"
                : c.getChildren().stream().anyMatch(x -> x.getId().equals(personId)) ? "child" : null;
        if (role == null) {
            throw new IllegalArgumentException("there is no such person on this case");
        }
        return new PersonDetailsLine(caseId, personId, role, p.getGivenName(), p.getFamilyName(), p.getAliases(),
                p.getDateOfBirth(), gender(p.getGender()), p.getAddressLine1(), p.getTown(), p.getPostcode(),
                p.getVersion());
    }

    private static Gender gender(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Gender.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return Gender.NOT_KNOWN;
        }
    }

    private static String required(String value, String field) {
        String v = optional(value, field, 200);
        if (v == null) {
            throw new IllegalArgumentException(field + ": needed");
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return v;
    }
}
