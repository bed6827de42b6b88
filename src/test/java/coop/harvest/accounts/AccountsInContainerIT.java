package coop.harvest.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.AccountView;
import coop.harvest.accounts.boundary.Authenticator;
import coop.harvest.accounts.boundary.NewAccount;
import coop.harvest.accounts.boundary.TokenView;
import coop.harvest.accounts.boundary.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container, against the real database: what can only be seen from the inside — how passwords and
 * tokens are stored, and that an expired token no longer authenticates.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsInContainerIT {

    private static final String PASSWORD = "kiwi-orchard-password-77";

    @Deployment
    static WebArchive deployment() {
        // runs in the test JVM only, before the server starts: the PostgreSQL pass gives each start an empty database
        coop.harvest.it.TestDatabase.recreateArquillianDatabase();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/harvest.war"));
    }

    @Inject
    Accounts accounts;

    @Inject
    Authenticator authenticator;

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    @Test
    void passwordHashesAreSaltedPbkdf2AndNeverThePassword() throws Exception {
        AccountView first = accounts.register(buyer());
        AccountView second = accounts.register(buyer());
        String firstHash = hashOf(first.id());
        String secondHash = hashOf(second.id());
        assertFalse(firstHash.contains(PASSWORD));
        assertTrue(firstHash.startsWith("pbkdf2-sha512$210000$"), firstHash);
        assertNotEquals(firstHash, secondHash, "equal passwords get different hashes");
    }

    @Test
    void tokensAreStoredHashedAndExpire() throws Exception {
        AccountView buyer = accounts.register(buyer());
        TokenView token = authenticator.issueToken(new coop.harvest.accounts.boundary.Credentials(buyer.username(), PASSWORD), "127.0.0.1");
        try (Connection c = dataSource.getConnection();
             PreparedStatement stored = c.prepareStatement("SELECT COUNT(*) FROM API_TOKEN WHERE TOKEN_HASH = ?")) {
            stored.setString(1, token.token());
            try (ResultSet rows = stored.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "the token itself is never stored");
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement expire = c.prepareStatement(
                     "UPDATE API_TOKEN SET EXPIRES_AT = {fn TIMESTAMPADD(SQL_TSI_HOUR, -1, CURRENT_TIMESTAMP)} "
                             + "WHERE ACCOUNT_ID = ?")) {
            expire.setLong(1, buyer.id());
            assertEquals(1, expire.executeUpdate());
        }
        // (expired behind the application's back before its first use: a token in use is remembered with its expiry)
        assertTrue(authenticator.callerForToken(token.token()).isEmpty(), "an expired token is refused");
        TokenView fresh = authenticator.issueToken(
                new coop.harvest.accounts.boundary.Credentials(buyer.username(), PASSWORD), "127.0.0.1");
        assertEquals(buyer.id(), authenticator.callerForToken(fresh.token()).orElseThrow().accountId());
        assertEquals(buyer.id(), authenticator.callerForToken(fresh.token()).orElseThrow().accountId(), "again");
    }

    private static NewAccount buyer() {
        String username = "arq-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount account = new NewAccount();
        account.username = username;
        account.password = PASSWORD;
        account.displayName = "Arquillian buyer";
        account.role = Role.BUYER;
        account.organization = "湖南药材加工厂";
        return account;
    }

    private String hashOf(long accountId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT PASSWORD_HASH FROM ACCOUNT WHERE ID = ?")) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
