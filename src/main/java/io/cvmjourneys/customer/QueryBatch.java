package io.cvmjourneys.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Several SELECTs read together on one connection. On PostgreSQL they go in one round trip: the
 * driver sends the statements of one prepared statement together and waits once. Elsewhere (H2,
 * in the same process, where a round trip costs nothing) they run one after the other.
 */
final class QueryBatch {

    /** One SELECT of the batch; its rows are there once the batch has run. */
    static final class Query<T> {

        private final String sql;
        private final RowMapper<T> mapper;
        private final Object[] parameters;
        private final List<T> rows = new ArrayList<>();

        private Query(String sql, RowMapper<T> mapper, Object[] parameters) {
            this.sql = sql;
            this.mapper = mapper;
            this.parameters = parameters;
        }

        List<T> rows() {
            return rows;
        }

        private void read(ResultSet results) throws SQLException {
            int rowNumber = 0;
            while (results.next()) {
                rows.add(mapper.mapRow(results, rowNumber++));
            }
        }
    }

    private final List<Query<?>> queries = new ArrayList<>();

    <T> Query<T> add(String sql, RowMapper<T> mapper, Object... parameters) {
        Query<T> query = new Query<>(sql, mapper, parameters);
        queries.add(query);
        return query;
    }

    void run(JdbcTemplate jdbc) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                inOneRoundTrip(connection);
            } else {
                for (Query<?> query : queries) {
                    try (PreparedStatement statement = connection.prepareStatement(query.sql)) {
                        bind(statement, 1, query);
                        try (ResultSet results = statement.executeQuery()) {
                            query.read(results);
                        }
                    }
                }
            }
            return null;
        });
    }

    private void inOneRoundTrip(Connection connection) throws SQLException {
        String sql = queries.stream().map(query -> query.sql).collect(Collectors.joining(";\n"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Query<?> query : queries) {
                index = bind(statement, index, query);
            }
            statement.execute();
            for (Query<?> query : queries) {
                try (ResultSet results = statement.getResultSet()) {
                    query.read(results);
                }
                statement.getMoreResults();
            }
        }
    }

    private static int bind(PreparedStatement statement, int first, Query<?> query) throws SQLException {
        int index = first;
        for (Object parameter : query.parameters) {
            StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN, parameter);
        }
        return index;
    }
}
