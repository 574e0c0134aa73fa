package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Who referred (the agency code is kept on the referral itself): name, job title, how to reach
 * them, and whether their line manager or MARAC representative was consulted (null when not said);
 * whether the risk checklist (RIC) was sent with the referral, and the manager who signed the referral
 * off (name and title) with the date (decision 0060; null when not said).
 */
@Embeddable
public record ReferrerDetails(
        @Column(name = "referrer_name", length = 200) String name,
        @Column(name = "referrer_role", length = 200) String role,
        @Column(name = "referrer_phone", length = 40) String phone,
        @Column(name = "referrer_email", length = 254) String email,
        @Column(name = "manager_consulted") Boolean managerConsulted,
        @Column(name = "ric_attached") Boolean ricAttached,
        @Column(name = "manager_signoff", length = 200) String managerSignOff,
        @Column(name = "manager_signoff_on") LocalDate signedOffOn) {

    /** Referrer details without the RIC and sign-off answers (as before decision 0060). */
    public ReferrerDetails(String name, String role, String phone, String email, Boolean managerConsulted) {
        this(name, role, phone, email, managerConsulted, null, null, null);
    }

    /** Whether the manager's sign-off is given: a name (and title) and a date. */
    public boolean signedOff() {
        return managerSignOff != null && !managerSignOff.isBlank() && signedOffOn != null;
    }
}
