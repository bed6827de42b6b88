package coop.harvest.catalog.boundary;

import coop.harvest.catalog.entity.Product;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.DataVersion;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicCache;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The catalogue's facade: products to read and validate against, and staff adding products. */
@Stateless
@PermitAll
public class Catalog {

    /** Products are never removed or renamed, so a found product may be remembered for the life of the server. */
    private static final ConcurrentMap<String, CatalogProduct> KNOWN = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PublicCache cache;

    @Resource
    SessionContext session;

    /** Every product by code; every page's product menu asks, so the list is shared (see PublicCache). */
    public List<CatalogProduct> products() {
        return cache.get(List.of("products"), () -> em.createQuery("SELECT p FROM Product p ORDER BY p.code",
                Product.class).getResultStream().map(CatalogProduct::new).toList());
    }

    /** Every product as a view with its names in both languages, for components that show or search by name. */
    public List<ProductView> views() {
        return products().stream().map(p -> CatalogResource.view(p, "zh")).toList();
    }

    /** The product with this code, if the catalogue has it. */
    public Optional<CatalogProduct> product(String code) {
        if (code == null) {
            return Optional.empty();
        }
        CatalogProduct known = KNOWN.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Product found = em.find(Product.class, code);
        if (found == null) {
            return Optional.empty();
        }
        CatalogProduct product = new CatalogProduct(found);
        KNOWN.put(code, product);
        return Optional.of(product);
    }

    /** Adds a product (staff only); 409 when the code is taken. */
    @RolesAllowed("STAFF")
    public Product add(@Valid @NotNull(message = "a JSON body is required") NewProduct request) {
        if (em.find(Product.class, request.code) != null) {
            throw ProblemException.conflict("A product with code " + request.code + " exists already");
        }
        Product product = new Product(request.code, request.nameZh.strip(), request.nameEn.strip(),
                request.unit.strip());
        em.persist(product);
        DataVersion.changing();
        audit.record(session.getCallerPrincipal().getName(), "PRODUCT_ADDED", "PRODUCT", null, request.code);
        return product;
    }

    /** Seeds a product if missing (start-up and demo data). */
    public void ensure(String code, String nameZh, String nameEn, String unit) {
        if (em.find(Product.class, code) == null) {
            em.persist(new Product(code, nameZh, nameEn, unit));
            DataVersion.changing();
        }
    }
}
