package org.maracdesk.casework.children;

import java.time.LocalDate;
import org.maracdesk.casework.ChildPlanStatus;

/**
 * One child on a case with their own record (decision 0047), as screens and commands show it and as an
 * edit sends it back. {@code version} is the record's version, or {@link #NO_RECORD} while nothing has
 * been recorded for the child (plan status then reads "not known").
 */
public record ChildLine(long caseId, long personId, String name, LocalDate dateOfBirth, String school,
                        String socialWorkerName, String socialWorkerAgency, String socialWorkerContact,
                        ChildPlanStatus plan, LocalDate encompassNotifiedOn, String encompassNotifiedBy, int version) {
    /** The version of a child for whom nothing has been recorded yet. */
    public static final int NO_RECORD = -1;

    /** The same child with the record's fields as given (name, date of birth and version kept). */
    public ChildLine with(String school, String swName, String swAgency, String swContact, ChildPlanStatus plan,
                          LocalDate encompassOn, String encompassBy) {
        return new ChildLine(caseId, personId, name, dateOfBirth, school, swName, swAgency, swContact, plan,
                encompassOn, encompassBy, version);
    }
}
