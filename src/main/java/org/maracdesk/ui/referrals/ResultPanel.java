package org.maracdesk.ui.referrals;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.maracdesk.risk.RiskResult;
import org.maracdesk.risk.RouteDecision;
import org.maracdesk.risk.RuleOutcome;
import org.maracdesk.ui.common.Messages;

/**
 * The live result beside the form: score and band, each referral route met or not and why, the
 * serious factors, the cluster rule and the items still not asked. Met and not met are said in
 * words and marks, never by colour alone.
 */
final class ResultPanel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Messages messages;
    private final ReferralText text;
    private final ReferralFormViewModel vm;
    private final VBox box;

    ResultPanel(Messages messages, ReferralText text, ReferralFormViewModel vm, VBox box) {
        this.messages = messages;
        this.text = text;
        this.vm = vm;
        this.box = box;
        vm.resultProperty().addListener(o -> render());
        vm.resultProblemProperty().addListener(o -> render());
        vm.lastListingProperty().addListener(o -> render());
        vm.settingsProperty().addListener(o -> render());
        render();
    }

    private void render() {
        box.getChildren().clear();
        box.getChildren().add(styled(new Label(messages.get("referral.result.title")), "result-title"));
        RiskResult r = vm.resultProperty().get();
        if (r == null) {
            box.getChildren().add(wrapped(vm.resultProblemProperty().get(), "hint-error"));
            return;
        }
        Label score = styled(new Label(messages.format("referral.result.score", r.score(), r.maxScore())), "result-score");
        score.setId("resultScore");
        score.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox scoreLine = new HBox(10, score);
        scoreLine.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        r.band().ifPresent(b -> {
            Label band = styled(new Label(text.band(b)), "band-badge");
            band.getStyleClass().add("band-" + b);
            band.setId("resultBand");
            band.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            scoreLine.getChildren().add(band);
        });
        box.getChildren().addAll(scoreLine,
                wrapped(messages.format("referral.result.threshold", vm.threshold()), "hint"),
                wrapped(messages.format("referral.result.settings", String.valueOf(vm.settingsProperty().get().version())),
                        "small"));
        routes(r);
        serious(r);
        r.cluster().ifPresent(this::cluster);
        if (vm.lastListingProperty().get() != null) {
            box.getChildren().add(wrapped(messages.format("referral.result.lastListing",
                    DATE.format(vm.lastListingProperty().get())), "small"));
        }
        items("referral.result.notAsked", r.notAsked(), "resultNotAsked");
        items("referral.result.dontKnow", r.dontKnow(), "resultDontKnow");
    }

    private void routes(RiskResult r) {
        box.getChildren().add(heading("referral.result.routes"));
        int met = 0;
        for (RouteDecision d : r.routeDecisions()) {
            Label name = styled(new Label((d.met() ? "✔ " : "✘ ") + text.route(d.route()) + " — "
                    + messages.get(d.met() ? "referral.result.met" : "referral.result.notMet")),
                    d.met() ? "route-met" : "route-not-met");
            name.setId("route-" + d.route().name());
            box.getChildren().addAll(name, wrapped(d.explanation(), "route-why"));
            met += d.met() ? 1 : 0;
        }
        Label summary = wrapped(messages.get(met > 0 ? "referral.result.meetsCriteria" : "referral.result.noRoute"),
                met > 0 ? "criteria-met" : "criteria-not-met");
        summary.setId("resultCriteria");
        box.getChildren().add(summary);
    }

    private void serious(RiskResult r) {
        box.getChildren().add(heading("referral.result.serious"));
        if (r.seriousFactors().isEmpty()) {
            box.getChildren().add(wrapped(messages.get("referral.result.none"), "muted"));
        }
        for (String id : r.seriousFactors()) {
            String words = vm.checklist().row(id) == null ? id : vm.checklist().row(id).item().text();
            box.getChildren().add(wrapped("• " + id.toUpperCase(java.util.Locale.ROOT) + "  " + words, "serious-factor"));
        }
    }

    private void cluster(RuleOutcome.Cluster c) {
        box.getChildren().add(heading("referral.result.cluster"));
        box.getChildren().add(wrapped((c.fired() ? "✔ " : "✘ ") + messages.get(c.fired()
                ? "referral.result.clusterPresent" : "referral.result.clusterAbsent"), c.fired() ? "route-met" : "muted"));
        for (RuleOutcome.PartOutcome p : c.parts()) {
            box.getChildren().add(wrapped((p.present() ? "✔ " : "– ") + p.text(), "small"));
        }
    }

    private void items(String key, List<String> ids, String id) {
        if (ids.isEmpty()) {
            return;
        }
        Label l = wrapped(messages.format(key, ids.size(), ids.stream().map(x -> x.toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "))), "small");
        l.setId(id);
        box.getChildren().addAll(l);
    }

    private Label heading(String key) {
        return wrapped(messages.get(key), "result-heading");
    }

    private static Label wrapped(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label styled(Label l, String style) {
        l.getStyleClass().add(style);
        return l;
    }
}
