package org.maracdesk.casework.synthetic;

/** Whose risk an action addresses. */
public enum TargetOfAction { VICTIM, CHILD, PERPETRATOR, OTHER }
