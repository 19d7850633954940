package io.microscout.store.privacy;

import io.microscout.creator.CreatorKey;
import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Whole rows as plain values for an export (text, numbers, booleans, null; anything else, such as a time, as its
 * text), and deletes, bound by a creator's row id ({@code :id}) or key ({@code :platform}, {@code :handle}).
 */
final class Rows {
    private Rows() {}

    static List<Map<String, Object>> select(Handle h, String sql, Long id, CreatorKey key) {
        return bind(h.createQuery(sql), id, key)
                .map((rs, ctx) -> {
                    ResultSetMetaData md = rs.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        Object v = rs.getObject(c);
                        row.put(
                                md.getColumnLabel(c).toLowerCase(Locale.ROOT),
                                v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                                        ? v
                                        : v.toString());
                    }
                    return row;
                })
                .list();
    }

    static int delete(Handle h, String sql, Long id, CreatorKey key) {
        return bind(h.createUpdate(sql), id, key).execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Long id, CreatorKey key) {
        if (id != null) {
            statement.bind("id", id);
        }
        if (key != null) {
            statement.bind("platform", key.platform().id()).bind("handle", key.handle());
        }
        return statement;
    }
}
