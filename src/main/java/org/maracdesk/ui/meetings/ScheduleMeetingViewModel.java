package org.maracdesk.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.maracdesk.casework.meetings.AreaDistrict;
import org.maracdesk.casework.meetings.NewMeeting;
import org.maracdesk.casework.meetings.TimeSlot;
import org.maracdesk.ui.common.FieldProblem;
import org.maracdesk.ui.common.Messages;

/**
 * The Schedule a meeting form: date and cut-off as typed (YYYY-MM-DD), area or district, venue or virtual,
 * chair, and district time slots (HH:MM). {@link #schedule(Runnable)} checks it all and sends it only when
 * nothing is wrong; otherwise it returns the problems, each naming its field.
 */
public final class ScheduleMeetingViewModel {
    public static final String DATE = "date";
    public static final String CUT_OFF = "cutOff";
    public static final String FOR = "for";
    public static final String VENUE = "venue";

    private final MeetingSetupViewModel setup;
    private final Messages messages;
    private final LocalDate today;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty cutOff = new SimpleStringProperty("");
    private final StringProperty forName = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty chair = new SimpleStringProperty("");
    private final BooleanProperty virtual = new SimpleBooleanProperty();
    private final ObservableList<SlotInput> slots = FXCollections.observableArrayList();
    private final ObservableList<String> forChoices = FXCollections.observableArrayList();
    private final ObservableList<String> districtChoices = FXCollections.observableArrayList();
    private boolean cutOffTyped;

    /** One district time slot as typed. */
    public static final class SlotInput {
        private final StringProperty district = new SimpleStringProperty("");
        private final StringProperty start = new SimpleStringProperty("");
        private final StringProperty end = new SimpleStringProperty("");

        public StringProperty districtProperty() {
            return district;
        }

        public StringProperty startProperty() {
            return start;
        }

        public StringProperty endProperty() {
            return end;
        }

        boolean blank() {
            return isBlank(district.get()) && isBlank(start.get()) && isBlank(end.get());
        }
    }

    public ScheduleMeetingViewModel(MeetingSetupViewModel setup, Messages messages, LocalDate today) {
        this.setup = setup;
        this.messages = messages;
        this.today = today;
        date.addListener((o, old, typed) -> defaultCutOff(typed));
        setup.timescalesProperty().addListener((o, old, now) -> defaultCutOff(date.get()));
        setup.districts().addListener((ListChangeListener<AreaDistrict>) c -> fillChoices());
        fillChoices();
        addSlot();
    }

    /** The field names of slot {@code index} (0-based) in {@link FieldProblem#field()}. */
    public static String slotField(int index, String part) {
        return "slot" + (index + 1) + "." + part;
    }

    /** Called as the user types in the cut-off: once they have typed their own, the date no longer fills it. */
    public void cutOffTyped(String text) {
        cutOffTyped = !isBlank(text);
    }

    public SlotInput addSlot() {
        SlotInput s = new SlotInput();
        slots.add(s);
        return s;
    }

    public void removeSlot(SlotInput s) {
        slots.remove(s);
    }

    /** Everything wrong with the form as it stands, in the order the fields come. */
    public List<FieldProblem> check() {
        return check(new ArrayList<>());
    }

    /**
     * Schedules the meeting when nothing is wrong ({@code scheduled} runs once it is stored, after the form is
     * emptied so the same meeting is not scheduled twice); returns the problems, empty when it was sent.
     */
    public List<FieldProblem> schedule(Runnable scheduled) {
        List<TimeSlot> times = new ArrayList<>();
        List<FieldProblem> problems = check(times);
        if (problems.isEmpty()) {
            NewMeeting meeting = new NewMeeting(parseDate(date.get()), forName.get().strip(), venue.get(),
                    virtual.get(), chair.get(), parseDate(cutOff.get()), times);
            setup.schedule(meeting, () -> {
                clear();
                scheduled.run();
            });
        }
        return problems;
    }

    private List<FieldProblem> check(List<TimeSlot> times) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = parseDate(date.get());
        if (day == null) {
            problems.add(problem(DATE, "meeting.setup.error.date"));
        } else if (day.isBefore(today)) {
            problems.add(problem(DATE, "meeting.setup.error.past"));
        }
        LocalDate cut = parseDate(cutOff.get());
        if (cut == null) {
            problems.add(problem(CUT_OFF, "meeting.setup.error.cutOff"));
        } else if (day != null && cut.isAfter(day)) {
            problems.add(problem(CUT_OFF, "meeting.setup.error.cutOffAfter"));
        }
        if (isBlank(forName.get())) {
            problems.add(problem(FOR, "meeting.setup.error.for"));
        }
        if (!virtual.get() && isBlank(venue.get())) {
            problems.add(problem(VENUE, "meeting.setup.error.venue"));
        }
        for (int i = 0; i < slots.size(); i++) {
            checkSlot(i, slots.get(i), problems, times);
        }
        return problems;
    }

    private void checkSlot(int i, SlotInput s, List<FieldProblem> problems, List<TimeSlot> times) {
        if (s.blank()) {
            return;
        }
        String district = s.district.get();
        LocalTime start = parseTime(s.start.get());
        LocalTime end = parseTime(s.end.get());
        if (isBlank(district)) {
            problems.add(slotProblem(i, "district", "meeting.setup.error.slotDistrict"));
        }
        if (start == null || end == null) {
            problems.add(slotProblem(i, start == null ? "start" : "end", "meeting.setup.error.slotTime"));
        } else if (!end.isAfter(start)) {
            problems.add(slotProblem(i, "end", "meeting.setup.error.slotOrder"));
        } else if (!isBlank(district)) {
            times.add(new TimeSlot(district.strip(), start, end));
        }
    }

    /** Empties the form, leaving one blank time slot. */
    public void clear() {
        cutOffTyped = false;
        for (StringProperty p : List.of(date, cutOff, forName, venue, chair)) {
            p.set("");
        }
        virtual.set(false);
        slots.clear();
        addSlot();
    }

    private void defaultCutOff(String typed) {
        if (!cutOffTyped) {
            LocalDate d = parseDate(typed);
            // Referrals close the set number of working days before the meeting (local settings, decision 0059).
            cutOff.set(d == null ? "" : setup.timescalesProperty().get().cutOff(d).toString());
        }
    }

    /** Areas first, then districts, each once. */
    private void fillChoices() {
        Set<String> names = new LinkedHashSet<>();
        // A retired district is not offered for new meetings (decision 0037); its area still is.
        setup.districts().forEach(d -> names.add(d.area()));
        setup.districts().stream().filter(d -> !d.retired()).forEach(d -> names.add(d.district()));
        forChoices.setAll(names);
        districtChoices.setAll(setup.districts().stream().filter(d -> !d.retired()).map(AreaDistrict::district)
                .toList());
    }

    private FieldProblem problem(String field, String key) {
        return new FieldProblem(field, messages.get(key));
    }

    private FieldProblem slotProblem(int i, String part, String key) {
        return new FieldProblem(slotField(i, part), messages.format(key, i + 1));
    }

    static LocalDate parseDate(String s) {
        try {
            return isBlank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** HH:MM, or H:MM for a morning hour. */
    static LocalTime parseTime(String s) {
        try {
            return isBlank(s) ? null : LocalTime.parse(s.strip().length() == 4 ? "0" + s.strip() : s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty cutOffProperty() {
        return cutOff;
    }

    public StringProperty forNameProperty() {
        return forName;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public BooleanProperty virtualProperty() {
        return virtual;
    }

    public ObservableList<SlotInput> slots() {
        return slots;
    }

    public ObservableList<String> forChoices() {
        return forChoices;
    }

    public ObservableList<String> districtChoices() {
        return districtChoices;
    }

    public BooleanProperty busyProperty() {
        return setup.busyProperty();
    }
}
