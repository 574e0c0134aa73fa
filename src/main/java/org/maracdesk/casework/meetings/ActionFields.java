package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionTarget;

/** Sets one part of an action from the text the view holds; says whether anything changed. */
final class ActionFields {
    private ActionFields() {
    }

    static boolean set(ActionItem a, ActionField f, String value) {
        switch (f) {
            case AGENCY -> {
                String code = MeetingRecordService.agency(value);
                return change(a.getAgencyCode(), code, () -> a.setAgencyCode(code));
            }
            case OWNER -> {
                String owner = Text.optional(value, "owner", 200);
                return change(a.getOwnerName(), owner, () -> a.setOwnerName(owner));
            }
            case TARGET -> {
                ActionTarget t = target(value);
                return change(a.getTarget(), t, () -> a.setTarget(t));
            }
            case DESCRIPTION -> {
                String d = Text.required(value, "action description", 4000);
                return change(a.getDescription(), d, () -> a.setDescription(d));
            }
            case DUE_DATE -> {
                LocalDate due = date(value);
                return change(a.getDueDate(), due, () -> a.setDueDate(due));
            }
            default -> throw new IllegalArgumentException("unknown action field " + f);
        }
    }

    private static boolean change(Object before, Object after, Runnable apply) {
        if (Objects.equals(before, after)) {
            return false;
        }
        apply.run();
        return true;
    }

    static ActionTarget target(String value) {
        try {
            return ActionTarget.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the action's target must be victim, child, perpetrator or other");
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the due date must be written YYYY-MM-DD, e.g. 2026-12-01");
        }
    }
}
