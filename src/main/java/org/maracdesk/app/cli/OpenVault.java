package org.maracdesk.app.cli;

import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.security.SessionManager;

/** A vault a command has unlocked, with its services; closing it locks the vault and wipes the keys. */
public record OpenVault(ServicesGraph services) implements AutoCloseable {

    public SessionManager sessions() {
        return services.sessions();
    }

    @Override
    public void close() {
        services.sessions().lock();
    }
}
