package org.maracdesk.casework;

/** A research request waits for its agency until the agency submits it. */
public enum ResearchStatus { PENDING, SUBMITTED }
