package coop.harvest.consultation.boundary;

import coop.harvest.consultation.entity.Channel;
import coop.harvest.consultation.entity.QuestionStatus;
import java.time.Instant;
import java.util.List;

/**
 * A question as the API and pages show it. {@code asker.name} is the asker's public name (a hotline caller's name is
 * masked, 王**); {@code callerName} and {@code callerPhone} are present for staff only.
 */
public record QuestionView(long id, Asker asker, String product, String title, String body, Channel channel,
                           QuestionStatus status, List<AnswerView> answers, List<PhotoView> photos,
                           Instant createdAt, long version, String callerName, String callerPhone) {

    /** Who asked, as the public may see it. */
    public record Asker(String name) {
    }

    /** Photo n of the question, full size and thumbnail. */
    public record PhotoView(int n, String url, String thumbUrl) {
    }
}
