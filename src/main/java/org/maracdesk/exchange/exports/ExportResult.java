package org.maracdesk.exchange.exports;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param exportPassphrase the generated passphrase to show once and then wipe; null for plain output
 * @param items cases (minutes, summaries) or listings (data return) included
 * @param withheld cases left out because of a must-not-receive entry (a count, never which)
 */
public record ExportResult(Path file, char[] exportPassphrase, int items, int withheld, String fileSha256) {
}
