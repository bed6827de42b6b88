package coop.harvest.messaging.boundary;

import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.messaging.control.PhoneNumbers;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.messaging.entity.PhoneCode;
import coop.harvest.messaging.entity.VerifiedPhone;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Verifying the signed-in account's phone by a 6-digit code sent by SMS through the outbox: at most five codes an
 * hour per account, a code lives ten minutes and five wrong tries void it.
 */
@Stateless
@PermitAll
public class Phones {

    public static final int CODES_PER_HOUR = 5;
    static final Duration CODE_LIFE = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a code check ended; only VERIFIED is a success, the others are answered 422 (and counted). */
    public enum Outcome { VERIFIED, WRONG, VOIDED, NO_CODE }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    /** Sends a new code to that phone (earlier open codes are void); 422 not a mobile number, 429 over the limit. */
    public PhoneStatus requestCode(@Valid @NotNull(message = "a JSON body is required") PhoneBody body) {
        Caller caller = currentUser.require();
        String phone = PhoneNumbers.mainlandMobile(body.phone).orElseThrow(() -> ProblemException.invalid("phone",
                "must be a mainland mobile number: 11 digits starting 13 to 19, such as 13800138000"));
        VerifiedPhone row = lockedRow(caller.accountId());
        Instant now = Dates.now();
        List<Instant> recent = em.createQuery("SELECT c.createdAt FROM PhoneCode c WHERE c.accountId = :a "
                        + "AND c.createdAt > :since ORDER BY c.createdAt", Instant.class)
                .setParameter("a", caller.accountId()).setParameter("since", now.minus(Duration.ofHours(1)))
                .getResultList();
        if (recent.size() >= CODES_PER_HOUR) {
            long wait = Duration.between(now, recent.get(recent.size() - CODES_PER_HOUR).plus(Duration.ofHours(1)))
                    .toSeconds() + 1;
            throw ProblemException.tooManyRequests("At most " + CODES_PER_HOUR + " codes an hour; try again later",
                    wait);
        }
        em.createQuery("UPDATE PhoneCode c SET c.state = 'VOID' WHERE c.accountId = :a AND c.state = 'OPEN'")
                .setParameter("a", caller.accountId()).executeUpdate();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        PhoneCode sent = new PhoneCode(caller.accountId(), phone, hash(caller.accountId(), code), now,
                now.plus(CODE_LIFE));
        em.persist(sent);
        outbox.queue(phone, SmsTexts.code(caller.language(), code));
        return new PhoneStatus(row.getPhone(), row.isVerified(), row.getVerifiedAt(), phone, sent.getExpiresAt());
    }

    /** Checks a code; a wrong one is counted (and committed), the fifth wrong one voids the code. */
    public Outcome verify(@Valid @NotNull(message = "a JSON body is required") CodeBody body) {
        Caller caller = currentUser.require();
        VerifiedPhone row = lockedRow(caller.accountId());
        Instant now = Dates.now();
        Optional<PhoneCode> open = openCode(caller.accountId(), now);
        if (open.isEmpty()) {
            return Outcome.NO_CODE;
        }
        PhoneCode code = open.get();
        if (!MessageDigest.isEqual(code.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash(caller.accountId(), body.code.strip()).getBytes(StandardCharsets.US_ASCII))) {
            code.wrongTry();
            return code.getWrongTries() >= PhoneCode.MAX_WRONG ? Outcome.VOIDED : Outcome.WRONG;
        }
        code.use();
        row.verified(code.getPhone(), now);
        accounts.phoneVerified(caller.accountId(), code.getPhone());
        return Outcome.VERIFIED;
    }

    /** The caller's phone and any code waiting to be entered. */
    public PhoneStatus status() {
        long accountId = currentUser.require().accountId();
        VerifiedPhone row = em.find(VerifiedPhone.class, accountId);
        Optional<PhoneCode> open = openCode(accountId, Dates.now());
        return new PhoneStatus(row == null ? null : row.getPhone(), row != null && row.isVerified(),
                row == null ? null : row.getVerifiedAt(), open.map(PhoneCode::getPhone).orElse(null),
                open.map(PhoneCode::getExpiresAt).orElse(null));
    }

    /** Wrong tries left on the caller's open code (0 when there is none). */
    public int triesLeft() {
        return openCode(currentUser.require().accountId(), Dates.now())
                .map(c -> PhoneCode.MAX_WRONG - c.getWrongTries()).orElse(0);
    }

    private Optional<PhoneCode> openCode(long accountId, Instant now) {
        return em.createQuery("SELECT c FROM PhoneCode c WHERE c.accountId = :a AND c.state = 'OPEN' "
                        + "ORDER BY c.id DESC", PhoneCode.class).setParameter("a", accountId).setMaxResults(1)
                .getResultStream().filter(c -> c.isOpen(now)).findFirst();
    }

    /** The account's row, locked: one code request or check at a time per account. */
    private VerifiedPhone lockedRow(long accountId) {
        VerifiedPhone row = em.find(VerifiedPhone.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            em.persist(new VerifiedPhone(accountId));
            em.flush();
            row = em.find(VerifiedPhone.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    static String hash(long accountId, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
