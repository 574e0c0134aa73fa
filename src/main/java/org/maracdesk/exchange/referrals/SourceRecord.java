package org.maracdesk.exchange.referrals;

import com.fasterxml.jackson.databind.JsonNode;

/** One referral as read from a file, before it is understood: the line it starts on, its fields, their names. */
record SourceRecord(int line, JsonNode fields, FieldNames names) {
}
