package org.maracdesk.casework.actions;

import java.util.List;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;

/**
 * A child of a case as an action can name it (decision 0047): the person's id and name. The static helpers are the
 * one rule for naming a child on an action, used by agreeing, correcting and {@code ChildRecordService.nameChild}.
 */
public record ChildChoice(long personId, String name) {

    /** The children of a case, youngest first then by name; the caller has checked the case is in scope. */
    public static List<ChildChoice> of(MaracCase c) {
        return c.getChildren().stream()
                .sorted(java.util.Comparator.comparing(Person::getDateOfBirth,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                        .thenComparing(ChildChoice::name))
                .map(p -> new ChildChoice(p.getId(), name(p))).toList();
    }

    /** A person's name as actions show it. */
    public static String name(Person p) {
        return (p.getGivenName() + " " + p.getFamilyName()).strip();
    }

    /**
     * Names {@code personId} (a child of the action's case) as the one the action is for, or none when null; a named
     * child makes the action's target CHILD. Each change goes into {@code history}; returns whether anything changed.
     *
     * @throws IllegalArgumentException when the person is not a child of the action's case
     */
    public static boolean name(ActionItem a, Long personId, ChangeHistory history, String reason) {
        Person child = personId == null ? null : a.getMaracCase().getChildren().stream()
                .filter(p -> p.getId().equals(personId)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("child: name a child of this action's case"));
        Person before = a.getTargetPerson();
        boolean changed = history.field("targetChild", before == null ? null : before.getId(),
                child == null ? null : child.getId(), reason);
        if (child != null) {
            changed |= history.field("target", a.getTarget(), ActionTarget.CHILD, reason);
            a.setTarget(ActionTarget.CHILD);
        }
        a.setTargetPerson(child);
        return changed;
    }

    /** Names the child on a new action (no history: the action's "agreed" entry covers it). */
    public static void onNew(ActionItem a, Long personId) {
        if (personId == null) {
            return;
        }
        Person child = a.getMaracCase().getChildren().stream().filter(p -> p.getId().equals(personId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("child: name a child of this action's case"));
        a.setTarget(ActionTarget.CHILD);
        a.setTargetPerson(child);
    }
}
