package org.maracdesk.risk;

/** Whether one referral route is met, and why or why not in one plain sentence. */
public record RouteDecision(ReferralRoute route, boolean met, String explanation) {
}
