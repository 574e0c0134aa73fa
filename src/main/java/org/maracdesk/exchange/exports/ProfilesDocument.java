package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.maracdesk.exchange.exports.ProfilesQuery.CaseProfile;
import org.maracdesk.exchange.exports.ProfilesQuery.Content;
import org.maracdesk.exchange.exports.ProfilesQuery.Part;
import org.maracdesk.exchange.exports.ProfilesQuery.PersonProfile;
import org.maracdesk.exchange.exports.ProfilesQuery.PoliceFacts;

/**
 * The person profiles of one meeting for the police research (decision 0072): PDF (per case, what the referral holds
 * for police, then a table of its people) or CSV/XLSX (one row per person). Read by {@link ProfilesQuery}.
 */
final class ProfilesDocument {
    static final List<String> CSV_HEADER = List.of("meeting_date", "agenda_order", "case_reference", "case_district",
            "role", "given_name", "family_name", "aliases", "date_of_birth", "age_at_meeting", "gender",
            "previous_listings", "listings_last_12_months", "other_cases", "other_cases_not_included",
            "referral_date", "referring_agency", "police_incidents", "police_reference", "crime_numbers",
            "crime_pnc_references", "officer_in_charge", "offences", "bail_conditions", "bail_until", "civil_orders",
            "court_dates");

    private ProfilesDocument() {
    }

    static void table(Content c, AgencyNames agencies, ExportFormat format, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CaseProfile k : c.cases()) {
            PoliceFacts f = k.police();
            for (PersonProfile p : k.people()) {
                rows.add(java.util.Arrays.asList(s(c.meetingDate()), Integer.toString(k.agendaOrder()), k.reference(),
                        s(k.district()), p.part().name().toLowerCase(Locale.ROOT), s(p.givenName()),
                        s(p.familyName()), s(p.aliases()), s(p.dateOfBirth()), s(p.age()),
                        p.gender() == null ? "" : p.gender().strip().toLowerCase(Locale.ROOT),
                        p.previousListings().stream().map(LocalDate::toString).collect(Collectors.joining("; ")),
                        Integer.toString(p.listingsInLastYear()), p.otherCases().stream().map(o -> o.reference() + " ("
                                + o.part().name().toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining("; ")),
                        Integer.toString(p.otherCasesWithheld()), s(f.referralDate()),
                        f.referringAgency() == null ? "" : agencies.name(f.referringAgency()), s(f.policeIncidents()),
                        s(f.policeReference()), s(f.crimeNumbers()), s(f.crimeReferences()), s(f.officerInCharge()),
                        s(f.offences()), s(f.bailConditions()), s(f.bailUntil()), s(f.civilOrders()),
                        s(f.courtDates())));
            }
        }
        if (format == ExportFormat.XLSX) {
            Xlsx.write(out, "Person profiles", CSV_HEADER, rows);
        } else {
            Csv.write(out, CSV_HEADER, rows);
        }
    }

    static void pdf(Content c, AgencyNames agencies, PdfReport pdf) throws IOException {
        pdf.title(text("profiles.title", c.meetingDate(), c.district() == null ? "" : c.district()));
        pdf.paragraph(text("profiles.intro"));
        pdf.field(text("profiles.cases"), Integer.toString(c.cases().size()));
        pdf.field(text("profiles.people"), Integer.toString(c.people()));
        if (c.withheld() > 0) {
            pdf.field(text("profiles.withheld"), text("profiles.withheld.count", c.withheld()));
        }
        pdf.field(text("profiles.addresses"), text("profiles.addresses.held"));
        for (CaseProfile k : c.cases()) {
            pdf.heading(text("profiles.case.heading", Integer.toString(k.agendaOrder()), k.reference()));
            pdf.field(text("profiles.case.district"), or(k.district()));
            pdf.field(text("profiles.case.listing"), text(k.repeat() ? "profiles.case.repeat" : "profiles.case.new"));
            police(k.police(), agencies, pdf);
            pdf.paragraph(text("profiles.case.people", k.reference()));
            List<String[]> rows = new ArrayList<>();
            for (PersonProfile p : k.people()) {
                rows.add(new String[] {part(p.part()), name(p), born(p), gender(p.gender()), history(p), others(p)});
            }
            pdf.table(new String[] {text("profiles.col.role"), text("profiles.col.name"), text("profiles.col.born"),
                text("profiles.col.gender"), text("profiles.col.history"), text("profiles.col.otherCases")},
                    new float[] {0.13f, 0.21f, 0.15f, 0.1f, 0.22f, 0.19f}, rows);
        }
        if (c.cases().isEmpty()) {
            pdf.paragraph(text("profiles.none"));
        }
    }

    private static void police(PoliceFacts f, AgencyNames agencies, PdfReport pdf) throws IOException {
        pdf.field(text("profiles.referral"), f.referralDate() == null ? text("doc.none") : f.referringAgency() == null
                ? f.referralDate().toString() : text("profiles.referral.value", f.referralDate().toString(),
                agencies.name(f.referringAgency())));
        pdf.field(text("profiles.policeIncidents"), f.policeIncidents() == null ? text("profiles.notRecorded")
                : Integer.toString(f.policeIncidents()));
        pdf.field(text("profiles.policeReference"), or(f.policeReference()));
        pdf.field(text("profiles.crimeNumbers"), or(f.crimeNumbers()));
        pdf.field(text("profiles.crimeReferences"), or(f.crimeReferences()));
        pdf.field(text("profiles.officerInCharge"), or(f.officerInCharge()));
        pdf.field(text("profiles.offences"), or(f.offences()));
        String bail = f.bailConditions() == null || f.bailConditions().isBlank() ? null : f.bailConditions();
        if (f.bailUntil() != null) {
            bail = text("profiles.bailUntil", bail == null ? text("profiles.notRecorded") : bail,
                    f.bailUntil().toString());
        }
        pdf.field(text("profiles.bail"), or(bail));
        pdf.field(text("profiles.civilOrders"), or(f.civilOrders()));
        pdf.field(text("profiles.courtDates"), or(f.courtDates()));
    }

    static String part(Part p) {
        return switch (p) {
            case VICTIM -> text("profiles.role.victim");
            case PERPETRATOR -> text("profiles.role.perpetrator");
            case CHILD -> text("profiles.role.child");
            case OTHER_AT_RISK -> text("profiles.role.otherAtRisk");
        };
    }

    private static String name(PersonProfile p) {
        String name = (s(p.givenName()) + " " + s(p.familyName())).strip();
        return p.aliases() == null || p.aliases().isBlank() ? name
                : name + "\n" + text("profiles.aliases", p.aliases().strip());
    }

    private static String born(PersonProfile p) {
        if (p.dateOfBirth() == null) {
            return text("profiles.notRecorded");
        }
        return p.age() == null ? p.dateOfBirth().toString()
                : p.dateOfBirth() + "\n" + text("profiles.age", p.age());
    }

    static String gender(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return text("profiles.notRecorded");
        }
        return switch (recorded.strip().toUpperCase(Locale.ROOT)) {
            case "FEMALE" -> text("profiles.gender.female");
            case "MALE" -> text("profiles.gender.male");
            case "NON_BINARY" -> text("profiles.gender.nonBinary");
            case "NOT_KNOWN" -> text("profiles.notRecorded");
            default -> recorded.strip();
        };
    }

    private static String history(PersonProfile p) {
        if (p.previousListings().isEmpty()) {
            return text("profiles.history.none");
        }
        return p.previousListings().stream().map(LocalDate::toString).collect(Collectors.joining(", ")) + "\n"
                + text("profiles.history.lastYear", p.listingsInLastYear());
    }

    private static String others(PersonProfile p) {
        List<String> lines = new ArrayList<>();
        p.otherCases().forEach(o -> lines.add(text("profiles.otherCase", o.reference(), part(o.part()))));
        if (p.otherCasesWithheld() > 0) {
            lines.add(text("profiles.otherCases.withheld", p.otherCasesWithheld()));
        }
        return lines.isEmpty() ? text("profiles.otherCases.none") : String.join("\n", lines);
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? text("profiles.notRecorded") : value;
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
