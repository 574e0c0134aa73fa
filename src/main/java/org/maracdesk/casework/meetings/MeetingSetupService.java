package org.maracdesk.casework.meetings;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.AgencyRepresentative;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.District;
import org.maracdesk.casework.MaracAgency;
import org.maracdesk.casework.MaracArea;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingSlot;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/** The coordinator's set-up: agencies and representatives, areas and districts, scheduling meetings. */
public final class MeetingSetupService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final ChangeLog changes;
    private final java.time.Clock clock;

    public MeetingSetupService(StoreProvider stores, CurrentUser users, AuditLog audit) {
        this.stores = stores;
        this.users = users;
        this.changes = new ChangeLog(stores, users, audit);
        this.clock = audit.clock();
    }

    private void require() {
        PermissionMatrix.require(users.current(), Permission.MANAGE_MEETINGS);
    }

    /** The meeting timescales in force (decision 0059): the referral cut-off a new meeting is offered. */
    public org.maracdesk.casework.settings.Timescales timescales() {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> org.maracdesk.casework.settings.Settings.current(s).timescales());
    }

    /** Every agency, active or not, in agency order, with its representatives' names. */
    public List<AgencyView> agencies() {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> s.createSelectionQuery("from MaracAgency a order by a.sortOrder, a.code",
                MaracAgency.class).getResultList().stream().map(a -> new AgencyView(a.getCode(), a.getName(),
                a.isActive(), s.createSelectionQuery("select r.name from AgencyRepresentative r where r.agency = :a"
                        + " order by r.name", String.class).setParameter("a", a).getResultList(),
                a.seesSafeContact(), a.isForChildren(), a.getIsaSignedOn(), a.getIsaSignedBy())).toList());
    }

    /**
     * Records an agency's signed information-sharing agreement (decision 0059): the day and who signed it as a
     * role or title; both null clear it (no agreement on file). Audited with the old and new values.
     */
    public void setAgreement(String code, java.time.LocalDate signedOn, String signedBy) {
        require();
        String by = Text.optional(signedBy, "signed by", 200);
        if ((signedOn == null) != (by == null)) {
            throw new IllegalArgumentException("give both the day the agreement was signed and who signed it (a role"
                    + " or title, for example Chief Executive), or neither to record that none is on file");
        }
        stores.store().doInTransaction(s -> {
            MaracAgency a = s.get(MaracAgency.class, code);
            if (a == null) {
                throw new IllegalArgumentException("there is no agency " + code + " in this MARAC's list");
            }
            if (!java.util.Objects.equals(a.getIsaSignedOn(), signedOn) || !java.util.Objects.equals(a.getIsaSignedBy(), by)) {
                changes.changed(s, "marac_agency", code, "isa", String.valueOf(a.getIsaSignedOn()),
                        a.getIsaSignedBy(), String.valueOf(signedOn), by);
                a.setAgreement(signedOn, by);
            }
        });
    }

    /**
     * Marks an agency as a children's agency (listed first on the agenda, research grid and meeting view for a case
     * with children, decision 0047), or unmarks it. Audited.
     */
    public void setForChildren(String code, boolean forChildren) {
        require();
        stores.store().doInTransaction(s -> {
            MaracAgency a = s.get(MaracAgency.class, code);
            if (a == null) {
                throw new IllegalArgumentException("there is no agency " + code + " in this MARAC's list");
            }
            if (a.isForChildren() != forChildren) {
                a.setForChildren(forChildren);
                changes.changed(s, "marac_agency", code, "for_children", String.valueOf(forChildren));
            }
        });
    }

    /**
     * Lets an agency's representatives see victims' safe addresses and contact details (on the case
     * screen, and in that agency's copy of the minutes), or stops it. Audited.
     */
    public void setSafeContact(String code, boolean sees) {
        require();
        stores.store().doInTransaction(s -> {
            MaracAgency a = s.get(MaracAgency.class, code);
            if (a == null) {
                throw new IllegalArgumentException("there is no agency " + code + " in this MARAC's list");
            }
            if (a.seesSafeContact() != sees) {
                a.setSeesSafeContact(sees);
                changes.changed(s, "marac_agency", code, "sees_safe_contact", String.valueOf(sees));
            }
        });
    }

    /**
     * The MARAC's speaking order (decision 0061): agency codes and {@link SpeakingOrder#REFERRER}, first place
     * first. Not case data: anyone who sees agendas reads it.
     */
    public List<String> speakingOrder() {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(SpeakingOrder::read);
    }

    /**
     * Replaces the speaking order, as the coordinator saw it ({@code basedOn}) with the new one; an empty order
     * leaves every case in agency order. The old and new order go into the change history (record type
     * {@code speaking_order}) and the audit trail.
     *
     * @throws IllegalArgumentException an entry that is neither a known agency code nor the referrer, or one twice
     * @throws ConcurrentChangeException when someone changed the order since {@code basedOn} was read
     */
    public void saveSpeakingOrder(List<String> basedOn, List<String> order) {
        require();
        List<String> clean = order.stream().map(e -> e == null ? "" : e.strip()).toList();
        for (String e : clean) {
            if (!SpeakingOrder.REFERRER.equals(e) && Agency.fromCode(e).isEmpty()) {
                throw new IllegalArgumentException("\"" + e + "\" is not an agency code or \"referrer\"; use one of "
                        + Agency.codes() + " or referrer");
            }
        }
        if (new java.util.HashSet<>(clean).size() != clean.size()) {
            throw new IllegalArgumentException("the speaking order names an agency twice; name each one once");
        }
        if (clean.size() > SpeakingOrder.MAX_ENTRIES) {
            throw new IllegalArgumentException("the speaking order has more than " + SpeakingOrder.MAX_ENTRIES
                    + " places; name fewer agencies");
        }
        stores.store().doInTransaction(s -> {
            List<String> now = SpeakingOrder.read(s);
            if (!now.equals(basedOn)) {
                Object[] last = s.createSelectionQuery("select c.changedBy, c.changedAt from RecordChange c where"
                        + " c.recordType = 'speaking_order' order by c.changedAt desc, c.id desc", Object[].class)
                        .setMaxResults(1).uniqueResultOptional().orElse(new Object[2]);
                throw new ConcurrentChangeException((String) last[0], (java.time.Instant) last[1], null);
            }
            if (now.equals(clean)) {
                return;
            }
            s.createNativeMutationQuery("delete from speaking_order").executeUpdate();
            for (int i = 0; i < clean.size(); i++) {
                s.createNativeMutationQuery("insert into speaking_order (place, entry_code) values (:p, :e)")
                        .setParameter("p", i + 1).setParameter("e", clean.get(i)).executeUpdate();
            }
            new ChangeHistory(s, "speaking_order", 0, null, users.current().username(), clock.instant())
                    .field("speakingOrder", String.join(", ", now), String.join(", ", clean), null);
            changes.changed(s, "speaking_order", 0, String.join(",", clean));
        });
    }

    /** Adds an agency by its code (one of the known codes) or renames and re-activates it. */
    public void saveAgency(String code, String name, boolean active) {
        require();
        if (Agency.fromCode(code).isEmpty()) {
            throw new IllegalArgumentException("agency code \"" + code + "\" is not one of " + Agency.codes());
        }
        String clean = Text.required(name, "agency name", 200);
        stores.store().doInTransaction(s -> {
            MaracAgency a = s.get(MaracAgency.class, code);
            if (a == null) {
                int next = s.createSelectionQuery("select coalesce(max(a.sortOrder), 0) + 1 from MaracAgency a",
                        Integer.class).getSingleResult();
                a = new MaracAgency(code, clean, next);
                s.persist(a);
            } else {
                a.rename(clean);
            }
            a.setActive(active);
            changes.changed(s, "marac_agency", code, clean, String.valueOf(active));
        });
    }

    public long addRepresentative(String agencyCode, String name, String jobTitle, String email, String phone) {
        require();
        String clean = Text.required(name, "representative's name", 200);
        return stores.store().inTransaction(s -> {
            MaracAgency a = s.get(MaracAgency.class, agencyCode);
            if (a == null) {
                throw new IllegalArgumentException("there is no agency " + agencyCode + "; add it first");
            }
            AgencyRepresentative r = new AgencyRepresentative(a, clean, Text.optional(jobTitle, "job title", 200),
                    Text.optional(email, "email", 254), Text.optional(phone, "phone", 40));
            s.persist(r);
            s.flush();
            changes.changed(s, "agency_representative", r.getId(), agencyCode, clean);
            return r.getId();
        });
    }

    /** The representatives of one agency, by name. */
    public List<RepresentativeView> representatives(String agencyCode) {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> s.createSelectionQuery("from AgencyRepresentative r where r.agency.code = :c"
                + " order by r.name, r.id", AgencyRepresentative.class).setParameter("c", agencyCode).getResultList()
                .stream().map(r -> new RepresentativeView(r.getId(), r.getName(), r.getJobTitle())).toList());
    }

    /** Removes a representative who no longer attends for their agency. */
    public void removeRepresentative(long id) {
        require();
        stores.store().doInTransaction(s -> {
            AgencyRepresentative r = s.get(AgencyRepresentative.class, id);
            if (r == null) {
                throw new IllegalArgumentException("that representative has already been removed; refresh the list");
            }
            String agency = r.getAgency().getCode();
            s.remove(r);
            changes.changed(s, "agency_representative", id, agency, "removed");
        });
    }

    /** Every district with its area, in area then district order. */
    public List<AreaDistrict> areaDistricts() {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> s.createSelectionQuery("select d.area.name, d.name, d.retiredOn from District d"
                + " order by d.area.name, d.name", Object[].class).getResultList().stream()
                .map(row -> new AreaDistrict((String) row[0], (String) row[1], row[2] != null)).toList());
    }

    /** Adds a district to an area, creating the area on first use. */
    public void addDistrict(String areaName, String districtName) {
        require();
        String area = Text.required(areaName, "area", 120);
        String district = Text.required(districtName, "district", 120);
        stores.store().doInTransaction(s -> {
            MaracArea a = area(s, area);
            long exists = s.createSelectionQuery("select count(d) from District d where d.area = :a and d.name = :n",
                    Long.class).setParameter("a", a).setParameter("n", district).getSingleResult();
            if (exists == 0) {
                District d = new District(a, district);
                s.persist(d);
                s.flush();
                changes.changed(s, "district", d.getId(), area, district);
            }
        });
    }

    /** Area names with their districts, as "area: district, district". */
    public List<String> districts() {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> s.createSelectionQuery("select d.name from District d where d.retiredOn is null"
                + " order by d.area.name, d.name", String.class).getResultList());
    }

    /** A retired district takes no new meetings (an area's name is not a district's, and passes). */
    private static void refuseRetired(Session s, String name) {
        long retired = s.createSelectionQuery("select count(d) from District d where d.name = :n and d.retiredOn is"
                + " not null", Long.class).setParameter("n", name == null ? "" : name.strip()).getSingleResult();
        if (retired > 0) {
            throw new IllegalArgumentException("the district " + name.strip() + " is retired; choose another district");
        }
    }

    private static MaracArea area(Session s, String name) {
        return s.createSelectionQuery("from MaracArea a where a.name = :n", MaracArea.class).setParameter("n", name)
                .uniqueResultOptional().orElseGet(() -> {
                    MaracArea a = new MaracArea(name);
                    s.persist(a);
                    return a;
                });
    }

    /** Schedules a meeting; the cut-off must fall on or before its date. */
    public long schedule(NewMeeting m) {
        require();
        if (m.date() == null || m.cutOff() == null) {
            throw new IllegalArgumentException("a meeting needs a date and a referral cut-off date");
        }
        if (m.cutOff().isAfter(m.date())) {
            throw new IllegalArgumentException("the referral cut-off must be on or before the meeting date");
        }
        String district = Text.required(m.district(), "district", 120);
        String venue = m.virtual() ? Text.optional(m.venue(), "venue", 200) : Text.required(m.venue(), "venue", 200);
        for (TimeSlot t : m.slots()) {
            if (!t.endsAt().isAfter(t.startsAt())) {
                throw new IllegalArgumentException("the time slot for " + t.district() + " must end after it starts");
            }
        }
        return stores.store().inTransaction(s -> {
            refuseRetired(s, district);
            m.slots().forEach(t -> refuseRetired(s, t.district()));
            Meeting meeting = new Meeting(m.date(), district, venue, m.virtual(), m.cutOff(), MeetingStatus.SCHEDULED);
            meeting.setChairName(Text.optional(m.chair(), "chair", 200));
            s.persist(meeting);
            for (TimeSlot t : m.slots()) {
                s.persist(new MeetingSlot(meeting, Text.required(t.district(), "slot district", 120), t.startsAt(),
                        t.endsAt()));
            }
            s.flush();
            changes.changed(s, "meeting", meeting.getId(), "scheduled", m.date().toString(), district);
            return meeting.getId();
        });
    }
}
