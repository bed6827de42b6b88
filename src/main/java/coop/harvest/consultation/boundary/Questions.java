package coop.harvest.consultation.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.boundary.ProductView;
import coop.harvest.consultation.control.CallerNames;
import coop.harvest.consultation.control.QuestionLifecycle;
import coop.harvest.consultation.entity.Answer;
import coop.harvest.consultation.entity.Channel;
import coop.harvest.consultation.entity.Question;
import coop.harvest.consultation.entity.QuestionPhoto;
import coop.harvest.consultation.entity.QuestionStatus;
import coop.harvest.media.boundary.Images;
import coop.harvest.media.boundary.PreparedImage;
import coop.harvest.media.boundary.StoredImage;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asking, answering and accepting. Every change locks the question's row first, so two experts answering at once both
 * count, and an acceptance never races an answer.
 */
@Stateless
@PermitAll
public class Questions {

    public static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PHOTOS = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    Experts experts;

    @Inject
    Images images;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    /** Asks a question (any signed-in account), or logs a hotline call for a caller (staff); experts are told. */
    public QuestionView ask(@Valid @NotNull(message = "a JSON body is required") NewQuestion request) {
        return askAs(currentUser.require(), request, Dates.now());
    }

    /**
     * Asks with a first photo in one transaction (the ask form of the questions page): a photo that is refused
     * leaves no question behind; its problem is reported on the field {@code photo}.
     */
    public QuestionView askWithPhoto(@Valid @NotNull NewQuestion request, byte[] photo, String mediaType) {
        QuestionView asked = ask(request);
        try {
            putPhoto(asked.id(), 1, images.prepare(photo, mediaType, MAX_PHOTO_BYTES));
        } catch (ProblemException refused) {
            if (refused.status() == 503) {
                throw refused; // busy: nothing wrong with the photo, the asker may send it again
            }
            throw ProblemException.invalid("photo", refused.errors().isEmpty() ? refused.getMessage()
                    : refused.errors().get(0).message());
        }
        return asked;
    }

    /** The same for a named account at a given moment: for start-up demo data only, never exposed over HTTP. */
    public QuestionView askAs(Caller caller, @Valid @NotNull NewQuestion request, Instant at) {
        Channel channel = request.channel == null ? Channel.WEB : request.channel;
        if (channel == Channel.HOTLINE && !caller.isStaff()) {
            throw ProblemException.forbidden("Only bureau staff log hotline calls");
        }
        List<FieldError> errors = new ArrayList<>();
        if (catalog.product(request.product.strip()).isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        if (channel == Channel.HOTLINE) {
            if (request.callerName == null || request.callerName.isBlank()) {
                errors.add(new FieldError("callerName", "is required for a hotline call"));
            }
            if (request.callerPhone == null || request.callerPhone.isBlank()) {
                errors.add(new FieldError("callerPhone", "is required for a hotline call"));
            }
        } else if (request.callerName != null || request.callerPhone != null) {
            errors.add(new FieldError(request.callerName != null ? "callerName" : "callerPhone",
                    "is only for hotline calls that staff log"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String askerName = channel == Channel.HOTLINE ? CallerNames.masked(request.callerName) : caller.publicName();
        Question question = new Question(caller.accountId(), askerName, request.product.strip(),
                request.title.strip(), request.body.strip(), channel, at);
        if (channel == Channel.HOTLINE) {
            question.setCaller(request.callerName.strip(), request.callerPhone.strip());
        }
        em.persist(question);
        em.flush();
        if (channel == Channel.HOTLINE) {
            audit.record(caller.username(), "HOTLINE_CALL_LOGGED", "QUESTION", question.getId(), question.getProduct());
        }
        for (long expert : experts.expertsOf(question.getProduct())) {
            if (expert != caller.accountId()) {
                notifier.notify(expert, "QUESTION_ASKED", "consultation.question.asked",
                        new Object[]{question.getTitle(), productNames(question.getProduct())}, link(question));
            }
        }
        return QuestionViews.view(em, question, caller.isStaff());
    }

    /** An expert answers; the question becomes ANSWERED and the asker is told. 409 once it is resolved. */
    @RolesAllowed("EXPERT")
    public AnswerView answer(long questionId, @Valid @NotNull(message = "a JSON body is required") NewAnswer request) {
        return answerAs(currentUser.require().accountId(), questionId, request, Dates.now());
    }

    /** The same for a named expert at a given moment: for start-up demo data only, never exposed over HTTP. */
    public AnswerView answerAs(long expertId, long questionId, @Valid @NotNull NewAnswer request, Instant at) {
        Question question = locked(questionId);
        var expert = experts.profile(expertId).orElseThrow(
                () -> ProblemException.forbidden("Only experts answer questions"));
        QuestionStatus next = QuestionLifecycle.afterAnswer(question.getStatus()).orElseThrow(
                () -> ProblemException.conflict("The question is resolved; it takes no more answers"));
        Answer answer = new Answer(questionId, expertId, request.body.strip(), at);
        em.persist(answer);
        question.answered(next, at);
        em.flush();
        notifier.notify(question.getAskerId(), "QUESTION_ANSWERED", "consultation.question.answered",
                new Object[]{expert.getName(), question.getTitle()}, link(question));
        return QuestionViews.answer(answer, Map.of(expertId, expert));
    }

    /** The asker accepts the answer that helped (staff accept for a hotline caller): the question is resolved. */
    public QuestionView accept(long questionId, long answerId) {
        return acceptAs(currentUser.require(), questionId, answerId);
    }

    /** The same for a named account: for start-up demo data only, never exposed over HTTP. */
    public QuestionView acceptAs(Caller caller, long questionId, long answerId) {
        Question question = locked(questionId);
        Answer answer = em.find(Answer.class, answerId);
        if (answer == null || answer.getQuestionId() != questionId) {
            throw ProblemException.notFound("Answer " + answerId + " of question " + questionId);
        }
        requireAsker(caller, question, "Only the asker accepts an answer");
        QuestionStatus next = QuestionLifecycle.afterAccept(question.getStatus()).orElseThrow(
                () -> ProblemException.conflict("A " + question.getStatus() + " question cannot accept an answer"));
        answer.accept();
        question.resolved(next, Dates.now());
        if (caller.isStaff() && question.getChannel() == Channel.HOTLINE) {
            audit.record(caller.username(), "QUESTION_RESOLVED", "QUESTION", questionId, "answer " + answerId);
        }
        em.flush();
        return QuestionViews.view(em, question, caller.isStaff());
    }

    /** Checks that the caller may put photo n on the question, before its body is read (401, 403, 404, 409). */
    public void checkPhoto(long questionId, int n) {
        Caller caller = currentUser.require();
        Question question = em.find(Question.class, questionId);
        if (question == null) {
            throw ProblemException.notFound("Question " + questionId);
        }
        if (n < 1 || n > MAX_PHOTOS) {
            throw ProblemException.notFound("Photo " + n + " (a question has photos 1 to " + MAX_PHOTOS + ")");
        }
        requireAsker(caller, question, "Only the asker adds photos");
        if (!QuestionLifecycle.takesPhotos(question.getStatus())) {
            throw ProblemException.conflict("The question is resolved; it takes no more photos");
        }
    }

    /**
     * Checks and re-encodes a photo for {@link #putPhoto}: JPEG or PNG, at most 5 MiB, metadata dropped. Outside any
     * transaction (decoding takes a while and may wait for its turn), after {@link #checkPhoto}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreparedImage preparePhoto(byte[] bytes, String mediaType) {
        return images.prepare(bytes, mediaType, MAX_PHOTO_BYTES);
    }

    /** Stores photo n of the question (replacing an earlier one) from a photo {@link #preparePhoto}d before. */
    public void putPhoto(long questionId, int n, PreparedImage prepared) {
        checkPhoto(questionId, n);
        locked(questionId);
        StoredImage image = images.store(prepared);
        QuestionPhoto photo = em.find(QuestionPhoto.class, new QuestionPhoto.Key(questionId, n));
        if (photo == null) {
            em.persist(new QuestionPhoto(questionId, n, image.id(), image.etag()));
        } else {
            photo.replace(image.id(), image.etag());
        }
    }

    private Question locked(long id) {
        Question question = em.find(Question.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw ProblemException.notFound("Question " + id);
        }
        return question;
    }

    private static void requireAsker(Caller caller, Question question, String refusal) {
        boolean asker = question.getAskerId() == caller.accountId();
        boolean staffForCaller = caller.isStaff() && question.getChannel() == Channel.HOTLINE;
        if (!asker && !staffForCaller) {
            throw ProblemException.forbidden(refusal);
        }
    }

    private Map<String, String> productNames(String code) {
        ProductView product = catalog.views().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        return Map.of("zh", product.nameZh(), "en", product.nameEn());
    }

    private static String link(Question question) {
        return "/question.xhtml?id=" + question.getId();
    }
}
