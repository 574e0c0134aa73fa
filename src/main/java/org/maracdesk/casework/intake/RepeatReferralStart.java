package org.maracdesk.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * "New referral for this victim" from the case hub (issue 14): a referral not yet saved, dated today, with the
 * case's victim, perpetrators, children and others at risk as the case holds them and each linked to the stored
 * person, so that deciding it goes the way every referral goes (the victim's latest case is joined, the repeat
 * rule looks at the linked pair). Only for those who may record referrals, only for a case in scope; the victim's
 * safe contact details are carried over only when the scope shows them, and the reading is audited as a viewing
 * of the case.
 */
public final class RepeatReferralStart {
    /** What the audit trail calls the reading of a case to start a referral for its victim. */
    public static final String AUDITED_AS = "repeat-referral";

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public RepeatReferralStart(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The case's people, ready for the referral form.
     *
     * @param caseReference the case it was started from (the decision should join it)
     * @param draft an unsaved draft (no id): the people and their links, everything else still to be entered
     */
    public record Started(String caseReference, ReferralDraft draft) {
    }

    /**
     * @throws NotPermittedException when the account may not record referrals, or the case is not in its scope
     *                               (the same whether or not the case exists)
     */
    public Started forCase(long caseId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.IMPORT_REFERRALS);
        Store store = stores.store();
        return store.inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            MaracCase c = scope.includes(caseId) ? s.get(MaracCase.class, caseId) : null;
            if (c == null) {
                throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
            }
            PersonDetails victim = ReferralContent.details(c.getVictim());
            if (!scope.seesSafeContact()) {
                victim = new PersonDetails(victim.givenName(), victim.familyName(), victim.aliases(),
                        victim.dateOfBirth(), victim.gender(), null, null, null);
            }
            List<Person> perpetrators = sorted(c.getPerpetrators());
            List<Person> children = sorted(c.getChildren());
            List<Person> others = sorted(c.getOthersAtRisk());
            NewReferral form = new NewReferral(null, LocalDate.now(clock), null, null, null, null, victim,
                    related(perpetrators), related(children), related(others),
                    new RiskInput(new AnswerSheet(InstrumentRegistry.DEFAULT_ID, Map.of()), null, null), Set.of(),
                    null, null, null, null, null, false, List.of(), null);
            PersonLinks links = new PersonLinks(c.getVictim().getId(), positions(perpetrators), positions(children),
                    positions(others));
            new ReadAudit(audit).shown(store, s, who, AUDITED_AS, caseId, List.of(caseId));
            return new Started(c.getReference(), new ReferralDraft(null, null, form, links));
        });
    }

    private static List<Person> sorted(Set<Person> people) {
        List<Person> out = new ArrayList<>(people);
        out.sort(Comparator.comparing(Person::getId));
        return out;
    }

    private static List<RelatedPerson> related(List<Person> people) {
        return people.stream().map(p -> {
            PersonDetails d = ReferralContent.details(p);
            return new RelatedPerson(new PersonDetails(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(),
                    d.gender(), d.address(), null, null), null, null, null, null, null);
        }).toList();
    }

    private static Map<Integer, Long> positions(List<Person> people) {
        Map<Integer, Long> out = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            out.put(i, people.get(i).getId());
        }
        return out;
    }
}
