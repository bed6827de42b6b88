package coop.harvest.it;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real application on the real runtime, started the way users start it:
 * {@code java -jar payara-micro.jar --nohazelcast --contextroot / --prebootcommandfile pre-boot-commands.txt
 * --deploy harvest.war} (the pre-boot commands of src/deploy/), configured only by environment variables. {@link #shared()} is one server for all black-box tests of a run (started once, stopped
 * when the JVM exits); tests that need their own settings, a crash or a second instance use {@link #start}.
 */
public final class HarvestServer implements AutoCloseable {

    public static final String ADMIN_USERNAME = "bureau-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-2026";

    private static HarvestServer shared;

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private volatile String ownedDatabase;

    private HarvestServer(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** The server shared by the black-box tests: fresh embedded Derby, no demo data, a configured admin. */
    public static synchronized HarvestServer shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start("shared", defaultEnvironment(newDataDir("shared")));
            HarvestServer running = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        return shared;
    }

    /** The environment of the shared server, for tests that start their own with a few changes. */
    public static Map<String, String> defaultEnvironment(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("HARVEST_DATA_DIR", dataDir.toString());
        env.put("HARVEST_DEMO", "false");
        env.put("HARVEST_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("HARVEST_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HARVEST_SIGNUP_PER_MINUTE", "100000");
        // every test signs in from 127.0.0.1: the per-address limit is LimitsIT's to test
        env.put("HARVEST_SIGNIN_FAILURES_PER_ADDRESS", "1000000");
        // tests may move the market clock (Fixtures.shiftMarketClock); production servers never enable this
        env.put("HARVEST_TEST_CLOCK", "true");
        return env;
    }

    public static Path newDataDir(String name) {
        try {
            Path root = Path.of(System.getProperty("harvest.target", "target"), "it-data");
            Files.createDirectories(root);
            return Files.createTempDirectory(root, name + "-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a server with exactly this environment (plus PATH and JAVA_HOME) on a free port and waits until ready.
     * Without HARVEST_DB_URL it gets embedded Derby in its data folder, or in the PostgreSQL pass
     * ({@link TestDatabase#postgres()}) a fresh PostgreSQL database of its own, dropped when it stops.
     */
    public static HarvestServer start(String name, Map<String, String> environment) {
        return start(name, environment, freePort());
    }

    public static HarvestServer start(String name, Map<String, String> environment, int port) {
        String war = System.getProperty("harvest.war", "target/harvest.war");
        String jar = System.getProperty("harvest.payaraJar", "target/payara-micro.jar");
        if (!new File(war).isFile() || !new File(jar).isFile()) {
            throw new IllegalStateException("Run 'mvn package' first: " + war + " and " + jar + " are needed");
        }
        String preBoot = System.getProperty("harvest.preBootCommands", "src/deploy/pre-boot-commands.txt");
        if (!new File(preBoot).isFile()) {
            throw new IllegalStateException("The pre-boot commands " + preBoot + " are missing");
        }
        Path dataDir = Path.of(environment.getOrDefault("HARVEST_DATA_DIR", newDataDir(name).toString()));
        Path log = Path.of(System.getProperty("harvest.target", "target"), "it-server-" + name + "-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        // e.g. -Dharvest.serverJvmArgs=-XX:StartFlightRecording=filename=target/server.jfr to profile a run
        String extra = System.getProperty("harvest.serverJvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "--nohazelcast", "--contextroot", "/", "--port", Integer.toString(port),
                "--prebootcommandfile", preBoot, "--deploy", war));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("HARVEST_"));
        env.putAll(environment);
        env.put("HARVEST_DATA_DIR", dataDir.toString());
        String database = null;
        if (TestDatabase.postgres() && !environment.containsKey("HARVEST_DB_URL")) {
            database = TestDatabase.createPostgres(name);
            env.putAll(TestDatabase.postgresEnvironment(database));
        }
        try {
            HarvestServer server = new HarvestServer(builder.start(), port, dataDir, log);
            server.ownedDatabase = database;
            server.awaitReady(Duration.ofSeconds(Long.getLong("harvest.startTimeoutSeconds", 300)));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Payara Micro", e);
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + log);
            }
            if (status("/health/ready") == 200) {
                return;
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + "; see " + log);
    }

    private int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + path).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The server's process id (for memory readings). */
    public long pid() {
        return process.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    public ApiClient api() {
        return new ApiClient(baseUrl());
    }

    /** Ends the server at once, as a crash would (SIGKILL). Its own PostgreSQL database, if any, stays. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Stops the server normally (SIGTERM) and drops its own PostgreSQL database, if it has one. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
        String database = ownedDatabase;
        ownedDatabase = null;
        if (database != null) {
            TestDatabase.dropPostgres(database);
        }
    }

    /** The environment (HARVEST_DB_*) of this server's own PostgreSQL database, for a restart on the same data. */
    public Map<String, String> databaseEnvironment() {
        return ownedDatabase == null ? Map.of() : TestDatabase.postgresEnvironment(ownedDatabase);
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
