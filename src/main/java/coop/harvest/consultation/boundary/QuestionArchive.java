package coop.harvest.consultation.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.boundary.ProductView;
import coop.harvest.consultation.control.ExpertQueue;
import coop.harvest.consultation.control.QueueEntry;
import coop.harvest.consultation.entity.ExpertProfile;
import coop.harvest.consultation.entity.Question;
import coop.harvest.consultation.entity.QuestionPhoto;
import coop.harvest.consultation.entity.QuestionStatus;
import coop.harvest.media.boundary.ImageFile;
import coop.harvest.media.boundary.ImageVariant;
import coop.harvest.media.boundary.Images;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The public archive of questions, one question, its photos, and an expert's queue. */
@Stateless
@PermitAll
public class QuestionArchive {

    static final int QUEUE_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    Images images;

    @Inject
    Experts experts;

    /**
     * Questions newest first, by crop and status; {@code q} matches the title, the body and the product's names in
     * Chinese and English (searching 猕猴桃 or kiwi finds the kiwi questions).
     */
    public Page<QuestionView> list(String product, String q, QuestionStatus status, PageRequest page) {
        if (product != null && catalog.product(product).isEmpty()) {
            throw ProblemException.invalid("product", "is not a product of the catalogue");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (product != null) {
            conditions.add("q.product = :product");
            params.put("product", product);
        }
        if (status != null) {
            conditions.add("q.status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            String words = q.strip().toLowerCase(Locale.ROOT);
            String text = "LOWER(q.title) LIKE :q ESCAPE '\\' OR LOWER(q.body) LIKE :q ESCAPE '\\'";
            params.put("q", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<String> named = productsNamed(words);
            if (!named.isEmpty()) {
                text += " OR q.product IN :named";
                params.put("named", named);
            }
            conditions.add("(" + text + ")");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Question> select = em.createQuery("SELECT q FROM Question q" + where
                + " ORDER BY q.createdAt DESC, q.id DESC", Question.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q) FROM Question q" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Question> found = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return page.page(QuestionViews.views(em, found, isStaff()), count.getSingleResult());
    }

    /** One question (404 when unknown). */
    public QuestionView get(long id) {
        Question question = em.find(Question.class, id);
        if (question == null) {
            throw ProblemException.notFound("Question " + id);
        }
        return QuestionViews.view(em, question, isStaff());
    }

    /** True when the caller may act as the question's asker (staff for a hotline caller). */
    public boolean askedBy(long questionId, Caller caller) {
        Question question = em.find(Question.class, questionId);
        return question != null && (question.getAskerId() == caller.accountId()
                || caller.isStaff() && question.getChannel() == coop.harvest.consultation.entity.Channel.HOTLINE);
    }

    /** Photo n of the question, full size or thumbnail (404 when there is none). */
    public ImageFile photo(long questionId, int n, ImageVariant variant) {
        QuestionPhoto photo = em.find(QuestionPhoto.class, new QuestionPhoto.Key(questionId, n));
        if (photo == null) {
            throw ProblemException.notFound("Photo " + n + " of question " + questionId);
        }
        return images.open(photo.getImageId(), variant)
                .orElseThrow(() -> ProblemException.notFound("Photo " + n + " of question " + questionId));
    }

    /** The signed-in expert's queue: unanswered questions of their crops first (see ExpertQueue). */
    @RolesAllowed("EXPERT")
    public List<QuestionView> queue() {
        Caller caller = currentUser.require();
        Set<String> specialties = experts.profile(caller.accountId()).map(ExpertProfile::getSpecialties)
                .orElse(Set.of());
        List<Question> candidates = em.createQuery("SELECT q FROM Question q WHERE q.status <> :resolved "
                + "ORDER BY q.createdAt", Question.class).setParameter("resolved", QuestionStatus.RESOLVED)
                .setMaxResults(QUEUE_LIMIT * 2).getResultList();
        Set<Long> answeredByMe = new HashSet<>(em.createQuery("SELECT DISTINCT a.questionId FROM Answer a "
                + "WHERE a.expertId = :me", Long.class).setParameter("me", caller.accountId()).getResultList());
        Map<Long, Question> byId = candidates.stream().collect(Collectors.toMap(Question::getId, Function.identity()));
        List<Question> ordered = ExpertQueue.order(candidates.stream().map(q -> new QueueEntry(q.getId(),
                        q.getProduct(), q.getStatus(), q.getCreatedAt(), answeredByMe.contains(q.getId()))).toList(),
                specialties).stream().limit(QUEUE_LIMIT).map(e -> byId.get(e.id())).toList();
        return QuestionViews.views(em, ordered, false);
    }

    private List<String> productsNamed(String words) {
        return catalog.views().stream().filter(p -> names(p).contains(words)).map(ProductView::code).toList();
    }

    private static String names(ProductView p) {
        return (p.code() + " " + p.nameZh() + " " + p.nameEn()).toLowerCase(Locale.ROOT);
    }

    private boolean isStaff() {
        return currentUser.caller().map(Caller::isStaff).orElse(false);
    }
}
