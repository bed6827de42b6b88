package coop.harvest.consultation.boundary;

import coop.harvest.consultation.entity.Answer;
import coop.harvest.consultation.entity.ExpertProfile;
import coop.harvest.consultation.entity.Question;
import coop.harvest.consultation.entity.QuestionPhoto;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds question views: answers with their experts' names and titles, and photo addresses. */
final class QuestionViews {

    private QuestionViews() {
    }

    static QuestionView view(EntityManager em, Question q, boolean staff) {
        return views(em, List.of(q), staff).get(0);
    }

    /** Views of many questions with three queries in all (answers, experts, photos), not three per question. */
    static List<QuestionView> views(EntityManager em, List<Question> questions, boolean staff) {
        if (questions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = questions.stream().map(Question::getId).toList();
        Map<Long, List<Answer>> answers = new HashMap<>();
        for (Answer a : em.createQuery("SELECT a FROM Answer a WHERE a.questionId IN :ids "
                + "ORDER BY a.answeredAt, a.id", Answer.class).setParameter("ids", ids).getResultList()) {
            answers.computeIfAbsent(a.getQuestionId(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, ExpertProfile> experts = experts(em, answers.values().stream().flatMap(Collection::stream)
                .map(Answer::getExpertId).distinct().toList());
        Map<Long, List<QuestionPhoto>> photos = new HashMap<>();
        for (QuestionPhoto p : em.createQuery("SELECT p FROM QuestionPhoto p WHERE p.questionId IN :ids "
                + "ORDER BY p.n", QuestionPhoto.class).setParameter("ids", ids).getResultList()) {
            photos.computeIfAbsent(p.getQuestionId(), k -> new ArrayList<>()).add(p);
        }
        return questions.stream().map(q -> new QuestionView(q.getId(), new QuestionView.Asker(q.getAskerName()),
                q.getProduct(), q.getTitle(), q.getBody(), q.getChannel(), q.getStatus(),
                answers.getOrDefault(q.getId(), List.of()).stream().map(a -> answer(a, experts)).toList(),
                photos.getOrDefault(q.getId(), List.of()).stream().map(QuestionViews::photo).toList(),
                q.getCreatedAt(), q.getVersion(), staff ? q.getCallerName() : null,
                staff ? q.getCallerPhone() : null)).toList();
    }

    static AnswerView answer(Answer a, Map<Long, ExpertProfile> experts) {
        ExpertProfile e = experts.get(a.getExpertId());
        return new AnswerView(a.getId(), new AnswerView.ExpertRef(e == null ? "" : e.getName(),
                e == null ? "" : e.getTitle()), a.getBody(), a.getAnsweredAt(), a.isAccepted());
    }

    static Map<Long, ExpertProfile> experts(EntityManager em, List<Long> ids) {
        Map<Long, ExpertProfile> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e FROM ExpertProfile e WHERE e.accountId IN :ids", ExpertProfile.class)
                    .setParameter("ids", ids).getResultList().forEach(e -> found.put(e.getAccountId(), e));
        }
        return found;
    }

    private static QuestionView.PhotoView photo(QuestionPhoto p) {
        String base = "/api/questions/" + p.getQuestionId() + "/photos/" + p.getN();
        String version = "?v=" + p.getEtag().substring(0, Math.min(12, p.getEtag().length()));
        return new QuestionView.PhotoView(p.getN(), base + version, base + "/thumb" + version);
    }
}
