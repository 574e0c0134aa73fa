package org.maracdesk.casework;

/**
 * Which cases an attendee was present for: the whole meeting, only the children's cases (they are
 * heard first; "left after the children's cases"), or only one district's time slot.
 */
public enum PresentFor { ALL, CHILDREN, SLOT }
