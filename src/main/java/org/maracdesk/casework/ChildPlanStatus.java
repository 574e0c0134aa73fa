package org.maracdesk.casework;

/** Which plan, if any, a child on a case is on with children's services (decision 0047). */
public enum ChildPlanStatus { NONE, CHILD_IN_NEED, CHILD_PROTECTION, LOOKED_AFTER, EARLY_HELP, NOT_KNOWN }
