package org.maracdesk.ui.common;

/**
 * Something wrong with one field of a form, as a view model finds it: {@code field} names the field in the
 * view model's own terms (the view maps it to a control), {@code message} is the sentence to show.
 */
public record FieldProblem(String field, String message) {
}
