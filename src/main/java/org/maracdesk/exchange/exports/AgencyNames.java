package org.maracdesk.exchange.exports;

import org.maracdesk.casework.Agency;

/** Agency names as recipients read them. */
final class AgencyNames {
    private AgencyNames() {
    }

    static String name(String code) {
        return Agency.fromCode(code).map(a -> switch (a) {
            case POLICE -> "Police";
            case IDVA -> "Idva service";
            case CHILDRENS_SOCIAL_CARE -> "Children's social care";
            case ADULT_SOCIAL_CARE -> "Adult social care";
            case GP -> "GP";
            case ACUTE_HEALTH -> "Acute health";
            case MENTAL_HEALTH -> "Mental health";
            case HOUSING -> "Housing";
            case REGISTERED_SOCIAL_LANDLORD -> "Registered social landlord";
            case PROBATION -> "Probation";
            case EDUCATION -> "Education";
            case SUBSTANCE_MISUSE -> "Substance misuse";
            case SPECIALIST -> "Specialist DA service";
            case SPECIALIST_BAMER -> "Specialist BAMER service";
            case SPECIALIST_LGBT -> "Specialist LGBT+ service";
            case SEXUAL_ABUSE_SERVICE -> "Sexual abuse service";
            case PERPETRATOR_PROGRAMME -> "Perpetrator programme";
            case FIRE -> "Fire and rescue";
            case AMBULANCE -> "Ambulance";
            case CAFCASS -> "Cafcass";
        }).orElse(code);
    }
}
