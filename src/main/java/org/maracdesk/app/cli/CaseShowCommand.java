package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.CaseDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code case show}: one case as the case screen shows it, names only when asked; audited like opening it. */
@Command(name = "show", mixinStandardHelpOptions = true, description = {"One case you may see: status (with the"
        + " closure date, outcome and reason), district, latest risk result, listings and actions; people's names"
        + " only with --names. Recorded in the audit trail like opening the case."})
final class CaseShowCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    @Mixin
    VaultOptions options;
    @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
    String reference;
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;
    @Option(names = "--names", description = "Include the names of the victim, perpetrators and children.")
    boolean names;

    @Override
    public Integer call() throws JsonProcessingException {
        try (OpenVault vault = CliVault.open(options)) {
            CaseDetail d = vault.services().caseViews().open(reference);
            Map<String, Object> out = map(d);
            if (json) {
                System.out.println(JSON.writeValueAsString(out));
            } else {
                out.forEach((k, v) -> {
                    if (v instanceof List<?> list) {
                        System.out.println(k + ":" + (list.isEmpty() ? " none" : ""));
                        list.forEach(item -> System.out.println("  " + item));
                    } else {
                        System.out.println(k + ": " + (v == null ? "-" : v));
                    }
                });
            }
            return ExitCodes.OK;
        }
    }

    private Map<String, Object> map(CaseDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseReference", d.reference());
        m.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
        if (d.closure() != null) {
            m.put("closedOn", d.closure().closedOn().toString());
            m.put("closureOutcome", d.closure().outcome() == null ? null : d.closure().outcome().code());
            m.put("closureReason", d.closure().reason());
        }
        m.put("district", d.district());
        m.put("openedOn", d.openedOn().toString());
        if (names) {
            m.put("victim", person(d.victim()));
            m.put("perpetrators", d.perpetrators().stream().map(CaseShowCommand::person).toList());
            m.put("children", d.children().stream().map(CaseShowCommand::person).toList());
        } else {
            m.put("perpetrators", d.perpetrators().size());
            m.put("children", d.children().size());
        }
        CaseDetail.RiskLine r = d.latestRisk();
        m.put("latestRisk", r == null ? null : r.band() + " (" + r.score() + ", " + r.instrumentId() + ") referral of "
                + r.referralDate() + (r.repeat() ? ", repeat" : "")
                + (r.settingsVersion() == null ? "" : ", scored under local settings version " + r.settingsVersion()));
        List<String> listings = new ArrayList<>();
        d.listings().forEach(l -> listings.add(l.meetingDate() + (l.district() == null ? "" : " " + l.district())
                + (l.repeat() ? " (repeat)" : "")));
        m.put("listings", listings);
        List<String> actions = new ArrayList<>();
        d.actions().forEach(a -> actions.add(a.status().name().toLowerCase(java.util.Locale.ROOT) + ", due "
                + (a.dueDate() == null ? "-" : a.dueDate()) + ", " + a.agencyCode() + ": " + a.description()));
        m.put("actions", actions);
        return m;
    }

    private static String person(CaseDetail.PersonLine p) {
        return p.dateOfBirth() == null ? p.name() : p.name() + ", born " + p.dateOfBirth();
    }
}
