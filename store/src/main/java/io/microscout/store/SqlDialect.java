package io.microscout.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where H2 and PostgreSQL SQL differ: the upsert statement. Everything else the store writes is
 * SQL both understand (H2 runs in {@code MODE=PostgreSQL}).
 */
enum SqlDialect {
    H2, POSTGRES;

    static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "'; expected jdbc:postgresql://HOST:PORT/DB (or none, for the embedded H2 database)");
    }

    /** Insert-or-replace of one row identified by {@code key} columns; parameters in {@code columns} order. */
    String upsert(String table, List<String> key, List<String> columns) {
        String names = String.join(", ", columns);
        String params = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", key) + ") VALUES (" + params + ")";
        }
        String updates = columns.stream().filter(c -> !key.contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ") ON CONFLICT ("
                + String.join(", ", key) + ") DO UPDATE SET " + updates;
    }
}
