/**
 * What the window ({@code org.maracdesk.app}) and the command line ({@code org.maracdesk.app.cli}) both need:
 * where vaults live and which entities a vault holds. It sits below both, so neither depends on the other's
 * package in both directions.
 */
package org.maracdesk.app.common;
