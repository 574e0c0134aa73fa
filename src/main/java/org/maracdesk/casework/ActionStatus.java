package org.maracdesk.casework;

/** Open until done, not possible (circumstances changed) or not done. */
public enum ActionStatus { OPEN, DONE, NOT_POSSIBLE, NOT_DONE }
