package de.offenekommune;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, for tests that a request costs a fixed number
 * of queries, not one per item shown (MockMvc runs the request on the test's thread).
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<List<String>> SQL = ThreadLocal.withInitial(ArrayList::new);

    /** Statements prepared on this thread since the last {@link #reset}. */
    public int count() {
        return SQL.get().size();
    }

    /** Their text, first line each, to say which statement a change added. */
    public List<String> statements() {
        return List.copyOf(SQL.get());
    }

    public void reset() {
        SQL.get().clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (STATEMENTS.contains(method.getName())) {
                    SQL.get().add(args == null || args.length == 0 ? "(statement)"
                            : String.valueOf(args[0]).strip().replaceAll("\\s+", " "));
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    handler);
        }
    }
}
