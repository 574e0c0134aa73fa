package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A MARAC elsewhere that heard the case before (area and date), as the referrer reports it. */
@Embeddable
public record PreviousMarac(
        @Column(name = "previous_marac_area", length = 120) String area,
        @Column(name = "previous_marac_date") LocalDate date) {
}
