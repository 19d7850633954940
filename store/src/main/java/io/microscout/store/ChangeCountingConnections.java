package io.microscout.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The store's connections, each telling {@link StoreChanges} when a transaction that wrote has committed: a
 * statement that is not a read (anything but SELECT, VALUES, EXPLAIN, SHOW, PRAGMA) marks the connection, and its
 * commit (or, in auto-commit, its return to the pool) counts the change. Every adapter reaches the database through
 * these connections (JDBI over this data source, and the raw JDBC of the bulk writer on JDBI's connection), so no
 * write path can forget to count.
 */
final class ChangeCountingConnections implements DataSource {
    private final DataSource pool;
    private final StoreChanges changes;

    ChangeCountingConnections(DataSource pool, StoreChanges changes) {
        this.pool = pool;
        this.changes = changes;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counted(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return counted(pool.getConnection(user, password));
    }

    private Connection counted(Connection con) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Counting(con));
    }

    /** True for SQL that may change data: everything but the reads. */
    static boolean writes(String sql) {
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return switch (s.substring(0, end).toUpperCase(Locale.ROOT)) {
            case "SELECT", "VALUES", "EXPLAIN", "SHOW", "PRAGMA" -> false;
            default -> true;
        };
    }

    /** One connection: marked when it runs a write, counted when that write commits. */
    private final class Counting implements InvocationHandler {
        private final Connection con;
        private volatile boolean wrote;

        Counting(Connection con) {
            this.con = con;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && writes((String) args[0])) {
                wrote = true;
            }
            Object result = call(con, method, args);
            switch (name) {
                case "createStatement" -> {
                    Statement st = (Statement) result;
                    return Proxy.newProxyInstance(
                            Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, (p, m, a) -> {
                                if (a != null && a.length > 0 && a[0] instanceof String sql && writes(sql)) {
                                    wrote = true;
                                }
                                return call(st, m, a);
                            });
                }
                case "commit", "close" -> countIfWrote();
                case "setAutoCommit" -> {
                    if (Boolean.TRUE.equals(args[0])) {
                        countIfWrote(); // turning auto-commit on commits
                    }
                }
                case "rollback" -> {
                    if (args == null) {
                        wrote = false;
                    }
                }
                default -> {}
            }
            return result;
        }

        private void countIfWrote() {
            if (wrote) {
                wrote = false;
                changes.committed();
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
