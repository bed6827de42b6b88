package coop.harvest.catalog.boundary;

import coop.harvest.platform.DataVersion;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** Locks the product's row; false when there is no such product. */
    public boolean lock(String productCode) {
        // whoever takes the lock is about to change the product's listings, demands or orders (often natively)
        DataVersion.changing();
        return em.createNativeQuery("UPDATE PRODUCT SET MATCH_SEQ = MATCH_SEQ + 1 WHERE CODE = ?")
                .setParameter(1, productCode).executeUpdate() == 1;
    }
}
