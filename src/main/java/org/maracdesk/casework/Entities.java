package org.maracdesk.casework;

import java.util.List;

/** The casework entity classes, handed to the persistence unit by the composition root. */
public final class Entities {
    private Entities() {
    }

    public static List<Class<?>> all() {
        return List.of(Person.class, MaracCase.class, Referral.class, ReferralPerson.class, MustNotReceive.class,
                Meeting.class, Listing.class, ActionItem.class, ActionUpdate.class);
    }
}
