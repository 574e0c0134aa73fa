package org.maracdesk.casework.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** The deletions behind a purge, inside the caller's transaction. Native SQL: no entity is loaded. */
final class CasePurge {
    private static final List<String> PERSON_USES = List.of(
            "select count(*) from marac_case where victim_id = :p",
            "select count(*) from case_perpetrator where person_id = :p",
            "select count(*) from case_child where person_id = :p",
            "select count(*) from case_other_at_risk where person_id = :p",
            "select count(*) from referral where victim_id = :p",
            "select count(*) from referral_person where person_id = :p",
            "select count(*) from referral_possible_match where person_id = :p");

    /** The per-case meeting record kept on each listing. */
    static final List<String> RECORD_COLUMNS = List.of("risks_to_victim", "risks_to_children", "risks_to_others",
            "risks_from_perpetrator", "safety_plan", "crimes_disclosed", "notes");

    private CasePurge() {
    }

    /** Keeps who was asked and when it was submitted; removes what the agencies wrote. */
    static int research(Session s, long caseId) {
        return update(s, "update research_request set facts = null, opinion = null, not_shared = null"
                + " where listing_id in (select id from listing where case_id = :id)"
                + " and (facts is not null or opinion is not null or not_shared is not null)", caseId);
    }

    /** Keeps the listings (dates, order); removes the case's meeting record and its minutes entries. */
    static int minutes(Session s, long caseId) {
        String set = String.join(" = null, ", RECORD_COLUMNS) + " = null";
        String any = String.join(" is not null or ", RECORD_COLUMNS) + " is not null";
        int cleared = update(s, "update listing set " + set + " where case_id = :id and (" + any + ")", caseId);
        cleared += crimes(s, caseId);
        MinutesRedaction.removeCase(s, caseId);
        return cleared;
    }

    /** The crimes disclosed at MARAC on the case, and their change history. */
    static int crimes(Session s, long caseId) {
        update(s, "delete from record_change where record_type = 'crime' and case_id = :id", caseId);
        return update(s, "delete from crime_disclosed where case_id = :id", caseId);
    }

    static int actions(Session s, long caseId) {
        String ofCase = "(select id from action_item where case_id = :id)";
        update(s, "update proposed_action set agreed_action_id = null where agreed_action_id in " + ofCase, caseId);
        update(s, "update action_item set carried_from_id = null where carried_from_id in " + ofCase, caseId);
        update(s, "delete from action_update where action_id in " + ofCase, caseId);
        update(s, "delete from record_change where record_type = 'action' and case_id = :id", caseId);
        return update(s, "delete from action_item where case_id = :id", caseId);
    }

    /** Keeps score and band (the outcome); removes the answers, explanation and judgement. */
    static int checklists(Session s, long caseId) {
        return update(s, "update referral set answers = '{}', risk_result = null, professional_judgement = null"
                + " where case_id = :id and answers <> '{}'", caseId);
    }

    /** Everything about the case; a stub of reference, dates and outcome stays. Returns the referrals removed. */
    static int wholeCase(Session s, long caseId, LocalDate countedFrom, String actor, Instant now) {
        writeStub(s, caseId, countedFrom, actor, now);
        Set<Long> people = new LinkedHashSet<>();
        people.addAll(ids(s, "select victim_id from marac_case where id = :id", caseId));
        for (String join : List.of("case_perpetrator", "case_child", "case_other_at_risk")) {
            people.addAll(ids(s, "select person_id from " + join + " where case_id = :id", caseId));
        }
        people.addAll(ids(s, "select rp.person_id from referral_person rp join referral r on r.id = rp.referral_id"
                + " where r.case_id = :id", caseId));
        String listings = "(select id from listing where case_id = :id)";
        for (String table : List.of("research_request", "proposed_action")) {
            update(s, "delete from " + table + " where listing_id in " + listings, caseId);
        }
        actions(s, caseId);
        crimes(s, caseId);
        update(s, "delete from listing where case_id = :id", caseId);
        update(s, "delete from meeting_change where case_id = :id", caseId);
        MinutesRedaction.removeCase(s, caseId);
        String referrals = "(select id from referral where case_id = :id)";
        for (String table : List.of("referral_flag", "referral_person", "referral_possible_match")) {
            update(s, "delete from " + table + " where referral_id in " + referrals, caseId);
        }
        update(s, "delete from must_not_receive where case_id = :id or referral_id in " + referrals, caseId);
        int removed = update(s, "delete from referral where case_id = :id", caseId);
        update(s, "delete from child_record where case_id = :id", caseId);
        for (String table : List.of("case_perpetrator", "case_child", "case_other_at_risk")) {
            update(s, "delete from " + table + " where case_id = :id", caseId);
        }
        update(s, "delete from professionals_meeting where case_id = :id", caseId);
        update(s, "delete from case_transfer where case_id = :id", caseId);
        update(s, "delete from record_change where case_id = :id", caseId);
        update(s, "delete from marac_case where id = :id", caseId);
        for (long person : people) {
            if (unused(s, person)) {
                update(s, "delete from person_name_key where person_id = :id", person);
                update(s, "delete from person_blocking_key where person_id = :id", person);
                update(s, "delete from person_contact where person_id = :id", person);
                update(s, "delete from person where id = :id", person);
            }
        }
        return removed;
    }

    private static void writeStub(Session s, long caseId, LocalDate countedFrom, String actor, Instant now) {
        s.createNativeMutationQuery("insert into case_stub (reference, opened_on, last_listed_on, counted_from,"
                        + " outcome, purged_at, purged_by) select c.reference, c.opened_on, (select max(m.meeting_date)"
                        + " from listing l join meeting m on m.id = l.meeting_id where l.case_id = c.id), :from,"
                        + " c.status || coalesce(' ' || (select r.band from referral r where r.case_id = c.id"
                        + " order by r.referral_date desc, r.id desc fetch first 1 row only), ''), :at, :actor"
                        + " from marac_case c where c.id = :id")
                .setParameter("from", countedFrom).setParameter("at", now).setParameter("actor", actor)
                .setParameter("id", caseId).executeUpdate();
    }

    private static boolean unused(Session s, long person) {
        for (String sql : PERSON_USES) {
            if (((Number) s.createNativeQuery(sql, Object.class).setParameter("p", person).getSingleResult())
                    .longValue() > 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Long> ids(Session s, String sql, long id) {
        return s.createNativeQuery(sql, Object.class).setParameter("id", id).getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList();
    }

    private static int update(Session s, String sql, long id) {
        return s.createNativeMutationQuery(sql).setParameter("id", id).executeUpdate();
    }
}
