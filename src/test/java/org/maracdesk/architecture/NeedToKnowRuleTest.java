package org.maracdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maracdesk.casework.CaseScope;

/**
 * "Need-to-know is one rule": every class of the casework and exchange layers that reads from
 * the database must go through {@link CaseScope}, unless it is listed below with the reason it
 * never returns case data to a person. A new reader that forgets the rule fails here.
 */
class NeedToKnowRuleTest {
    private static final Set<String> READS = Set.of("createSelectionQuery", "createNativeQuery", "createQuery",
            "get", "find", "getReference", "byId");

    /** Classes that read the database without the scope, and why that is safe. */
    private static final Map<String, String> NOT_CASE_READERS = Map.ofEntries(
            Map.entry("org.maracdesk.casework.CaseScope", "the rule itself"),
            Map.entry("org.maracdesk.casework.WithheldCases", "part of the rule itself"),
            Map.entry("org.maracdesk.casework.SafeContactRule", "reads the agency setting, no case data"),
            Map.entry("org.maracdesk.casework.ReadAudit", "writes audit entries; reads only the last sequence"),
            Map.entry("org.maracdesk.casework.meetings.Circulation", "creates requests; bars agencies by WithheldCases"),
            Map.entry("org.maracdesk.casework.meetings.Headers", "meeting headers: date, district, venue, status"),
            Map.entry("org.maracdesk.casework.meetings.AutoLister", "lists accepted referrals on agendas; returns a count"),
            Map.entry("org.maracdesk.casework.meetings.MeetingSetupService", "agencies, representatives, districts"),
            Map.entry("org.maracdesk.casework.meetings.SpeakingOrder", "the speaking order: agency codes only"),
            Map.entry("org.maracdesk.casework.meetings.SchoolReview", "whether a listing is a repeat: a yes or no"
                    + " for a request its caller has already checked against the scope"),
            Map.entry("org.maracdesk.casework.settings.Settings", "the local settings: thresholds, instruments; no case data"),
            Map.entry("org.maracdesk.casework.settings.SignOffRule", "whether the manager's sign-off is required; no case data"),
            Map.entry("org.maracdesk.casework.meetings.Destinations", "finds the next meeting of a district; meetings only"),
            Map.entry("org.maracdesk.casework.meetings.MinutesVersions", "keeps minutes versions; callers return no text"),
            Map.entry("org.maracdesk.exchange.exports.MinutesDeadline", "meeting dates and the first minutes copy's time; no case data"),
            Map.entry("org.maracdesk.casework.actions.ActionQueries", "HQL helper; its callers apply the scope"),
            Map.entry("org.maracdesk.casework.actions.ActionTypeService", "the MARAC's list of action types"),
            Map.entry("org.maracdesk.casework.meetings.ActionFields", "checks an action's type against the type list"),
            Map.entry("org.maracdesk.casework.CaseFlags", "flags of referrals its callers already scoped"),
            Map.entry("org.maracdesk.casework.intake.ReferralIntakeService", "writes referrals; coordinator only"),
            Map.entry("org.maracdesk.casework.intake.ReferralDecisionService", "writes a decision; coordinator only"),
            Map.entry("org.maracdesk.casework.intake.IntakeRun", "writes imported referrals"),
            Map.entry("org.maracdesk.casework.intake.PeopleResolver", "matches people while writing a referral"),
            Map.entry("org.maracdesk.casework.intake.RepeatFinder", "returns a date for the repeat route"),
            Map.entry("org.maracdesk.casework.intake.CaseReferences", "allocates the next case reference"),
            Map.entry("org.maracdesk.casework.intake.CaseLookup", "finds cases to attach imported referrals to"),
            Map.entry("org.maracdesk.casework.migration.TrackerMigrationService", "writes history; agencies and"
                    + " districts; coordinator only"),
            Map.entry("org.maracdesk.casework.migration.HistoryWriter", "writes history; reads meeting dates"),
            Map.entry("org.maracdesk.casework.NameKeyIndex", "keeps the matching keys up to date"),
            Map.entry("org.maracdesk.casework.PersonMatcher", "candidate people for intake; coordinator only"),
            Map.entry("org.maracdesk.casework.retention.RetentionService", "case references and dates, no identity"),
            Map.entry("org.maracdesk.casework.retention.CasePurge", "deletes records"),
            Map.entry("org.maracdesk.casework.retention.MinutesRedaction", "rewrites stored minutes on purge"),
            Map.entry("org.maracdesk.exchange.exports.DataReturnQuery", "counts only, small numbers suppressed"),
            Map.entry("org.maracdesk.exchange.exports.ExportChoices", "meeting dates and Idva usernames"),
            Map.entry("org.maracdesk.exchange.exports.AgencyNames", "agency names"),
            Map.entry("org.maracdesk.exchange.exports.ExportWriter", "the audit head and the lawful basis; writes the"
                    + " register of content already read in scope by ExportService"),
            Map.entry("org.maracdesk.exchange.reports.ReportService", "counts only"),
            Map.entry("org.maracdesk.casework.intake.ReferralContent", "reads one referral; its callers check the"
                    + " scope first (ReferralRecordService.decided) or it is a draft with no case"),
            Map.entry("org.maracdesk.casework.intake.DecisionReversal", "writes a reversed decision; the referral was"
                    + " checked against the scope by ReferralRecordService; returns a case reference only"),
            Map.entry("org.maracdesk.casework.intake.RetiredDistricts", "district names only"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maracdesk.casework", "org.maracdesk.exchange");
    }

    @Test
    void everyDatabaseReaderOfCaseDataGoesThroughTheOneScope() {
        Set<String> offenders = new TreeSet<>();
        for (JavaClass c : classes) {
            String owner = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
            if (owner.contains(".synthetic.") || owner.contains(".demo.") || owner.endsWith("Demo")
                    || owner.endsWith("DemoVaultLoader") || NOT_CASE_READERS.containsKey(owner)) {
                continue;
            }
            if (readsTheDatabase(c) && !usesScope(owner)) {
                offenders.add(owner);
            }
        }
        assertEquals(Set.of(), offenders, "these classes read case data without CaseScope; apply the scope, or"
                + " list them in NOT_CASE_READERS with the reason they return no case data to a person");
    }

    @Test
    void theWholeRecordScopeIsUsedOnlyToWriteStoredRecords() {
        Set<String> callers = new TreeSet<>();
        for (JavaClass c : classes) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(CaseScope.class) && call.getName().equals("wholeRecord")) {
                    callers.add(call.getOriginOwner().getName() + "." + call.getOrigin().getName());
                }
            }
        }
        assertEquals(Set.of("org.maracdesk.casework.meetings.MeetingRecordService.close",
                "org.maracdesk.casework.meetings.MeetingBulkWrites.minutes",
                "org.maracdesk.casework.meetings.MinutesRecords.freezeOld"), callers);
    }

    @Test
    void everyExceptionListedIsARealDatabaseReader() {
        Set<String> stale = new TreeSet<>();
        for (String name : NOT_CASE_READERS.keySet()) {
            boolean reads = classes.stream().filter(c -> c.getName().equals(name) || c.getName().startsWith(name + "$"))
                    .anyMatch(NeedToKnowRuleTest::readsTheDatabase);
            if (!reads) {
                stale.add(name);
            }
        }
        assertEquals(Set.of(), stale, "drop these from NOT_CASE_READERS: they no longer read the database");
    }

    private static boolean readsTheDatabase(JavaClass c) {
        return c.getMethodCallsFromSelf().stream().anyMatch(call -> READS.contains(call.getName())
                && (call.getTargetOwner().getPackageName().startsWith("org.hibernate")
                || call.getTargetOwner().getPackageName().startsWith("jakarta.persistence")));
    }

    private static boolean usesScope(String owner) {
        return classes.stream().filter(c -> c.getName().equals(owner) || c.getName().startsWith(owner + "$"))
                .anyMatch(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(CaseScope.class)));
    }
}
