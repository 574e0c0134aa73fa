package org.maracdesk.casework.actions;

import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.maracdesk.casework.ActionDetails;
import org.maracdesk.casework.ActionType;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * The MARAC's list of action types (issue 16): everyone signed in reads it (it holds no case data); the
 * coordinator (who manages meetings) adds, renames, changes the details of and retires types. A type is never
 * deleted, so every action keeps its type; {@link ActionType#OTHER} is never retired. Each change is audited
 * (digest only).
 */
public final class ActionTypeService {
    private static final int NAME_MAX = 200;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;

    public ActionTypeService(StoreProvider stores, CurrentUser users, AuditLog audit) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
    }

    /** Every type, active ones first in the MARAC's order, then retired ones. */
    public List<ActionTypeView> types() {
        users.current();
        return stores.store().read(ActionTypeService::all);
    }

    /** The types an action can be given now (active ones, in order). */
    public List<ActionTypeView> activeTypes() {
        return types().stream().filter(ActionTypeView::active).toList();
    }

    /** One type, or an error naming the codes there are. */
    public ActionTypeView type(String code) {
        return types().stream().filter(t -> t.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("action type \"" + code + "\" is not one of "
                        + String.join(", ", types().stream().map(t -> t.code().toLowerCase(Locale.ROOT)).toList())));
    }

    /** Adds a type; its code is made from the name. Returns the new type. */
    public ActionTypeView add(String name, ActionDetails details) {
        AccountInfo who = require();
        String clean = name(name);
        String code = code(clean);
        if (details == null) {
            throw new IllegalArgumentException("details: choose which details the type records (none, school and"
                    + " date, order and date, date)");
        }
        Store store = stores.store();
        return store.inTransaction(s -> {
            boolean taken = s.createSelectionQuery("select count(t) from ActionType t where t.code = :c"
                    + " or lower(t.name) = :n", Long.class).setParameter("c", code)
                    .setParameter("n", clean.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
            if (taken) {
                throw new IllegalArgumentException("name: there is already an action type called " + clean
                        + " (or one with the code " + code + "); rename or re-activate that one instead");
            }
            int next = s.createSelectionQuery("select coalesce(max(t.sortOrder), 0) from ActionType t"
                    + " where t.code <> :other", Integer.class).setParameter("other", ActionType.OTHER)
                    .getSingleResult() + 10;
            s.persist(new ActionType(code, clean, details, next));
            audit.append(store, s, who.username(), AuditAction.CHANGED, "action_type", code,
                    AuditDigest.of(store, "added", clean, details.name()));
            s.flush();
            return view(s.get(ActionType.class, code));
        });
    }

    /** Renames a type, changes its details, retires or re-activates it. */
    public ActionTypeView change(String code, String name, ActionDetails details, boolean active) {
        AccountInfo who = require();
        String clean = name(name);
        Store store = stores.store();
        return store.inTransaction(s -> {
            ActionType t = s.get(ActionType.class, code);
            if (t == null) {
                throw new IllegalArgumentException("there is no action type " + code);
            }
            if (!active && ActionType.OTHER.equals(code)) {
                throw new IllegalArgumentException("the type Other cannot be retired: actions without a more"
                        + " precise type need it");
            }
            boolean clash = s.createSelectionQuery("select count(x) from ActionType x where x.code <> :c"
                    + " and lower(x.name) = :n", Long.class).setParameter("c", code)
                    .setParameter("n", clean.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
            if (clash) {
                throw new IllegalArgumentException("name: another action type is already called " + clean);
            }
            t.rename(clean);
            t.setDetails(details == null ? t.getDetails() : details);
            t.setActive(active);
            audit.append(store, s, who.username(), AuditAction.CHANGED, "action_type", code,
                    AuditDigest.of(store, "changed", clean, t.getDetails().name(), String.valueOf(active)));
            s.flush();
            return view(t);
        });
    }

    /**
     * The type an action is to be given: an active type by its code (any case), {@link ActionType#OTHER} when
     * none is named; a retired type only when the action already has it.
     */
    public static ActionType forAction(Session s, String code, String current) {
        String c = code == null || code.isBlank() ? ActionType.OTHER : code.strip().toUpperCase(Locale.ROOT);
        ActionType t = s.get(ActionType.class, c);
        if (t == null || !t.isActive() && !c.equals(current)) {
            throw new IllegalArgumentException("type: \"" + code + "\" is not an action type in use; choose one of "
                    + String.join(", ", all(s).stream().filter(ActionTypeView::active)
                    .map(v -> v.code().toLowerCase(Locale.ROOT)).toList()));
        }
        return t;
    }

    /**
     * Checks the details an action of type {@code t} carries: the text kept only when the type has one, at most
     * 400 characters; the date only when it has one. Returns the cleaned text (null when none).
     */
    public static String detailText(ActionType t, String text) {
        String clean = text == null || text.isBlank() || !t.getDetails().hasText() ? null : text.strip();
        if (clean != null && clean.length() > 400) {
            throw new IllegalArgumentException("details: at most 400 characters");
        }
        return clean;
    }

    public static java.time.LocalDate detailDate(ActionType t, java.time.LocalDate date) {
        return t.getDetails().hasDate() ? date : null;
    }

    static List<ActionTypeView> all(Session s) {
        return s.createSelectionQuery("from ActionType t order by case when t.active then 0 else 1 end,"
                + " t.sortOrder, t.code", ActionType.class).getResultList().stream().map(ActionTypeService::view)
                .toList();
    }

    private static ActionTypeView view(ActionType t) {
        return new ActionTypeView(t.getCode(), t.getName(), t.getDetails(), t.isActive());
    }

    private AccountInfo require() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        return who;
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("name: say what the type of action is called, e.g. Sanctuary"
                    + " scheme referral");
        }
        if (clean.length() > NAME_MAX) {
            throw new IllegalArgumentException("name: at most " + NAME_MAX + " characters");
        }
        return clean;
    }

    /** The code made from a name: upper-case letters and digits joined by underscores, at most 40. */
    static String code(String name) {
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("name: use at least one letter or digit (A to Z, 0 to 9)");
        }
        return code.length() > 40 ? code.substring(0, 40).replaceAll("_+$", "") : code;
    }
}
