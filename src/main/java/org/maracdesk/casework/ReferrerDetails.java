package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who referred (the agency code is kept on the referral itself): name, job title, how to reach
 * them, and whether their line manager or MARAC representative was consulted (null when not said).
 */
@Embeddable
public record ReferrerDetails(
        @Column(name = "referrer_name", length = 200) String name,
        @Column(name = "referrer_role", length = 200) String role,
        @Column(name = "referrer_phone", length = 40) String phone,
        @Column(name = "referrer_email", length = 254) String email,
        @Column(name = "manager_consulted") Boolean managerConsulted) {
}
