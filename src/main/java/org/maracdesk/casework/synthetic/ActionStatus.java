package org.maracdesk.casework.synthetic;

/**
 * OPEN; DONE; NOT_POSSIBLE (circumstances changed); NOT_DONE (the agency simply did not do it).
 * MARAC minutes must keep the last two apart (MARAC.md 2.10).
 */
public enum ActionStatus { OPEN, DONE, NOT_POSSIBLE, NOT_DONE }
