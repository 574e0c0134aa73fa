package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.security.AccountInfo;

/**
 * The Chair's letter to the victim after their case was heard (MARAC.md §2.8: "a template letter from the Chair to
 * the victim exists"). The Idva gives it to the victim where it is safe to do so. It may be found by the person the
 * victim fears, so it says as little as it can: the victim's first name, the date the MARAC met, that agencies agreed
 * what each will do, where help is; no other name, no address, nothing of what was said.
 */
final class VictimLetterDocument {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private VictimLetterDocument() {
    }

    /** What the letter holds; {@code chair} and {@code area} may be null (not recorded). */
    record Content(long caseId, String givenName, LocalDate heardOn, String chair, String area, boolean children) {
    }

    static Content read(Session s, AccountInfo who, String reference, LocalDate today) {
        long caseId = CaseScope.caseByReference(s, who, reference).orElseThrow(() -> new IllegalArgumentException(
                "--case: there is no case with that reference among the cases you may see; check the reference"));
        List<Object[]> heard = s.createSelectionQuery("select m.meetingDate, m.chairName, a.name from Listing l"
                        + " join l.meeting m left join m.area a where l.maracCase.id = :c and m.meetingDate <= :today"
                        + " and m.status <> :cancelled order by m.meetingDate desc", Object[].class)
                .setParameter("c", caseId).setParameter("today", today)
                .setParameter("cancelled", MeetingStatus.CANCELLED).setMaxResults(1).getResultList();
        if (heard.isEmpty()) {
            throw new IllegalArgumentException("--case: the case has not been heard at a MARAC yet; the letter tells"
                    + " the victim that a MARAC met about them, so make it after the meeting");
        }
        String givenName = s.createSelectionQuery("select v.givenName from MaracCase c join c.victim v where c.id = :c",
                String.class).setParameter("c", caseId).getSingleResult();
        long children = s.createSelectionQuery("select count(p) from MaracCase c join c.children p where c.id = :c",
                Long.class).setParameter("c", caseId).getSingleResult();
        Object[] h = heard.get(0);
        return new Content(caseId, givenName, (LocalDate) h[0], blankToNull((String) h[1]), blankToNull((String) h[2]),
                children > 0);
    }

    static void pdf(Content c, LocalDate today, PdfReport pdf) throws IOException {
        pdf.paragraph(LONG_DATE.format(today));
        pdf.paragraph(DocumentText.text("letter.dear", c.givenName()));
        pdf.paragraph(DocumentText.text(c.children() ? "letter.met.children" : "letter.met",
                LONG_DATE.format(c.heardOn())));
        pdf.paragraph(DocumentText.text("letter.confidential"));
        pdf.paragraph(DocumentText.text("letter.help"));
        pdf.paragraph(DocumentText.text("letter.closing"));
        pdf.paragraph(c.chair() != null ? c.chair() : DocumentText.text("letter.chair.unnamed"));
        pdf.paragraph(c.area() != null ? DocumentText.text("letter.chair.of", c.area())
                : DocumentText.text("letter.chair.role"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
