package org.maracdesk.casework.meetings;

/** One person who attends for an agency, as the set-up screen lists them. */
public record RepresentativeView(long id, String name, String jobTitle) {
}
