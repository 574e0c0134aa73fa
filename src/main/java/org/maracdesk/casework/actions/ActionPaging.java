package org.maracdesk.casework.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;

/**
 * The action lists filtered, counted, sorted and paged by the database, with the need-to-know scope
 * ({@link CaseScope}) and the agency restriction in the query itself: nothing loads a whole list to
 * count or filter it.
 */
final class ActionPaging {
    private final Session s;
    private final CaseScope scope;
    private final LocalDate today;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** @param agency the only agency whose actions are shown, or empty for all */
    ActionPaging(Session s, CaseScope scope, Optional<String> agency, LocalDate today) {
        this.s = s;
        this.scope = scope;
        this.today = today;
        conditions.add("a.status = :open");
        params.put("open", ActionStatus.OPEN);
        agency.ifPresent(code -> {
            conditions.add("a.agencyCode = :agency");
            params.put("agency", code);
        });
        if (scope.includesEveryCase()) {
            if (!scope.withheldCases().isEmpty()) {
                conditions.add("c.id not in :scope");
                params.put("scope", scope.withheldCases());
            }
        } else {
            conditions.add("c.id in :scope");
            params.put("scope", scope.caseIds());
        }
    }

    /** False when the account sees no case at all, so no action either. */
    private boolean seesNothing() {
        return !scope.seesCases() || !scope.includesEveryCase() && scope.caseIds().isEmpty();
    }

    ActionPage page(ActionPage.Request request) {
        if (seesNothing() || request.kind() == ActionPage.Kind.DUE_FOR_REVIEW && !nextMeeting()) {
            return ActionPage.empty(request.offset());
        }
        if (request.kind() == ActionPage.Kind.OVERDUE) {
            overdueOnly();
        }
        if (request.typeCode() != null) {
            conditions.add("a.typeCode = :type");
            params.put("type", request.typeCode());
        }
        String where = String.join(" and ", conditions);
        Map<String, Object> counting = new LinkedHashMap<>(params);
        counting.put("today", today);
        long[] counts = ActionQueries.countWithOverdue(s, where, counting);
        long total = counts[0];
        long overdue = counts[1];
        String order = request.kind() == ActionPage.Kind.OVERDUE
                ? " order by coalesce(ag.name, a.agencyCode), a.dueDate, c.reference, a.id" : ActionQueries.ORDER;
        return new ActionPage(ActionQueries.page(s, where, order, params, request.offset(), request.limit()), total,
                overdue, request.offset());
    }

    /** Open and overdue actions per agency, counted by the database (agencies with open actions only). */
    List<AgencyActionCount> countsByAgency() {
        if (seesNothing()) {
            return List.of();
        }
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("today", today);
        var q = s.createSelectionQuery("select a.agencyCode, coalesce(ag.name, a.agencyCode), count(a),"
                + " sum(case when a.dueDate < :today then 1 else 0 end)" + ActionQueries.FROM + " where "
                + String.join(" and ", conditions) + " group by a.agencyCode, coalesce(ag.name, a.agencyCode)"
                + " order by a.agencyCode", Object[].class);
        p.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new AgencyActionCount((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    /** Open and overdue actions per type, counted by the database (types with open actions only). */
    List<TypeActionCount> countsByType() {
        if (seesNothing()) {
            return List.of();
        }
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("today", today);
        var q = s.createSelectionQuery("select a.typeCode, coalesce(ty.name, a.typeCode), count(a),"
                + " sum(case when a.dueDate < :today then 1 else 0 end)" + ActionQueries.FROM + " where "
                + String.join(" and ", conditions) + " group by a.typeCode, coalesce(ty.name, a.typeCode),"
                + " ty.sortOrder order by ty.sortOrder, a.typeCode", Object[].class);
        p.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new TypeActionCount((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    private void overdueOnly() {
        conditions.add("a.dueDate < :today");
        params.put("today", today);
    }

    /** Narrows to actions due by the next scheduled meeting or on its cases; false when none is scheduled. */
    private boolean nextMeeting() {
        List<Object[]> next = s.createSelectionQuery("select m.id, m.meetingDate from Meeting m"
                + " where m.status = :scheduled and m.meetingDate >= :day order by m.meetingDate, m.id",
                Object[].class).setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("day", today)
                .setMaxResults(1).getResultList();
        if (next.isEmpty()) {
            return false;
        }
        conditions.add("(a.dueDate <= :date or c.id in (select l.maracCase.id from Listing l"
                + " where l.meeting.id = :meeting))");
        params.put("date", next.get(0)[1]);
        params.put("meeting", next.get(0)[0]);
        return true;
    }
}
