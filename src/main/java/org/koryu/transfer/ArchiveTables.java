package org.koryu.transfer;

import java.util.List;
import java.util.Set;

/**
 * Every table of the schema, in an order in which rows can be inserted (a row's references come
 * first). The export refuses a database holding a table not listed here, and {@code ArchiveTablesTest}
 * fails when a migration creates one, so that no data is silently left behind.
 */
public final class ArchiveTables {

    /** A table and whether its {@code id} is generated, so that the generator continues after imported ids. */
    public record Table(String name, boolean generatedId) {
    }

    public static final List<Table> ALL = List.of(
            new Table("account", true),
            new Table("api_token", true),
            new Table("content_item", true),
            new Table("revision", true),
            new Table("live_reference", false),
            new Table("audit_entry", true),
            new Table("scheduled_transition", true),
            new Table("delivery_item", false),
            new Table("delivery_day", false),
            new Table("delivery_facet", false),
            new Table("delivery_state", false),
            new Table("delivery_change", false),
            new Table("media", true),
            new Table("editorial_day", false),
            new Table("editorial_facet", false),
            new Table("preview_token", true));

    /**
     * Tables an empty Koryu already fills: the accounts that a first start creates (replaced by the
     * archive's) and the read model's version row written by its migration (version 0 until a publication).
     */
    static final Set<String> FILLED_AT_START = Set.of("account", "delivery_state");

    /** The media table: each of its rows has a file. */
    static final String MEDIA = "media";

    /** Flyway's own bookkeeping belongs to the database it runs on, not to the data. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private ArchiveTables() {
    }
}
