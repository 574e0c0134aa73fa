package org.maracdesk.casework.meetings;

import org.maracdesk.casework.Listing;

/** Reads and writes a listing's record fields by {@link CaseField}. */
final class CaseFields {
    private CaseFields() {
    }

    static String get(Listing l, CaseField f) {
        return switch (f) {
            case RISKS_TO_VICTIM -> l.getRisksToVictim();
            case RISKS_TO_CHILDREN -> l.getRisksToChildren();
            case RISKS_TO_OTHERS -> l.getRisksToOthers();
            case RISKS_FROM_PERPETRATOR -> l.getRisksFromPerpetrator();
            case SAFETY_PLAN -> l.getSafetyPlan();
            case CRIMES_DISCLOSED -> l.getCrimesDisclosed();
            case NOTES -> l.getNotes();
        };
    }

    static void set(Listing l, CaseField f, String v) {
        switch (f) {
            case RISKS_TO_VICTIM -> l.setRisksToVictim(v);
            case RISKS_TO_CHILDREN -> l.setRisksToChildren(v);
            case RISKS_TO_OTHERS -> l.setRisksToOthers(v);
            case RISKS_FROM_PERPETRATOR -> l.setRisksFromPerpetrator(v);
            case SAFETY_PLAN -> l.setSafetyPlan(v);
            case CRIMES_DISCLOSED -> l.setCrimesDisclosed(v);
            case NOTES -> l.setNotes(v);
        }
    }
}
