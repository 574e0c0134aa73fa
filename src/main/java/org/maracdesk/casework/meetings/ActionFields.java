package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.maracdesk.casework.ActionItem;
import org.hibernate.Session;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.ActionType;
import org.maracdesk.casework.actions.ActionTypeService;

/** Sets one part of an action from the text the view holds; says whether anything changed. */
final class ActionFields {
    private ActionFields() {
    }

    /** Sets a part of the action; the type and its details are checked against the MARAC's type list. */
    static boolean set(Session s, ActionItem a, ActionField f, String value) {
        switch (f) {
            case TYPE -> {
                ActionType t = ActionTypeService.forAction(s, value, a.getTypeCode());
                String text = ActionTypeService.detailText(t, a.getDetailText());
                LocalDate date = ActionTypeService.detailDate(t, a.getDetailDate());
                boolean changed = !Objects.equals(text, a.getDetailText()) || !Objects.equals(date, a.getDetailDate());
                a.setDetailText(text);
                a.setDetailDate(date);
                return change(a.getTypeCode(), t.getCode(), () -> a.setTypeCode(t.getCode())) || changed;
            }
            case TYPE_DETAIL -> {
                String text = ActionTypeService.detailText(s.get(ActionType.class, a.getTypeCode()), value);
                return change(a.getDetailText(), text, () -> a.setDetailText(text));
            }
            case TYPE_DATE -> {
                LocalDate date = ActionTypeService.detailDate(s.get(ActionType.class, a.getTypeCode()),
                        date(value, "the date"));
                return change(a.getDetailDate(), date, () -> a.setDetailDate(date));
            }
            default -> {
                return set(a, f, value);
            }
        }
    }

    /** Sets {@code a} to the type {@code typeCode} (Other when null) with its details, for a new action. */
    static void type(Session s, ActionItem a, String typeCode, String detailText, LocalDate detailDate) {
        ActionType t = ActionTypeService.forAction(s, typeCode, null);
        a.setTypeCode(t.getCode());
        a.setDetailText(ActionTypeService.detailText(t, detailText));
        a.setDetailDate(ActionTypeService.detailDate(t, detailDate));
    }

    private static boolean set(ActionItem a, ActionField f, String value) {
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
        return date(value, "the due date");
    }

    private static LocalDate date(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be written YYYY-MM-DD, e.g. 2026-12-01");
        }
    }
}
