package coop.harvest.letters.boundary;

import coop.harvest.accounts.boundary.Authenticator;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.letters.control.AccessCodes;
import coop.harvest.letters.control.LetterFlow;
import coop.harvest.letters.control.LetterFlow.Action;
import coop.harvest.letters.control.TrackingNumbers;
import coop.harvest.letters.control.WorkingDays;
import coop.harvest.letters.entity.Letter;
import coop.harvest.letters.entity.LetterEvent;
import coop.harvest.letters.entity.LetterStatus;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The mailbox: anyone writes, the writer follows the letter with its number (and code, without an account), staff
 * assign and answer, the writer says whether it was settled. Every staff action is audited in its transaction.
 */
@Stateless
@PermitAll
public class Letters {

    static final int WRONG_CODES_PER_HOUR = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Authenticator authenticator;

    @Inject
    LetterLimiter limiter;

    @Inject
    TrackingSequence sequence;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    Event<LetterAnswered> answered;

    /** Writes a letter; the answer holds the access code, the only time it is ever shown. */
    public LetterView write(@Valid @NotNull(message = "a JSON body is required") NewLetter request, String client,
                            String language) {
        Optional<Caller> caller = currentUser.caller();
        String name = caller.map(Caller::displayName).orElse(request.name == null ? null : request.name.strip());
        if (name == null || name.isEmpty()) {
            throw ProblemException.invalid("name", "is required: the name the bureau may address you by");
        }
        if (caller.isEmpty()) {
            limiter.count(LetterLimiter.LETTERS, client, LetterViews.lettersPerHour(),
                    "Too many letters from this address this hour; try again later");
        }
        Instant now = Dates.now();
        ZoneId zone = MarketDay.zone();
        LocalDate today = WorkingDays.dayOf(now, zone);
        String code = AccessCodes.newCode();
        Letter letter = new Letter(sequence.next(today.getYear()), AccessCodes.hash(code), request.category,
                request.subject.strip(), request.body.strip(), name, blankToNull(request.phone),
                blankToNull(request.email), caller.map(Caller::accountId).orElse(null),
                caller.map(Caller::language).filter(l -> l != null && !l.isBlank()).orElse(language),
                Boolean.TRUE.equals(request.mayPublish), now, today, WorkingDays.after(today, LetterViews.dueDays()));
        em.persist(letter);
        em.flush();
        em.persist(new LetterEvent(letter.getId(), now, LetterStatus.RECEIVED, null));
        return LetterViews.writer(em, letter, code, today);
    }

    /** The letter for its writer: a signed-in writer needs no code; a wrong code is 404 and counts towards 429. */
    public LetterView track(String number, String code, String client) {
        String normal = TrackingNumbers.normalise(number);
        if (number == null || number.isBlank()) {
            throw ProblemException.invalid("number", "is required: the tracking number, such as HX2026-000017");
        }
        Optional<Caller> caller = currentUser.caller();
        Letter letter = normal == null ? null : byNumber(normal);
        if (letter != null && caller.isPresent() && caller.get().accountId() == orZero(letter.getWriterAccountId())) {
            return LetterViews.writer(em, letter, null, MarketDay.today());
        }
        limiter.check(LetterLimiter.CODES, client, WRONG_CODES_PER_HOUR, "Too many wrong codes; try again later");
        if (letter == null || !AccessCodes.matches(code, letter.getAccessCodeHash())) {
            limiter.count(LetterLimiter.CODES, client, WRONG_CODES_PER_HOUR, "Too many wrong codes; try again later");
            throw ProblemException.notFound("A letter with this number and code");
        }
        return LetterViews.writer(em, letter, null, MarketDay.today());
    }

    /** The writer's feedback on an answered letter: settled closes it, not settled reopens it with a new due date. */
    public LetterView feedback(long id, @Valid @NotNull(message = "a JSON body is required") FeedbackBody request,
                               String client) {
        Letter letter = em.find(Letter.class, id);
        Optional<Caller> caller = currentUser.caller();
        boolean writer = letter != null && caller.isPresent()
                && caller.get().accountId() == orZero(letter.getWriterAccountId());
        if (!writer) {
            limiter.check(LetterLimiter.CODES, client, WRONG_CODES_PER_HOUR, "Too many wrong codes; try again later");
            if (letter == null || !AccessCodes.matches(request.code, letter.getAccessCodeHash())) {
                limiter.count(LetterLimiter.CODES, client, WRONG_CODES_PER_HOUR,
                        "Too many wrong codes; try again later");
                throw ProblemException.notFound("A letter with this id and code");
            }
        }
        em.refresh(letter, LockModeType.PESSIMISTIC_WRITE);
        boolean settled = request.satisfied;
        LetterStatus next = LetterFlow.after(letter.getStatus(), settled ? Action.SATISFIED : Action.NOT_SATISFIED)
                .orElseThrow(() -> ProblemException.conflict("Only an answered letter takes feedback; this one is "
                        + letter.getStatus()));
        Instant now = Dates.now();
        LocalDate today = MarketDay.today();
        letter.feedback(settled, now, WorkingDays.after(today, LetterViews.dueDays()));
        String comment = blankToNull(request.comment);
        em.persist(new LetterEvent(id, now, next, comment));
        em.flush();
        return LetterViews.writer(em, letter, null, today);
    }

    /** Letters for staff, oldest due first; {@code overdue} keeps only (or leaves out) the overdue ones. */
    @RolesAllowed("STAFF")
    public Page<LetterView> list(LetterStatus status, Boolean overdue, PageRequest page) {
        LocalDate today = MarketDay.today();
        List<String> conditions = new java.util.ArrayList<>();
        if (status != null) {
            conditions.add("l.status = :status");
        }
        if (overdue != null) {
            conditions.add(overdue ? "l.status IN :waiting AND l.dueBy < :today"
                    : "NOT (l.status IN :waiting AND l.dueBy < :today)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Letter> select = em.createQuery("SELECT l FROM Letter l" + where
                + " ORDER BY l.dueBy, l.id", Letter.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM Letter l" + where, Long.class);
        for (TypedQuery<?> query : List.of(select, count)) {
            if (status != null) {
                query.setParameter("status", status);
            }
            if (overdue != null) {
                query.setParameter("waiting", List.copyOf(LetterFlow.WAITING)).setParameter("today", today);
            }
        }
        List<Letter> found = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return page.page(found.stream().map(l -> LetterViews.staff(em, l, null, today)).toList(), count.getSingleResult());
    }

    @RolesAllowed("STAFF")
    public LetterView get(long id) {
        return LetterViews.staff(em, find(id), null, MarketDay.today());
    }

    /** Gives a waiting letter to a staff member (422 for a username that is not staff; 409 once answered). */
    @RolesAllowed("STAFF")
    public LetterView assign(long id, @Valid @NotNull(message = "a JSON body is required") AssignBody request) {
        String actor = currentUser.require().username();
        Caller assignee = authenticator.callerByUsername(request.assignee.strip()).filter(Caller::isStaff)
                .orElseThrow(() -> ProblemException.invalid("assignee", "must be the username of a staff member"));
        Letter letter = lock(id);
        LetterFlow.after(letter.getStatus(), Action.ASSIGN).orElseThrow(() -> ProblemException.conflict(
                "A " + letter.getStatus() + " letter cannot be assigned"));
        letter.assign(assignee.username());
        Instant now = Dates.now();
        em.persist(new LetterEvent(id, now, LetterStatus.ASSIGNED, null));
        audit.record(actor, "LETTER_ASSIGNED", "LETTER", id, assignee.username());
        em.flush();
        return LetterViews.staff(em, letter, null, MarketDay.today());
    }

    /** Answers a waiting letter; the writer is told (in the app, and by SMS through {@link LetterAnswered}). */
    @RolesAllowed("STAFF")
    public LetterView answer(long id, @Valid @NotNull(message = "a JSON body is required") AnswerBody request) {
        String actor = currentUser.require().username();
        Letter letter = lock(id);
        LetterFlow.after(letter.getStatus(), Action.ANSWER).orElseThrow(() -> ProblemException.conflict(
                "A " + letter.getStatus() + " letter cannot be answered"));
        Instant now = Dates.now();
        ZoneId zone = MarketDay.zone();
        LocalDate today = WorkingDays.dayOf(now, zone);
        letter.answer(request.text.strip(), Boolean.TRUE.equals(request.publish), now, today,
                WorkingDays.between(letter.getReceivedOn(), today));
        em.persist(new LetterEvent(id, now, LetterStatus.ANSWERED, null));
        audit.record(actor, "LETTER_ANSWERED", "LETTER", id, letter.isAnswerPublished() ? "published" : null);
        if (letter.getWriterAccountId() != null) {
            notifier.notify(letter.getWriterAccountId(), "LETTER_ANSWERED", "letter.answered",
                    new Object[]{letter.getTrackingNumber()}, "/letters.xhtml");
        }
        em.flush();
        answered.fire(new LetterAnswered(id, letter.getTrackingNumber(), letter.getWriterPhone(),
                letter.getLanguage()));
        return LetterViews.staff(em, letter, null, today);
    }

    private Letter find(long id) {
        Letter letter = em.find(Letter.class, id);
        if (letter == null) {
            throw ProblemException.notFound("Letter " + id);
        }
        return letter;
    }

    private Letter lock(long id) {
        Letter letter = find(id);
        em.refresh(letter, LockModeType.PESSIMISTIC_WRITE);
        return letter;
    }

    private Letter byNumber(String number) {
        return em.createQuery("SELECT l FROM Letter l WHERE l.trackingNumber = :n", Letter.class)
                .setParameter("n", number).getResultStream().findFirst().orElse(null);
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
