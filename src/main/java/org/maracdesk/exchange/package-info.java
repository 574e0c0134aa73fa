/**
 * Files in and out: imports of referrals from online forms (JSON, CSV), and later exports,
 * encrypted bundles and the data return. Reads and writes formats; the use cases are casework's.
 */
package org.maracdesk.exchange;
