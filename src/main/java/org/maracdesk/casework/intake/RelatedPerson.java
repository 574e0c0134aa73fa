package org.maracdesk.casework.intake;

/**
 * A perpetrator, child or other person at risk named on a referral, with what the form says
 * about them. Fields that do not apply to the role are null.
 */
public record RelatedPerson(PersonDetails person, String relationshipToVictim, String relationshipToPerpetrator,
        String livesWith, String school, String note) {

    public static RelatedPerson of(PersonDetails person, String relationshipToVictim) {
        return new RelatedPerson(person, relationshipToVictim, null, null, null, null);
    }
}
