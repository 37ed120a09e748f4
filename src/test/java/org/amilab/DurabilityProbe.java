package org.amilab;

import java.sql.DriverManager;

/** Run in its own JVM by {@link DurabilityTest}: commits, says so, then waits to be killed. */
final class DurabilityProbe {

    static final String COMMITTED = "COMMITTED";
    static final int ROWS = 50;

    private DurabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection(args[0], "amilab", "")) {
            connection.createStatement().execute("create table probe (id int primary key, note varchar(100))");
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("insert into probe values (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "acknowledged action " + i);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            // standard output is how this process talks to the test that started it
            System.out.println(COMMITTED);
            System.out.flush();
            // Keep the connection open: the kill must come while the database is in use, as in a crash.
            System.in.read();
        }
    }
}
