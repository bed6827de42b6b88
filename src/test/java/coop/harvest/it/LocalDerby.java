package coop.harvest.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.derby.drda.NetworkServerControl;

/**
 * Derby inside the test JVM: opening a server's database folder while that server is stopped (to build an old
 * schema, or to look at what a crash left), copying database folders, and a Derby network server that several
 * application instances share.
 */
public final class LocalDerby {

    static {
        Path target = Path.of(System.getProperty("harvest.target", "target"));
        System.setProperty("derby.stream.error.file", target.resolve("derby-tests.log").toAbsolutePath().toString());
    }

    private LocalDerby() {
    }

    /** Opens (and with {@code create} makes) the embedded database in that folder. */
    public static Connection open(Path database, boolean create) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + (create ? ";create=true" : ""));
    }

    /** Opens a database by any URL attributes, e.g. {@code ;restoreFrom=...}. */
    public static Connection openUrl(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Closes the database in that folder so that a server process may open it. */
    public static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut the database down", expected);
            }
        }
    }

    /** Replaces {@code target} by a copy of {@code source} (both folders). */
    public static void replaceFolder(Path source, Path target) {
        deleteFolder(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Derby network server on a free port, its databases under a fresh folder; close it to stop it. */
    public static final class NetworkServer implements AutoCloseable {

        private final NetworkServerControl control;
        private final int port;
        private final Path home;

        private NetworkServer(NetworkServerControl control, int port, Path home) {
            this.control = control;
            this.port = port;
            this.home = home;
        }

        public static NetworkServer start(String name) {
            Path home = HarvestServer.newDataDir(name);
            int port = HarvestServer.freePort();
            try {
                NetworkServerControl control = new NetworkServerControl(InetAddress.getByName("localhost"), port);
                control.start(new PrintWriter(Files.newBufferedWriter(home.resolve("network-server.log")), true));
                for (int attempt = 0; ; attempt++) {
                    try {
                        control.ping();
                        break;
                    } catch (Exception notYet) {
                        if (attempt > 100) {
                            throw new IllegalStateException("Derby network server did not start", notYet);
                        }
                        Thread.sleep(100);
                    }
                }
                return new NetworkServer(control, port, home);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the Derby network server", e);
            }
        }

        /** The JDBC URL application instances use for this server's database of that name (under its folder). */
        public String url(String database) {
            return "jdbc:derby://localhost:" + port + "/" + home.resolve(database).toAbsolutePath() + ";create=true";
        }

        public Path home() {
            return home;
        }

        @Override
        public void close() {
            try {
                control.shutdown();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot stop the Derby network server", e);
            }
        }
    }
}
