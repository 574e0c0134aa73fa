package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.security.Role;
import org.maracdesk.store.StoreKind;

/**
 * The schools' review section for repeat listings (issue 16, decision 0061) on both stores: the school's request on a
 * repeat listing is the review (on roll, what changed) and nothing else, other requests the full form; the review is
 * refused unanswered, shown on the agenda and the meeting view, and frozen into the minutes.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SchoolReviewTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;
    private long repeatCase;
    private long firstCase;

    @BeforeEach
    void vault() throws Exception {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        vault.addAccount("school", "School DSL", Role.AGENCY_REPRESENTATIVE, "education");
        meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        repeatCase = vault.acceptedCase(TODAY.minusDays(5), 1);
        firstCase = vault.acceptedCase(TODAY.minusDays(4), 1);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("update referral set repeat_referral = true"
                + " where case_id = :c").setParameter("c", repeatCase).executeUpdate());
        vault.agenda().refresh();
        vault.agenda().circulate(meeting);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private ResearchItem request(long caseId) {
        String ref = vault.store().read(s -> s.get(org.maracdesk.casework.MaracCase.class, caseId).getReference());
        return vault.research().myRequests().stream().filter(r -> r.caseReference().equals(ref)).findFirst()
                .orElseThrow();
    }

    @Test
    void theSchoolCompletesOnlyTheReviewOnARepeatListing() throws Exception {
        vault.as("school");
        ResearchItem review = request(repeatCase);
        ResearchItem full = request(firstCase);
        assertTrue(review.review(), "a repeat listing: the school's request is the review section");
        assertFalse(full.review(), "a first listing: the full form");

        assertThrows(IllegalArgumentException.class, () -> vault.research().save(review.id(), ResearchField.FACTS,
                "Attends daily"), "the full form is not offered on a review");
        assertThrows(IllegalArgumentException.class, () -> vault.research().save(full.id(),
                ResearchField.REVIEW_ON_ROLL, "YES"), "the review is not offered on a first listing");
        assertThrows(IllegalArgumentException.class, () -> vault.research().save(review.id(),
                ResearchField.REVIEW_ON_ROLL, "MAYBE"));
        vault.research().save(review.id(), ResearchField.REVIEW_CHANGES, "Moved to a new class in September");
        assertThrows(IllegalArgumentException.class, () -> vault.research().submit(review.id()),
                "not submitted until on roll is answered");
        assertFalse(request(repeatCase).submitted());
        assertNull(request(repeatCase).onRoll());

        vault.research().save(review.id(), ResearchField.REVIEW_ON_ROLL, "YES");
        vault.research().submit(review.id());
        vault.research().save(full.id(), ResearchField.FACTS, "On roll since 2024; no concerns recorded");

        ResearchItem done = request(repeatCase);
        assertTrue(done.submitted());
        assertEquals(OnRoll.YES, done.onRoll());
        assertEquals("Moved to a new class in September", done.reviewChanges());
        assertNull(done.facts());
    }

    @Test
    void theAgendaTheMeetingViewAndTheMinutesShowTheReview() throws Exception {
        vault.as("school");
        long id = request(repeatCase).id();
        vault.research().save(id, ResearchField.REVIEW_ON_ROLL, "NO");
        vault.research().save(id, ResearchField.REVIEW_CHANGES, "Left the school at half term");
        vault.research().submit(id);
        vault.as("coordinator");

        AgendaItem repeat = vault.agenda().agenda(meeting).cases().stream().filter(c -> c.caseId() == repeatCase)
                .findFirst().orElseThrow();
        AgendaItem first = vault.agenda().agenda(meeting).cases().stream().filter(c -> c.caseId() == firstCase)
                .findFirst().orElseThrow();
        assertTrue(repeat.repeat() && repeat.reviewOnly("education"));
        assertFalse(repeat.reviewOnly("police"), "only the school's research is a review");
        assertFalse(first.reviewOnly("education"));
        assertEquals(ResearchState.SUBMITTED, repeat.research().get("education"));

        ResearchEntry entry = vault.record().view(meeting).cases().stream().filter(c -> c.listing().caseId()
                == repeatCase).findFirst().orElseThrow().research().stream().filter(r -> r.agencyCode()
                .equals("education")).findFirst().orElseThrow();
        assertEquals(new ResearchEntry("education", ResearchState.SUBMITTED, null, null, null, true, OnRoll.NO,
                "Left the school at half term"), entry);

        vault.record().close(meeting);
        FrozenMinutes frozen = vault.store().read(s -> MinutesRecords.read(s, CaseScope.of(s,
                vault.sessions().current()), meeting, null).record());
        FrozenMinutes.Research school = frozen.cases().stream().filter(c -> c.caseId() == repeatCase).findFirst()
                .orElseThrow().research().stream().filter(r -> r.agency().equals("education")).findFirst()
                .orElseThrow();
        assertEquals(new FrozenMinutes.ReviewSection("NO", "Left the school at half term"), school.review());
        assertEquals(List.of(), frozen.cases().stream().filter(c -> c.caseId() == firstCase)
                .flatMap(c -> c.research().stream()).filter(r -> r.review() != null).toList(),
                "a first listing's research has no review section");
    }
}
