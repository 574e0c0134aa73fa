package org.maracdesk.casework.meetings;

/** The parts of a research request an agency types: facts and opinion apart, and what it did not share. */
public enum ResearchField { FACTS, OPINION, NOT_SHARED }
