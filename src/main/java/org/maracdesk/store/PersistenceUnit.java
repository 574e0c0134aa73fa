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
import org.hibernate.query.sqm.mutation.internal.temptable.LocalTemporaryTableInsertStrategy;
import org.hibernate.query.sqm.mutation.internal.temptable.LocalTemporaryTableMutationStrategy;
import org.maracdesk.common.StoreUnavailableException;

/**
 * Builds Hibernate's metadata and its SessionFactory ahead of time (the slowest part of start-up,
 * about two seconds cold, and still about 200 ms warm) without touching the database, then binds the
 * factory to the data source once the store is open and validates the schema there. Schema is owned
 * by Flyway; Hibernate only validates it.
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
    private final List<FirstQuery> firstQueries;

    /** An HQL selection run soon after an unlock, with the result type it is run with. */
    public record FirstQuery(String hql, Class<?> resultType) {
        /** Selections of {@code Object[]}. */
        public static List<FirstQuery> rows(List<String> hql) {
            return hql.stream().map(q -> new FirstQuery(q, Object[].class)).toList();
        }
    }

    public PersistenceUnit(List<Class<?>> entityClasses) {
        this(entityClasses, List.of());
    }

    /**
     * {@code firstQueries}: HQL selections that the unlock itself and the first screen after it run; they are
     * parsed into the new factory's query cache while it is prepared, before the unlock (in a fresh JVM the first
     * parse of each costs tens of milliseconds, of the case list's first page about three quarters). Each is parsed
     * with the result type it is run with, as the cache keeps them.
     */
    public PersistenceUnit(List<Class<?>> entityClasses, List<FirstQuery> firstQueries) {
        this.entityClasses = List.copyOf(entityClasses);
        this.firstQueries = List.copyOf(firstQueries);
    }

    /** The selections parsed while the factory is prepared. */
    public List<FirstQuery> firstQueries() {
        return firstQueries;
    }

    /** Starts building metadata for a vault (H2) on {@code executor}; the result is used by one unlock. */
    public Prepared prepare(Executor executor) {
        return prepare(executor, StoreKind.H2);
    }

    /** Starts building metadata for {@code kind} on {@code executor}; the result is used by one opening. */
    public Prepared prepare(Executor executor, StoreKind kind) {
        DeferredDataSource source = new DeferredDataSource();
        return new Prepared(kind, source,
                CompletableFuture.supplyAsync(() -> parsed(buildMetadata(source, kind).buildSessionFactory()),
                        executor));
    }

    /**
     * The factory with {@link #firstQueries} parsed into its cache; parsing needs no database connection. Only a
     * head start: a query that does not parse here fails, with its own message, where it is run.
     */
    private SessionFactory parsed(SessionFactory factory) {
        try (org.hibernate.Session session = factory.openSession()) {
            for (FirstQuery q : firstQueries) {
                try {
                    session.createSelectionQuery(q.hql(), q.resultType());
                } catch (RuntimeException notParsed) {
                    // left to the first run of the query
                }
            }
        }
        return factory;
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
                // validated by Prepared.start once the database is open: the factory is built before that
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                // Multi-table HQL (the referral and the person span two tables each) would use temporary
                // tables; local ones are made (and dropped) around each such statement, global ones when the
                // factory is built, which is before there is a database (decision 0077).
                .applySetting(AvailableSettings.QUERY_MULTI_TABLE_MUTATION_STRATEGY,
                        LocalTemporaryTableMutationStrategy.class.getName())
                .applySetting(AvailableSettings.QUERY_MULTI_TABLE_INSERT_STRATEGY,
                        LocalTemporaryTableInsertStrategy.class.getName())
                .applySetting(AvailableSettings.BULK_ID_STRATEGY_LOCAL_TEMPORARY_DROP_TABLES, true)
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

    /** A SessionFactory under construction, waiting for the unlocked database; used by one opening. */
    public static final class Prepared {
        private final StoreKind kind;
        private final DeferredDataSource source;
        private final CompletableFuture<SessionFactory> factory;
        private boolean taken;

        private Prepared(StoreKind kind, DeferredDataSource source, CompletableFuture<SessionFactory> factory) {
            this.kind = kind;
            this.source = source;
            this.factory = factory;
        }

        /** The database this metadata was built for. */
        public StoreKind kind() {
            return kind;
        }

        /**
         * Binds the factory to the open database and validates the schema against the entities; on a
         * mismatch the factory is closed and the failure thrown, as Hibernate's own validation at build did.
         */
        synchronized SessionFactory start(javax.sql.DataSource dataSource) {
            taken = true;
            source.bind(dataSource);
            SessionFactory sf;
            try {
                sf = factory.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("start-up was interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            }
            try {
                sf.getSchemaManager().validateMappedObjects();
                return sf;
            } catch (RuntimeException e) {
                sf.close();
                throw e;
            }
        }

        /** Waits for the factory; true if building it asked for a connection before {@link #start} (a test's check). */
        boolean askedForDatabaseBeforeOpening() {
            factory.join();
            return source.askedWhileLocked();
        }

        /**
         * For an opening that failed before {@link #start}: the factory built for it is closed (now, or when
         * it is finished), so that Hibernate's registry of factories does not keep it.
         */
        synchronized void discard() {
            if (!taken) {
                taken = true;
                factory.thenAccept(SessionFactory::close);
            }
        }
    }
}
