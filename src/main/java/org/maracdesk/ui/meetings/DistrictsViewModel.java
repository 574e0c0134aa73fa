package org.maracdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.maracdesk.casework.meetings.AreaDistrict;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.Messages;

/** The Districts part of Set-up: the areas and districts, and adding a district (a new area with its first). */
public final class DistrictsViewModel {
    public static final String AREA = "area";
    public static final String DISTRICT = "district";

    private final MeetingSetupViewModel setup;
    private final Messages messages;
    private final StringProperty area = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final ObjectProperty<AreaDistrict> selected = new SimpleObjectProperty<>();

    public DistrictsViewModel(MeetingSetupViewModel setup, Messages messages) {
        this.setup = setup;
        this.messages = messages;
        selected.addListener((o, old, d) -> {
            if (d != null) {
                area.set(d.area());
            }
        });
    }

    /** Adds the district (and its area if new), then empties the district for the next one. */
    public List<FieldProblem> add() {
        List<FieldProblem> problems = new ArrayList<>();
        String message = messages.get("meeting.setup.error.district");
        if (area.get().isBlank()) {
            problems.add(new FieldProblem(AREA, message));
        }
        if (district.get().isBlank()) {
            problems.add(new FieldProblem(DISTRICT, message));
        }
        if (problems.isEmpty()) {
            setup.addDistrict(area.get(), district.get());
            district.set("");
        }
        return problems;
    }

    /** One line of the list; a retired district says so in words. */
    public String line(AreaDistrict d) {
        String line = messages.format("meeting.setup.districtLine", d.area(), d.district());
        return d.retired() ? messages.format("district.retiredLine", line) : line;
    }

    /** Renames the chosen district; a blank name is refused here, other problems by the service. */
    public List<FieldProblem> rename(String newName) {
        AreaDistrict d = selected.get();
        if (d == null || newName == null || newName.isBlank()) {
            return List.of(new FieldProblem(DISTRICT, messages.get("district.error.name")));
        }
        setup.renameDistrict(d, newName);
        return List.of();
    }

    /** Retires the chosen district, or brings it back when it is retired. */
    public void toggleRetired() {
        AreaDistrict d = selected.get();
        if (d != null) {
            setup.retireDistrict(d, !d.retired());
        }
    }

    /** True when rename and retire are offered (coordinators' set-up). */
    public boolean corrects() {
        return setup.correctsDistricts();
    }

    public ObservableList<AreaDistrict> districts() {
        return setup.districts();
    }

    public StringProperty areaProperty() {
        return area;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public ObjectProperty<AreaDistrict> selectedProperty() {
        return selected;
    }
}
