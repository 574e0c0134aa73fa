package org.maracdesk.casework;

/** Whom an action protects or addresses. */
public enum ActionTarget { VICTIM, CHILD, PERPETRATOR, OTHER }
