package org.maracdesk.ui.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.maracdesk.exchange.tracker.ColumnMapping;
import org.maracdesk.exchange.tracker.Vocabularies;
import org.maracdesk.ui.common.Messages;

/**
 * The mapping step for names (issue 17): every agency and district name the tracker's columns hold,
 * and which of the vault's agencies or districts it stands for. The tool places what it can; the
 * coordinator places the rest (or corrects a placing). What is shown here is what the next dry run,
 * a saved mapping file and the command line's {@code --mapping} use.
 */
public final class TrackerNames {
    /** Which of the vault's lists a name is placed in. */
    public enum Kind { AGENCY, DISTRICT }

    /**
     * Where a name is placed.
     *
     * @param value an agency code or a district name; "" when the name is not placed
     * @param shown how the choice reads
     */
    public record Place(Kind kind, String value, String shown) {
        public boolean placed() {
            return !value.isBlank();
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    /** One name as the tracker writes it, and where it is placed. */
    public static final class NameRow {
        private final Kind kind;
        private final String name;
        private final ObjectProperty<Place> place;

        NameRow(Kind kind, String name, Place place) {
            this.kind = kind;
            this.name = name;
            this.place = new SimpleObjectProperty<>(place);
        }

        public Kind kind() {
            return kind;
        }

        public String name() {
            return name;
        }

        public ObjectProperty<Place> placeProperty() {
            return place;
        }
    }

    private final Messages messages;
    private final ObservableList<NameRow> rows = FXCollections.observableArrayList();
    private final Map<Kind, List<Place>> places = new LinkedHashMap<>();

    public TrackerNames(Messages messages) {
        this.messages = messages;
        places.put(Kind.AGENCY, List.of(notPlaced(Kind.AGENCY)));
        places.put(Kind.DISTRICT, List.of(notPlaced(Kind.DISTRICT)));
    }

    /** Lists the mapping's names, placed as it places them, among the vault's agencies and districts. */
    void fill(ColumnMapping mapping, Vocabularies vocabulary) {
        List<Place> agencies = new ArrayList<>();
        vocabulary.agencies().forEach((code, name) -> agencies.add(new Place(Kind.AGENCY, code,
                messages.format("migrate.names.agency", name, code))));
        agencies.add(notPlaced(Kind.AGENCY));
        List<Place> districts = new ArrayList<>();
        vocabulary.districts().forEach(d -> districts.add(new Place(Kind.DISTRICT, d, d)));
        districts.add(notPlaced(Kind.DISTRICT));
        places.put(Kind.AGENCY, List.copyOf(agencies));
        places.put(Kind.DISTRICT, List.copyOf(districts));
        List<NameRow> out = new ArrayList<>();
        mapping.agencies().forEach((name, code) -> out.add(new NameRow(Kind.AGENCY, name, place(Kind.AGENCY, code))));
        mapping.districts().forEach((name, d) -> out.add(new NameRow(Kind.DISTRICT, name, place(Kind.DISTRICT, d))));
        rows.setAll(out);
    }

    void clear() {
        rows.clear();
    }

    private Place place(Kind kind, String value) {
        String v = value == null ? "" : value.strip();
        return places.get(kind).stream().filter(p -> p.value().equals(v)).findFirst()
                .orElseGet(() -> new Place(kind, v, messages.format("migrate.names.unknown", v)));
    }

    private Place notPlaced(Kind kind) {
        return new Place(kind, "", messages.get("migrate.names.notPlaced"));
    }

    /** The choices for a name of this kind: the vault's agencies (or districts), then "Not placed". */
    public List<Place> places(Kind kind) {
        return places.get(kind);
    }

    /** Agency names as placed (name as written → agency code, "" when not placed). */
    Map<String, String> agencies() {
        return placed(Kind.AGENCY);
    }

    /** District names as placed (name as written → district, "" when not placed). */
    Map<String, String> districts() {
        return placed(Kind.DISTRICT);
    }

    private Map<String, String> placed(Kind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.stream().filter(r -> r.kind() == kind).forEach(r -> out.put(r.name(), r.placeProperty().get().value()));
        return out;
    }

    /** How many names are not placed yet. */
    public long unplaced() {
        return rows.stream().filter(r -> !r.placeProperty().get().placed()).count();
    }

    /** How a kind reads in the table. */
    public String describe(Kind kind) {
        return messages.get(kind == Kind.AGENCY ? "migrate.names.kind.agency" : "migrate.names.kind.district");
    }

    public ObservableList<NameRow> rows() {
        return rows;
    }
}
