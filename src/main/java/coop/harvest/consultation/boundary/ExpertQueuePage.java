package coop.harvest.consultation.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.consultation.entity.ExpertProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /expert/}: the signed-in expert's queue, unanswered questions of their crops first. */
@Named
@RequestScoped
public class ExpertQueuePage {

    @Inject
    QuestionArchive archive;

    @Inject
    Experts experts;

    @Inject
    CurrentUser currentUser;

    private List<QuestionView> queue;

    public List<QuestionView> getQueue() {
        if (queue == null) {
            queue = archive.queue();
        }
        return queue;
    }

    public String getTitle() {
        return profile().map(ExpertProfile::getTitle).orElse("");
    }

    public List<String> getSpecialties() {
        return profile().map(p -> List.copyOf(p.getSpecialties())).orElse(List.of());
    }

    private java.util.Optional<ExpertProfile> profile() {
        return experts.profile(currentUser.require().accountId());
    }
}
