package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.ScrollToFocus;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.ViewLoader;

/**
 * The Set-up tab of the Meetings area (coordinators): {@code MeetingSetupView.fxml} holds three parts, each
 * an FXML view with its own view model — Schedule a meeting, Agencies, Districts — and the status line they
 * share through {@link MeetingSetupViewModel}.
 */
public final class MeetingSetupView {
    private final MeetingSetupViewModel setup;
    private final ViewLoader views;
    private final ScheduleMeetingView schedule;
    private final AgenciesView agencies;
    private final DistrictsView districts;
    @FXML private Tab scheduleTab;
    @FXML private Tab agenciesTab;
    @FXML private Tab districtsTab;
    @FXML private Label statusLabel;

    public MeetingSetupView(MeetingSetupViewModel setup, ViewLoader views, Messages messages, LocalDate today) {
        this.setup = setup;
        this.views = views;
        this.schedule = new ScheduleMeetingView(new ScheduleMeetingViewModel(setup, messages, today), messages);
        this.agencies = new AgenciesView(new AgenciesViewModel(setup, messages), messages);
        this.districts = new DistrictsView(new DistrictsViewModel(setup, messages), messages);
    }

    /** Builds the tab content and loads the lists. */
    public Node build() {
        Parent root = views.load(Fxml.MEETING_SETUP_VIEW, this);
        setup.load();
        return root;
    }

    @FXML
    private void initialize() {
        ScrollPane scroll = new ScrollPane(views.load(Fxml.SCHEDULE_MEETING_VIEW, schedule));
        scroll.setFitToWidth(true);
        ScrollToFocus.install(scroll);
        scheduleTab.setContent(scroll);
        agenciesTab.setContent(views.load(Fxml.AGENCIES_VIEW, agencies));
        districtsTab.setContent(views.load(Fxml.DISTRICTS_VIEW, districts));
        statusLabel.textProperty().bind(setup.statusProperty());
    }

    /** The field Ctrl+Shift+S puts the focus in. */
    public Node firstField() {
        return schedule.firstField();
    }
}
