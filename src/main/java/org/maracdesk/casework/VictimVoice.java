package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The victim's own view (MARAC.md §2.3): whom they fear, who is and is not safe to talk to, what they want. */
@Embeddable
public record VictimVoice(
        @Column(name = "victim_voice", length = 20000) String summary,
        @Column(name = "victim_fears", length = 4000) String fears,
        @Column(name = "safe_to_talk_to", length = 4000) String safeToTalkTo,
        @Column(name = "not_safe_to_talk_to", length = 4000) String notSafeToTalkTo,
        @Column(name = "victim_wants", length = 4000) String wants) {
}
