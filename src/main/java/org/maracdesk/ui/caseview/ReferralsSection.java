package org.maracdesk.ui.caseview;

import java.util.Locale;
import javafx.scene.control.Button;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.hub.HubRecords;
import org.maracdesk.security.Permission;

/**
 * The case's referrals, newest first: date, who referred, the decision and the checklist's result. For those
 * who may read referrals in full (the coordinator) each has "Open in full…", the referral record with its
 * corrections and reversal (ui/referrals); the case is read again when it closes.
 */
final class ReferralsSection extends RowsSection<HubRecords.Referral> {
    ReferralsSection(CaseHub hub) {
        super(hub, "hub.referrals", "hubReferrals");
    }

    @Override
    java.util.List<HubRecords.Referral> read(long caseId) {
        return hub.services().hub().referrals(caseId);
    }

    @Override
    void fill() {
        frame.clear();
        boolean opens = hub.allows(Permission.IMPORT_REFERRALS) && hub.services().openReferral() != null;
        for (HubRecords.Referral r : vm.rows()) {
            String text = line(r);
            if (opens) {
                Button open = frame.button("hub.referral.open",
                        messages.format("hub.referral.open.accessible", frame.date(r.referralDate())), () -> open(r));
                frame.rows().getChildren().add(frame.row(frame.line(text), open));
            } else {
                frame.rows().getChildren().add(frame.stop(text));
            }
        }
    }

    String line(HubRecords.Referral r) {
        StringBuilder text = new StringBuilder(messages.format("hub.referral.line", frame.date(r.referralDate()),
                agency(r.referringAgency()), messages.get(statusKey(r))));
        if (r.band() != null) {
            text.append(" · ").append(messages.format("hub.referral.result", messages.get("band." + r.band()),
                    r.score() == null ? "" : String.valueOf(r.score())));
        }
        if (r.repeat()) {
            text.append(" ").append(messages.get("caseview.risk.repeat"));
        }
        text.append('\n').append(signOff(r));
        if (r.decisionReason() != null && !r.decisionReason().isBlank()) {
            text.append('\n').append(messages.format("hub.referral.reason", r.decisionReason().strip()));
        }
        return text.toString();
    }

    /** RIC attached and the manager's sign-off (decision 0060), said also when not given. */
    private String signOff(HubRecords.Referral r) {
        String ric = messages.get(r.ricAttached() == null ? "hub.referral.ric.notSaid"
                : r.ricAttached() ? "hub.referral.ric.yes" : "hub.referral.ric.no");
        String by = r.managerSignOff() == null || r.managerSignOff().isBlank() ? messages.get("hub.referral.signOff.none")
                : r.signedOffOn() == null ? messages.format("hub.referral.signOff.undated", r.managerSignOff())
                : messages.format("hub.referral.signOff", r.managerSignOff(), frame.date(r.signedOffOn()));
        return ric + " · " + by;
    }

    private static String statusKey(HubRecords.Referral r) {
        return switch (r.status()) {
            case DRAFT -> "referral.status.draft";
            case ACCEPTED -> "referral.status.accepted";
            case IDVA_ONLY -> "referral.status.idvaOnly";
            case DECLINED -> "referral.status.declined";
        };
    }

    private String agency(String code) {
        if (code == null) {
            return messages.get("caseview.none");
        }
        java.util.Optional<Agency> known = Agency.fromCode(code);
        if (known.isEmpty()) {
            return code;
        }
        String[] parts = known.get().code().split("-");
        StringBuilder key = new StringBuilder("referral.agency.").append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
        }
        return messages.bundle().containsKey(key.toString()) ? messages.get(key.toString()) : code;
    }

    private void open(HubRecords.Referral r) {
        hub.services().openReferral().accept(frame.node().getScene().getWindow(), r.id());
        hub.reload();
    }
}
