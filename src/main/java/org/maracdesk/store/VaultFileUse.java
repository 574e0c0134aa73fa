package org.maracdesk.store;

import java.sql.ResultSet;
import java.sql.Statement;

/**
 * How much of a vault's database file holds live pages, as H2 reports it. H2 writes every change to new pages and
 * frees the old ones only when their whole chunk is free; with {@code WRITE_DELAY=0} no background thread tidies up,
 * and closing compacts for a fifth of a second. After bulk writes most of the file is old pages: the 100,000-case
 * demo vault was 8.9 GB, of which 0.65 GB were live (docs/performance.md, session 19). {@code SHUTDOWN COMPACT}
 * ({@link Store#compactAndReopen}) rewrites the live pages into a file of their own size.
 *
 * @param fileBytes         the size of the database file
 * @param fillPercent       how much of the file the chunks take
 * @param chunksFillPercent how much of the chunks is live pages
 */
public record VaultFileUse(long fileBytes, int fillPercent, int chunksFillPercent) {
    /** Compaction is worth its time only for a file at least this large (smaller ones compact in well under a second). */
    public static final long WORTH_COMPACTING_FROM = 64L * 1024 * 1024;

    /** The open vault's figures; not for a shared server (PostgreSQL keeps its own files). */
    public static VaultFileUse of(Store store) {
        if (store.kind() != StoreKind.H2) {
            throw new IllegalStateException("only a vault has a database file of its own");
        }
        return store.withConnection(c -> {
            long size = 0;
            int fill = 100;
            int chunksFill = 100;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select setting_name, setting_value"
                    + " from information_schema.settings where setting_name in"
                    + " ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    long value = Long.parseLong(rs.getString(2).trim());
                    switch (rs.getString(1)) {
                        case "info.FILE_SIZE" -> size = value;
                        case "info.FILL_RATE" -> fill = (int) value;
                        default -> chunksFill = (int) value;
                    }
                }
            }
            return new VaultFileUse(size, fill, chunksFill);
        });
    }

    /** About how many bytes of the file are live pages. */
    public long liveBytes() {
        return fileBytes * fillPercent / 100 * chunksFillPercent / 100;
    }

    /** Less than half of the file is live pages, and the file is at least {@code minimumBytes}. */
    public boolean mostlyFree(long minimumBytes) {
        return fileBytes >= minimumBytes && liveBytes() * 2 < fileBytes;
    }
}
