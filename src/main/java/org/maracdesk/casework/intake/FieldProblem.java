package org.maracdesk.casework.intake;

/**
 * What is wrong with one field of one referral. {@code field} is a path such as
 * {@code victim.dateOfBirth}, {@code children[1].dateOfBirth} or {@code risk.answers.q7};
 * {@code reason} says what is allowed and never repeats a name, date of birth or free text.
 *
 * @param index the referral's position in the batch, from 0
 */
public record FieldProblem(int index, String field, String reason) {
}
