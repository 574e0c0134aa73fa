package org.maracdesk.casework.people;

import java.util.List;

/** The review list: possible duplicate pairs, best match first, and how many were left out as withheld. */
public record DuplicateList(List<DuplicatePair> pairs, int withheld) {
}
