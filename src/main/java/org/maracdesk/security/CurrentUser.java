package org.maracdesk.security;

/** Who is signed in, for services that check permissions and record who did what. */
@FunctionalInterface
public interface CurrentUser {
    /** @throws org.maracdesk.common.StoreUnavailableException when nobody is (the vault is locked) */
    AccountInfo current();
}
