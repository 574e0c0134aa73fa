package org.maracdesk.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Pins what one seed generates, written out field by field in a form that does not depend on how the records
 * print themselves. A refactoring of the generator must leave these fingerprints alone; a deliberate change to the
 * generated data updates them (run the test, take the new values from the failure message).
 */
class DatasetFingerprintTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void demoSizedDatasetIsTheRecordedOne() {
        assertEquals("377564:29d01a66", fingerprint(new SyntheticDataGenerator(20260315L, TODAY).generate(200)));
    }

    @Test
    void largerDatasetIsTheRecordedOne() {
        assertEquals("5661465:e5ff5257", fingerprint(new SyntheticDataGenerator(7L, TODAY).generate(3000)));
    }

    static String fingerprint(SyntheticDataset data) {
        String text = render(data);
        CRC32 crc = new CRC32();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        crc.update(bytes);
        return bytes.length + ":" + Long.toHexString(crc.getValue());
    }

    static String render(SyntheticDataset data) {
        StringBuilder b = new StringBuilder();
        b.append(data.today()).append('|').append(data.seed()).append('\n');
        for (SyntheticReferral r : data.referrals()) {
            b.append("R|").append(r.index()).append('|').append(r.caseReference()).append('|')
                    .append(r.referralDate()).append('|').append(r.referringAgency().name()).append('|')
                    .append(r.referrerName()).append('|').append(r.dashAnswers()).append('|')
                    .append(r.policeIncidentsLast12Months()).append('|').append(r.professionalJudgementReason())
                    .append('|').append(r.repeatOfIndex()).append('|').append(flags(r)).append('|')
                    .append(r.incidentSummary()).append('|').append(r.victimVoice()).append('|')
                    .append(r.perpetratorRelationships()).append('\n');
            person(b, "V", r.victim());
            r.perpetrators().forEach(p -> person(b, "P", p));
            r.children().forEach(p -> person(b, "C", p));
            r.othersAtRisk().forEach(p -> person(b, "O", p));
        }
        for (SyntheticMeeting m : data.meetings()) {
            b.append("M|").append(m.index()).append('|').append(m.date()).append('|').append(m.district())
                    .append('|').append(m.venue()).append('|').append(m.virtual()).append('|')
                    .append(m.referralCutOff()).append('|').append(m.status().name()).append('|')
                    .append(m.listedReferralIndexes()).append('\n');
        }
        for (SyntheticAction a : data.actions()) {
            b.append("A|").append(a.referralIndex()).append('|').append(a.meetingIndex()).append('|')
                    .append(a.agency().name()).append('|').append(a.ownerName()).append('|')
                    .append(a.target().name()).append('|').append(a.description()).append('|')
                    .append(a.dueDate()).append('|').append(a.status().name()).append('|')
                    .append(a.completedOn()).append('|').append(a.note()).append('\n');
        }
        return b.toString();
    }

    private static void person(StringBuilder b, String part, SyntheticPerson p) {
        b.append(part).append('|').append(p.givenName()).append('|').append(p.familyName()).append('|')
                .append(p.aliases()).append('|').append(p.dateOfBirth()).append('|').append(p.gender().name())
                .append('|').append(p.address()).append('|').append(p.diversity()).append('\n');
    }

    /** Flag names in alphabetical order, with a transfer in counted as one of them. */
    private static String flags(SyntheticReferral r) {
        TreeSet<String> names = new TreeSet<>();
        r.flags().forEach(f -> names.add(f.name()));
        if (r.transferIn()) {
            names.add("TRANSFER_IN");
        }
        return List.copyOf(names).toString();
    }
}
