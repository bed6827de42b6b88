package coop.harvest.letters.boundary;

import coop.harvest.letters.control.TrackingNumbers;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The next tracking number of a year, from a conditional UPDATE of the year's counter row: the row lock serialises
 * concurrent writers (also on other instances) until the letter commits, so no two letters share a number.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TrackingSequence {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    YearRows yearRows;

    public String next(int year) {
        int updated = bump(year);
        if (updated == 0) {
            yearRows.ensure(year);
            bump(year);
        }
        Number last = (Number) em.createNativeQuery("SELECT LAST_NUMBER FROM LETTER_SEQUENCE WHERE SEQ_YEAR = ?")
                .setParameter(1, year).getSingleResult();
        return TrackingNumbers.format(year, last.longValue());
    }

    private int bump(int year) {
        return em.createNativeQuery("UPDATE LETTER_SEQUENCE SET LAST_NUMBER = LAST_NUMBER + 1 WHERE SEQ_YEAR = ?")
                .setParameter(1, year).executeUpdate();
    }
}
