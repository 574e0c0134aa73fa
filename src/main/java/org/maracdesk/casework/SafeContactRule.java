package org.maracdesk.casework;

import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;

/**
 * The field-level part of the need-to-know rule: who may see a victim's current address, safe
 * phone number and safe times. Coordinators always; agency representatives and Idvas when their
 * agency is marked for it in this MARAC's agency list ({@code marac_agency.sees_safe_contact}: the
 * police and the Idva service unless the coordinator changes it); chairs and administrators never.
 * Everyone else is told the MARAC coordinator holds them.
 */
public final class SafeContactRule {
    private SafeContactRule() {
    }

    /** True when this account may see safe addresses and contact details of the cases in its scope. */
    public static boolean sees(Session s, AccountInfo who) {
        if (who == null) {
            return false;
        }
        if (who.role() == Role.COORDINATOR) {
            return true;
        }
        if (who.role() != Role.AGENCY_REPRESENTATIVE && who.role() != Role.IDVA) {
            return false;
        }
        String agency = who.agencyCode() != null ? who.agencyCode() : who.role() == Role.IDVA ? Agency.IDVA.code() : null;
        return agency != null && agencySees(s, agency);
    }

    /** True when documents addressed to this agency (its copy of the minutes) may carry safe addresses. */
    public static boolean agencySees(Session s, String agencyCode) {
        return Boolean.TRUE.equals(s.createSelectionQuery("select a.seesSafeContact from MaracAgency a"
                + " where a.code = :code", Boolean.class).setParameter("code", agencyCode).getSingleResultOrNull());
    }
}
