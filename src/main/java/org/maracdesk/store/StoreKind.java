package org.maracdesk.store;

/**
 * Which database a {@link Store} runs on. The services, entities and the common migrations are the
 * same on both; what differs is listed here and in docs/decisions/0021.
 * <ul>
 * <li>{@link #H2}: a standalone vault, an AES-encrypted H2 file keyed by the vault's data key. Only
 * here: {@code CHECKPOINT} after each commit, {@code BACKUP TO}, {@code SHUTDOWN COMPACT}, a change of
 * data key, and the {@code vault_generation} check against the header.</li>
 * <li>{@link #POSTGRESQL}: a shared server (shared mode), reached through a connection file.</li>
 * </ul>
 */
public enum StoreKind {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String vendor;

    StoreKind(String vendor) {
        this.vendor = vendor;
    }

    /** Flyway's vendor name, and the suffix of the folder holding the scripts written for this database only. */
    public String vendor() {
        return vendor;
    }
}
