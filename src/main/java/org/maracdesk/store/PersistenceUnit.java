package org.maracdesk.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.maracdesk.common.StoreUnavailableException;

/**
 * Builds Hibernate's metadata ahead of time (the slowest part of start-up, about two seconds
 * cold) without touching the database, then turns it into a SessionFactory once a data source
 * exists. Schema is owned by Flyway; Hibernate only validates it.
 */
public final class PersistenceUnit {
    static {
        // Hibernate logs through jboss-logging, which would otherwise pick java.util.logging and
        // bypass the SLF4J settings that silence loggers able to echo SQL values.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private final List<Class<?>> entityClasses;

    public PersistenceUnit(List<Class<?>> entityClasses) {
        this.entityClasses = List.copyOf(entityClasses);
    }

    /** Starts building metadata for a vault (H2) on {@code executor}; the result is used by one unlock. */
    public Prepared prepare(Executor executor) {
        return prepare(executor, StoreKind.H2);
    }

    /** Starts building metadata for {@code kind} on {@code executor}; the result is used by one opening. */
    public Prepared prepare(Executor executor, StoreKind kind) {
        DeferredDataSource source = new DeferredDataSource();
        return new Prepared(kind, source, CompletableFuture.supplyAsync(() -> buildMetadata(source, kind), executor));
    }

    /**
     * The database is named, not asked (no JDBC metadata access), so the metadata can be built before
     * the store is open. On PostgreSQL the dialect is fixed at the oldest version we support (15).
     */
    private static StandardServiceRegistryBuilder database(StandardServiceRegistryBuilder b, StoreKind kind) {
        return switch (kind) {
            case H2 -> b.applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "H2")
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
                            String.valueOf(org.h2.engine.Constants.VERSION_MAJOR))
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION,
                            String.valueOf(org.h2.engine.Constants.VERSION_MINOR))
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, org.h2.engine.Constants.VERSION_MAJOR
                            + "." + org.h2.engine.Constants.VERSION_MINOR + "." + org.h2.engine.Constants.BUILD_ID);
            case POSTGRESQL -> b.applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL")
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "15")
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, "0")
                    .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, "15.0");
        };
    }

    private Metadata buildMetadata(DeferredDataSource source, StoreKind kind) {
        StandardServiceRegistry registry = database(new StandardServiceRegistryBuilder(), kind)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, source)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting(AvailableSettings.LOG_JDBC_WARNINGS, false)
                .applySetting(AvailableSettings.LOG_SESSION_METRICS, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Metadata under construction, waiting for the unlocked database. */
    public static final class Prepared {
        private final StoreKind kind;
        private final DeferredDataSource source;
        private final CompletableFuture<Metadata> metadata;

        private Prepared(StoreKind kind, DeferredDataSource source, CompletableFuture<Metadata> metadata) {
            this.kind = kind;
            this.source = source;
            this.metadata = metadata;
        }

        /** The database this metadata was built for. */
        public StoreKind kind() {
            return kind;
        }

        SessionFactory start(javax.sql.DataSource dataSource) {
            source.bind(dataSource);
            try {
                return metadata.get().buildSessionFactory();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("start-up was interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            }
        }
    }
}
