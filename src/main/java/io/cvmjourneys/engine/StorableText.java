package io.cvmjourneys.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Refuses, before the database sees it, a text the database would store as something else than was
 * sent: half of a UTF-16 surrogate pair ({@code "\ud800"} in JSON without the {@code \udc00} that
 * completes it) becomes "?" on its way into PostgreSQL's UTF-8, silently. Checked where every write
 * passes — each text bound to a statement, whoever binds it (the application's JDBC, the engine's
 * variables, an /api body, a workspace form, /engine-rest) — and refused with PostgreSQL's own
 * SQLSTATE for a character it cannot store, so the statement fails, its transaction rolls back and
 * the caller gets the 400 of {@link DatabaseFaults#textRefused} like for a NUL. On H2 too, which
 * would keep the half pair: the product behaves the same on either database.
 */
@Component
class StorableText implements BeanPostProcessor {

    /** PostgreSQL's character_not_in_repertoire. */
    static final String NOT_STORABLE = "22021";

    private static final Set<String> BINDS_TEXT = Set.of("setString", "setNString", "setObject");
    private static final Set<String> PREPARES = Set.of("prepareStatement", "prepareCall");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Checked) ? new Checked(dataSource) : bean;
    }

    /** The position of the first half pair in the text, or -1 when every surrogate has its partner. */
    static int halfPair(CharSequence text) {
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (Character.isHighSurrogate(c) && at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1))) {
                at++;
            } else if (Character.isSurrogate(c)) {
                return at;
            }
        }
        return -1;
    }

    private static final class Checked extends DelegatingDataSource {

        Checked(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(Connection.class, super.getConnection(), Checked::connectionCall);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(Connection.class, super.getConnection(username, password), Checked::connectionCall);
        }

        private static Object connectionCall(Object connection, Method method, Object[] args) throws Throwable {
            Object result = invoke(connection, method, args);
            return PREPARES.contains(method.getName()) && result instanceof PreparedStatement statement
                    ? wrap(method.getReturnType(), statement, Checked::statementCall) : result;
        }

        private static Object statementCall(Object statement, Method method, Object[] args) throws Throwable {
            if (BINDS_TEXT.contains(method.getName()) && args != null && args.length >= 2
                    && args[1] instanceof CharSequence text && halfPair(text) >= 0) {
                throw new SQLDataException("Parameter " + args[0] + " holds half of a UTF-16 surrogate pair at character "
                        + halfPair(text) + ", which cannot be stored as sent", NOT_STORABLE);
            }
            return invoke(statement, method, args);
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
        }

        private interface Call {
            Object on(Object target, Method method, Object[] args) throws Throwable;
        }

        private static <T> T wrap(Class<T> type, Object target, Call call) {
            // a proxy is equal to itself only, as the connection pool's own wrappers are
            InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> call.on(target, method, args);
            };
            return type.cast(Proxy.newProxyInstance(StorableText.class.getClassLoader(), new Class<?>[] {type}, handler));
        }
    }
}
