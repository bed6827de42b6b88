package coop.harvest.accounts.boundary;

import coop.harvest.platform.DataVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The running sum and count of a cooperative's review ratings, which its public views average. Orders adds each
 * review's rating here, in the review's transaction; one conditional update, so concurrent reviews never lose one.
 */
@Dependent
public class CooperativeRatings {

    @PersistenceContext
    EntityManager em;

    /** Adds one rating (1–5) to the cooperative's; false for an unknown cooperative. */
    public boolean add(long cooperativeId, int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5");
        }
        DataVersion.changing();
        return em.createNativeQuery("UPDATE COOPERATIVE SET RATING_SUM = RATING_SUM + ?, "
                        + "RATING_COUNT = RATING_COUNT + 1 WHERE ID = ?")
                .setParameter(1, rating).setParameter(2, cooperativeId).executeUpdate() == 1;
    }
}
