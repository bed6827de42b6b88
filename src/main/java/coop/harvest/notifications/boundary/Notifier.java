package coop.harvest.notifications.boundary;

import coop.harvest.notifications.control.MessageRenderer;
import coop.harvest.platform.Dates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Map;

/**
 * Tells an account that something happened; the text is rendered in the reader's language when read. Joins the
 * caller's transaction, so a notification exists exactly when the change it reports was committed.
 * <p>
 * A plain CDI bean with a JTA interceptor rather than a session bean: every order tells both its parties, and each
 * EJB invocation costs its container's interceptors. Each call is one statement, for both parties too ({@link #tell}):
 * the rows are inserted straight from the accounts component's MESSAGE_RECIPIENT view ({@code INSERT ... SELECT}),
 * with the text in each reader's language of now chosen by the row, so neither the recipients nor their languages
 * are read first and no generated id is read back. The recipients are read from the database: an account that the
 * caller's transaction creates must be flushed before it is told anything (no caller does so today).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
public class Notifier {

    private static final String INSERT = "INSERT INTO NOTIFICATION (ACCOUNT_ID, TYPE_NAME, MESSAGE, MESSAGE_KEY, "
            + "MESSAGE_ARGS, LINK, CREATED_AT) ";

    /** The columns as typed parameters: Derby allows a parameter in a select list only inside a CAST. */
    private static final String SELECT = "SELECT ACCOUNT_ID, CAST(? AS VARCHAR(40)), "
            + "CASE WHEN LANGUAGE_CODE = 'en' THEN CAST(? AS VARCHAR(2000)) ELSE CAST(? AS VARCHAR(2000)) END, "
            + "CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(500)), CAST(? AS TIMESTAMP) "
            + "FROM MESSAGE_RECIPIENT WHERE ";

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationTexts texts;

    /**
     * @param accountId  whom to tell (nobody when no such account)
     * @param type       a stable type, e.g. ORDER_CREATED, ORDER_CONFIRMED, LISTING_REJECTED
     * @param messageKey key of the message in coop.harvest.notifications.messages (en and zh_CN bundles)
     * @param args       MessageFormat arguments of the message (a reason, an id, a product name...); a
     *                   {@code Map} argument holds one value per language ("zh", "en")
     * @param link       the page to open, relative to the site root, e.g. /order.xhtml?id=5
     */
    public void notify(long accountId, String type, String messageKey, Object[] args, String link) {
        tell(Notice.toAccount(accountId, type, messageKey, args, link));
    }

    /** Tells every account of a cooperative, each in its own language. */
    public void notifyCooperative(long cooperativeId, String type, String messageKey, Object[] args, String link) {
        tell(Notice.toCooperative(cooperativeId, type, messageKey, args, link));
    }

    /**
     * Stores the notices with one statement (one round trip to the database: an order tells its buyer and its
     * cooperative together). Each is stored as its key and arguments, rendered in the reader's language when read;
     * the text in the account's language of now is kept too (shown if the arguments are too long to keep).
     */
    public void tell(Notice... notices) {
        if (notices.length == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < notices.length; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append(SELECT)
                    .append(notices[i].cooperative() ? "COOPERATIVE_ID = ?" : "ACCOUNT_ID = ?");
        }
        Timestamp now = Timestamp.from(Dates.now());
        // on the connection of the caller's transaction, with typed nulls (no link, arguments too long to keep)
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 0;
            for (Notice notice : notices) {
                insert.setString(++p, notice.type());
                insert.setString(++p, MessageRenderer.render("en", notice.messageKey(), notice.args(), texts::name));
                insert.setString(++p, MessageRenderer.render("zh", notice.messageKey(), notice.args(), texts::name));
                insert.setString(++p, notice.messageKey());
                insert.setObject(++p, NotificationArgs.encode(notice.args()), Types.VARCHAR);
                insert.setObject(++p, notice.link(), Types.VARCHAR);
                insert.setTimestamp(++p, now);
                insert.setLong(++p, notice.recipient());
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("A notification could not be stored", e);
        }
    }

    /** An argument that names a product by its code, in the reader's language. */
    public static Map<String, String> product(String code) {
        return Map.of("product", code == null ? "" : code);
    }

    /** An argument that names a county (its Chinese name or code), in the reader's language. */
    public static Map<String, String> county(String county) {
        return Map.of("county", county == null ? "" : county);
    }

    /** An argument that names a certification (GREEN_FOOD, ORGANIC...), in the reader's language. */
    public static Map<String, String> certification(String certification) {
        return Map.of("certification", certification == null ? "" : certification);
    }
}
