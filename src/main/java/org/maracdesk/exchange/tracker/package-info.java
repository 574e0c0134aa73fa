/**
 * Reading a MARAC's old spreadsheet tracker (CSV in any common encoding, XLSX with typed cells),
 * proposing and keeping a column mapping, understanding messy values, grouping rows into people,
 * and the dry-run report (decision 0027). Writing is {@code casework.migration}'s.
 */
package org.maracdesk.exchange.tracker;
