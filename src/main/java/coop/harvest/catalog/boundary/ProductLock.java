package coop.harvest.catalog.boundary;

import coop.harvest.platform.DataVersion;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The per-product lock that serialises matching and reservations across every instance sharing the database: an
 * update of the product's MATCH_SEQ row, held until the transaction ends. Take it before touching listings, demands
 * or orders of that product, so that every path locks in the same order (product, listing, demand, order).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProductLock {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Locks the product's row; false when there is no such product. The row is updated once per transaction: a
     * transaction that already holds the lock (a posted demand's matching, a released order's re-matching) keeps it
     * until it ends, so asking again only flushes what this transaction has written so far, as the update would.
     */
    public boolean lock(String productCode) {
        // whoever takes the lock is about to change the product's listings, demands or orders (often natively)
        DataVersion.changing();
        Held held = new Held(productCode);
        if (transactions.getResource(held) != null) {
            em.flush();
            return true;
        }
        boolean found = em.createNativeQuery("UPDATE PRODUCT SET MATCH_SEQ = MATCH_SEQ + 1 WHERE CODE = ?")
                .setParameter(1, productCode).executeUpdate() == 1;
        if (found) {
            transactions.putResource(held, Boolean.TRUE);
        }
        return found;
    }

    /** The current transaction's mark that it holds this product's lock. */
    private record Held(String productCode) {
    }
}
