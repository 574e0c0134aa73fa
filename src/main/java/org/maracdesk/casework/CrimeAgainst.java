package org.maracdesk.casework;

/** Against whom a crime disclosed at MARAC was committed. */
public enum CrimeAgainst { VICTIM, CHILD, OTHER }
