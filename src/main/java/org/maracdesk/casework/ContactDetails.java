package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How to reach someone safely (MARAC.md §2.3): a number, whether it is safe to call (null when
 * not known), safe times and an alternative safe contact.
 */
@Embeddable
public class ContactDetails {
    @Column(length = 40)
    private String phone;
    @Column(length = 254)
    private String email;
    @Column(name = "safe_to_call")
    private Boolean safeToCall;
    @Column(name = "safe_times", length = 200)
    private String safeTimes;
    @Column(name = "safe_contact", length = 400)
    private String safeContact;

    protected ContactDetails() {
    }

    public ContactDetails(String phone, String email, Boolean safeToCall, String safeTimes, String safeContact) {
        this.phone = phone;
        this.email = email;
        this.safeToCall = safeToCall;
        this.safeTimes = safeTimes;
        this.safeContact = safeContact;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Boolean getSafeToCall() {
        return safeToCall;
    }

    public String getSafeTimes() {
        return safeTimes;
    }

    public String getSafeContact() {
        return safeContact;
    }

    /** This contact with every value that {@code newer} gives taken from it; nothing is cleared. */
    public ContactDetails updatedWith(ContactDetails newer) {
        if (newer == null) {
            return this;
        }
        return new ContactDetails(pick(newer.phone, phone), pick(newer.email, email),
                newer.safeToCall != null ? newer.safeToCall : safeToCall, pick(newer.safeTimes, safeTimes),
                pick(newer.safeContact, safeContact));
    }

    private static String pick(String newer, String older) {
        return newer != null ? newer : older;
    }
}
