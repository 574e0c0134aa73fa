package org.maracdesk.store;

import org.maracdesk.common.StoreUnavailableException;

/** Gives services the store of the vault that is unlocked right now. */
@FunctionalInterface
public interface StoreProvider {
    /** @throws StoreUnavailableException when the vault is locked */
    Store store();
}
