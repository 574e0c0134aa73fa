package org.maracdesk.ui.meetings;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.casework.settings.Timescales;
import org.maracdesk.casework.meetings.AgencyView;
import org.maracdesk.casework.meetings.AreaDistrict;
import org.maracdesk.casework.meetings.MeetingSetupService;
import org.maracdesk.casework.meetings.NewMeeting;
import org.maracdesk.casework.meetings.RepresentativeView;
import org.maracdesk.ui.common.BackgroundWork;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;

/** The coordinator's set-up: scheduling meetings, agencies with their representatives, districts. */
public final class MeetingSetupViewModel {
    private final MeetingSetupService setup;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final Messages messages;
    private final LongConsumer scheduled;
    private org.maracdesk.casework.meetings.MeetingCorrectionService corrections;
    private final ObservableList<AgencyView> agencies = FXCollections.observableArrayList();
    private final ObservableList<RepresentativeView> representatives = FXCollections.observableArrayList();
    private final ObservableList<AreaDistrict> districts = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<Timescales> timescales =
            new javafx.beans.property.SimpleObjectProperty<>(Timescales.defaults());

    /** {@code scheduled} is told the id of each newly scheduled meeting (the Meetings area then shows it). */
    public MeetingSetupViewModel(MeetingSetupService setup, TaskExecutor executor, ErrorHandler errors,
                                 Messages messages, LongConsumer scheduled) {
        this.setup = setup;
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
        this.scheduled = scheduled;
    }

    public void load() {
        run(() -> new Lists(setup.agencies(), setup.areaDistricts(), setup.timescales()), lists -> {
            agencies.setAll(lists.agencies());
            districts.setAll(lists.districts());
            timescales.set(lists.timescales());
        });
    }

    private record Lists(List<AgencyView> agencies, List<AreaDistrict> districts, Timescales timescales) {
    }

    /** The timescales in force (decision 0059); the built-in ones until loaded. */
    public javafx.beans.property.ObjectProperty<Timescales> timescalesProperty() {
        return timescales;
    }

    public void loadRepresentatives(String agencyCode) {
        if (agencyCode == null) {
            representatives.clear();
            return;
        }
        run(() -> setup.representatives(agencyCode), representatives::setAll);
    }

    /** Schedules the meeting; {@code done} runs (on the FX thread) once it is stored. */
    public void schedule(NewMeeting meeting, Runnable done) {
        run(() -> setup.schedule(meeting), id -> {
            status.set(messages.format("meeting.setup.scheduled", Labels.date(meeting.date())));
            scheduled.accept(id);
            done.run();
        });
    }

    public void saveAgency(String code, String name, boolean active, boolean seesSafeContact) {
        saveAgency(code, name, active, seesSafeContact, null);
    }

    /** The same, and whether it is a children's agency (null leaves that as it is). */
    public void saveAgency(String code, String name, boolean active, boolean seesSafeContact, Boolean forChildren) {
        saveAgency(code, name, active, seesSafeContact, forChildren, null, null, false);
    }

    /** The same, with its signed information-sharing agreement (decision 0059; both null: none on file). */
    public void saveAgency(String code, String name, boolean active, boolean seesSafeContact, Boolean forChildren,
                           java.time.LocalDate isaSignedOn, String isaSignedBy) {
        saveAgency(code, name, active, seesSafeContact, forChildren, isaSignedOn, isaSignedBy, true);
    }

    private void saveAgency(String code, String name, boolean active, boolean seesSafeContact, Boolean forChildren,
                            java.time.LocalDate isaSignedOn, String isaSignedBy, boolean agreement) {
        run(() -> {
            if (agreement) {
                setup.setAgreement(code, isaSignedOn, isaSignedBy);
            }
            setup.saveAgency(code, name, active);
            setup.setSafeContact(code, seesSafeContact);
            if (forChildren != null) {
                setup.setForChildren(code, forChildren);
            }
            return setup.agencies();
        }, list -> {
            agencies.setAll(list);
            status.set(messages.format("meeting.setup.agencySaved", name.strip()));
        });
    }

    public void addRepresentative(String agencyCode, String name, String jobTitle) {
        run(() -> {
            setup.addRepresentative(agencyCode, name, jobTitle, null, null);
            return setup.representatives(agencyCode);
        }, list -> {
            representatives.setAll(list);
            status.set(messages.get("meeting.setup.representativeAdded"));
            load();
        });
    }

    public void removeRepresentative(String agencyCode, RepresentativeView r) {
        run(() -> {
            setup.removeRepresentative(r.id());
            return setup.representatives(agencyCode);
        }, list -> {
            representatives.setAll(list);
            status.set(messages.get("meeting.setup.representativeRemoved"));
            load();
        });
    }

    public void addDistrict(String area, String district) {
        run(() -> {
            setup.addDistrict(area, district);
            return setup.areaDistricts();
        }, list -> {
            districts.setAll(list);
            status.set(messages.format("meeting.setup.districtAdded", district.strip()));
        });
    }

    /** Gives the view model the service that renames and retires districts (coordinators' set-up). */
    public MeetingSetupViewModel withDistrictCorrections(org.maracdesk.casework.meetings.MeetingCorrectionService c) {
        this.corrections = c;
        return this;
    }

    /** True when districts can be renamed and retired here. */
    public boolean correctsDistricts() {
        return corrections != null;
    }

    /** Renames a district; scheduled meetings and its cases take the new name (held meetings keep theirs). */
    public void renameDistrict(AreaDistrict d, String newName) {
        run(() -> {
            corrections.renameDistrict(d.area(), d.district(), newName);
            return setup.areaDistricts();
        }, list -> {
            districts.setAll(list);
            status.set(messages.format("district.renamed", d.district(), newName.strip()));
        });
    }

    /** Retires a district (no new meetings or referrals for it) or, with {@code retire} false, brings it back. */
    public void retireDistrict(AreaDistrict d, boolean retire) {
        run(() -> {
            corrections.retireDistrict(d.area(), d.district(), retire);
            return setup.areaDistricts();
        }, list -> {
            districts.setAll(list);
            status.set(messages.format(retire ? "district.retired" : "district.restored", d.district()));
        });
    }

    /** The speaking order's own view model, on the same service, executor and agency list (decision 0061). */
    public SpeakingOrderViewModel speakingOrder(java.util.function.Function<String, String> typeName) {
        return new SpeakingOrderViewModel(setup, executor, errors, messages, agencies, typeName);
    }

    private <T> void run(BackgroundWork<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        executor.execute(work, result -> {
            busy.set(false);
            done.accept(result);
        }, t -> {
            busy.set(false);
            errors.report(t);
        });
    }

    public ObservableList<AgencyView> agencies() {
        return agencies;
    }

    public ObservableList<RepresentativeView> representatives() {
        return representatives;
    }

    public ObservableList<AreaDistrict> districts() {
        return districts;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
