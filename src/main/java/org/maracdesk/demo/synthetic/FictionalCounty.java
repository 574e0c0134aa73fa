package org.maracdesk.demo.synthetic;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The invented county every generated address lies in: five MARAC districts, each with two to four towns.
 * Postcodes follow the UK format but their outward codes start with "Q", a first letter the real UK system
 * never uses, so no generated postcode can match a real one.
 */
public final class FictionalCounty {
    public static final String NAME = "Wyvernshire";

    /** UK postcode syntax: outward code (area letters + district), space, inward code (digit + two letters). */
    public static final Pattern UK_POSTCODE_FORMAT =
        Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$");

    /** A town, its outward codes and whether it is rural. */
    record Town(String name, String[] outwardCodes, boolean rural, double weight) {
    }

    /** A district, its weekly meeting slot, its fixed venue and how often it meets online. */
    record District(String name, String postcodeArea, double weight, DayOfWeek meetingDay, int fortnightParity,
                    String venue, double virtualShare, Town[] towns) {
    }

    static final District[] DISTRICTS = {
        new District("Marrowdale", "QM", 0.26, DayOfWeek.TUESDAY, 0,
            "Marrowdale Police Station, Conference Room 2", 0.35, new Town[] {
                new Town("Marrowdale", new String[] {"QM1", "QM2", "QM3", "QM4"}, false, 0.70),
                new Town("Thistlecombe", new String[] {"QM7"}, true, 0.18),
                new Town("Oxenby Magna", new String[] {"QM9"}, true, 0.12)}),
        new District("Kestrel Vale", "QK", 0.22, DayOfWeek.WEDNESDAY, 0,
            "Kestrelford Civic Centre, Committee Room B", 0.6, new Town[] {
                new Town("Kestrelford", new String[] {"QK1", "QK2", "QK4"}, false, 0.62),
                new Town("Harnby Cross", new String[] {"QK6"}, false, 0.23),
                new Town("Little Pellworth", new String[] {"QK8"}, true, 0.15)}),
        new District("Saltreach", "QS", 0.24, DayOfWeek.THURSDAY, 0,
            "Saltreach Family Hub, Meeting Room 1", 0.2, new Town[] {
                new Town("Saltreach", new String[] {"QS1", "QS2", "QS3", "QS5"}, false, 0.82),
                new Town("Gullhaven", new String[] {"QS9"}, true, 0.18)}),
        new District("Fernholt", "QF", 0.16, DayOfWeek.TUESDAY, 1,
            "Fernholt Community Safety Office", 0.5, new Town[] {
                new Town("Fernholt", new String[] {"QF1", "QF2"}, false, 0.45),
                new Town("Quillington", new String[] {"QF4"}, false, 0.25),
                new Town("Ashby Wendle", new String[] {"QF5"}, true, 0.16),
                new Town("Larkspur Green", new String[] {"QF8"}, true, 0.14)}),
        new District("Upper Wenmoor", "QW", 0.12, DayOfWeek.THURSDAY, 1,
            "Wenmoor Market Town Hall, Room 4", 0.8, new Town[] {
                new Town("Wenmoor Market", new String[] {"QW1", "QW2"}, false, 0.5),
                new Town("Stonegrove", new String[] {"QW5"}, true, 0.28),
                new Town("Tallowbridge", new String[] {"QW6"}, true, 0.22)}),
    };

    private static final String[] STREET_STEMS = {
        "Oak", "Willow", "Station", "Church", "Mill", "Chapel", "Lark", "Hawthorn", "Meadow", "Victoria", "Albert",
        "Orchard", "Beech", "Kingfisher", "Foxglove", "Heather", "Bramble", "Rowan", "Elm", "Ash", "Birch", "Linden",
        "Primrose", "Bluebell", "Cedar", "Holly", "Juniper", "Poplar", "Sycamore", "Maple", "Park", "School", "Market",
        "Bridge", "Brook", "Castle", "Abbey", "Priory", "Manor", "Grange", "Farm", "Quarry", "Forge", "Tannery",
        "Weaver", "Cooper", "Mason", "Tanner", "Fisher", "Harbour", "Quay", "Dock", "Ferry", "Beacon", "Windmill",
        "Wharf", "Cherry", "Plum", "Hazel", "Fern", "Thistle", "Clover", "Larch", "Heron", "Swallow", "Wren", "Robin",
        "Badger", "Otter", "Kestrel", "Falcon", "Saxon", "Queens", "Kings", "Jubilee", "Coronation", "Regent",
        "Newlands", "Highfield", "Southfield", "Northgate", "Eastgate", "Westbury", "Greenacre", "Longmead",
    };
    private static final String[] STREET_TYPES = {
        "Road", "Road", "Road", "Street", "Street", "Lane", "Lane", "Close", "Close", "Avenue", "Crescent", "Way",
        "Drive", "Gardens", "Terrace", "Court", "Walk", "Grove", "Place", "Row", "View", "Rise", "Mews",
    };
    private static final String[] BUILDING_TYPES = {"House", "Court", "Lodge", "Tower", "Point"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private FictionalCounty() {
    }

    /** District names in a fixed order. */
    public static List<String> districts() {
        String[] names = new String[DISTRICTS.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = DISTRICTS[i].name();
        }
        return List.of(names);
    }

    /** True if {@code postcode} has UK syntax and one of this county's fictional outward codes. */
    public static boolean isFictionalPostcode(String postcode) {
        if (postcode == null || !UK_POSTCODE_FORMAT.matcher(postcode).matches()) {
            return false;
        }
        String outward = postcode.substring(0, postcode.indexOf(' '));
        for (District d : DISTRICTS) {
            for (Town t : d.towns()) {
                for (String o : t.outwardCodes()) {
                    if (o.equals(outward)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Generates addresses; districts and towns are chosen by population weight. */
    static final class AddressMaker {
        private final Rng rng;
        private final Weighted<Integer> districtChoice;
        private final List<Weighted<Town>> townChoice = new ArrayList<>();

        AddressMaker(Rng rng) {
            this.rng = rng;
            Weighted.Builder<Integer> b = Weighted.builder();
            for (int i = 0; i < DISTRICTS.length; i++) {
                b.add(i, DISTRICTS[i].weight());
                Weighted.Builder<Town> tb = Weighted.builder();
                for (Town t : DISTRICTS[i].towns()) {
                    tb.add(t, t.weight());
                }
                townChoice.add(tb.build());
            }
            districtChoice = b.build();
        }

        int randomDistrict() {
            return districtChoice.pick(rng);
        }

        Address inDistrict(int district) {
            Town town = townChoice.get(district).pick(rng);
            return new Address(line1(town.rural()), town.name(), postcode(town), DISTRICTS[district].name());
        }

        /** Some other district than {@code district}. */
        int otherDistrict(int district) {
            int d = rng.nextInt(DISTRICTS.length - 1);
            return d >= district ? d + 1 : d;
        }

        boolean isRural(Address a) {
            for (District d : DISTRICTS) {
                if (d.name().equals(a.district())) {
                    for (Town t : d.towns()) {
                        if (t.name().equals(a.town())) {
                            return t.rural();
                        }
                    }
                }
            }
            return false;
        }

        private String line1(boolean rural) {
            String street = rng.pick(STREET_STEMS) + " " + rng.pick(STREET_TYPES);
            if (!rural && rng.chance(0.14)) {
                return "Flat " + rng.between(1, 36) + ", " + rng.pick(STREET_STEMS) + " " + rng.pick(BUILDING_TYPES)
                    + ", " + street;
            }
            if (rural && rng.chance(0.12)) {
                return rng.pick(STREET_STEMS) + " Cottage, " + street;
            }
            int number = rng.chance(0.7) ? rng.between(1, 60) : rng.between(61, 240);
            return number + " " + street;
        }

        private String postcode(Town town) {
            String outward = rng.pick(town.outwardCodes());
            return outward + " " + rng.nextInt(10) + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
        }
    }
}
