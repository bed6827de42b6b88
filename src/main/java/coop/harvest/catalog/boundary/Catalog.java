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
import coop.harvest.catalog.control.ProductNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        return products().stream().map(p -> CatalogResource.view(p, "zh", aliasesOf(p.getCode()))).toList();
    }

    /** The product's aliases, the everyday names people search with, in their order (none for an unknown code). */
    public List<String> aliases(String code) {
        return aliasesOf(code).names();
    }

    /** The product's aliases with the product's version, which every change of them raises. */
    public Aliases aliasesOf(String code) {
        return aliasIndex().getOrDefault(code, Aliases.NONE);
    }

    /** A product's aliases in their order, and its version. */
    public record Aliases(long version, List<String> names) {
        static final Aliases NONE = new Aliases(1, List.of());
    }

    /**
     * The codes of the products a search query names: every word of it is part of the product's code, a name or an
     * alias (so "葡萄" gives grape). Empty for a blank query. The one place that resolves words to products, for the
     * {@code q} searches of listings, demands and contract offers.
     */
    public Set<String> productsMatching(String query) {
        if (ProductNames.words(query).isEmpty()) {
            return Set.of();
        }
        Map<String, Aliases> aliases = aliasIndex();
        return products().stream()
                .map(p -> new ProductNames(p.getCode(), p.getNameZh(), p.getNameEn(),
                        aliases.getOrDefault(p.getCode(), Aliases.NONE).names()))
                .filter(n -> n.matches(query)).map(ProductNames::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Replaces a product's aliases (staff, audited) and raises its version: 404 unknown product, 422 an alias too long
     * or too many, 412 when {@code expectedVersion} (from If-Match; null for none) is not the current one.
     */
    @RolesAllowed("STAFF")
    public Aliases setAliases(String code, List<String> aliases, Long expectedVersion) {
        List<String> kept;
        try {
            kept = ProductNames.clean(aliases);
        } catch (IllegalArgumentException tooMuch) {
            throw ProblemException.invalid("aliases", tooMuch.getMessage());
        }
        // the product's row lock (as matching takes it: the product first), so two staff replacing them take turns
        if (code == null || em.createNativeQuery("UPDATE PRODUCT SET VERSION = VERSION + 1 WHERE CODE = ?")
                .setParameter(1, code).executeUpdate() != 1) {
            throw ProblemException.notFound("Product " + code);
        }
        long version = ((Number) em.createNativeQuery("SELECT VERSION FROM PRODUCT WHERE CODE = ?")
                .setParameter(1, code).getSingleResult()).longValue();
        if (expectedVersion != null && expectedVersion != version - 1) {
            throw ProblemException.preconditionFailed("The aliases changed since version " + expectedVersion
                    + "; they are at version " + (version - 1) + " now: reload them and try again");
        }
        em.createNativeQuery("DELETE FROM PRODUCT_ALIAS WHERE PRODUCT_CODE = ?").setParameter(1, code).executeUpdate();
        for (int i = 0; i < kept.size(); i++) {
            em.createNativeQuery("INSERT INTO PRODUCT_ALIAS (PRODUCT_CODE, SEQ_NO, ALIAS_NAME) VALUES (?, ?, ?)")
                    .setParameter(1, code).setParameter(2, i + 1).setParameter(3, kept.get(i)).executeUpdate();
        }
        DataVersion.changing();
        audit.record(session.getCallerPrincipal().getName(), "PRODUCT_ALIASES_SET", "PRODUCT", null,
                code + ": " + String.join(", ", kept));
        return new Aliases(version, kept);
    }

    /** Every product's aliases and version by code, shared like the product list (see PublicCache). */
    private Map<String, Aliases> aliasIndex() {
        return cache.get(List.of("product-aliases"), () -> {
            Map<String, List<String>> names = new HashMap<>();
            Map<String, Long> versions = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT p.CODE, p.VERSION, a.ALIAS_NAME FROM PRODUCT p "
                    + "LEFT JOIN PRODUCT_ALIAS a ON a.PRODUCT_CODE = p.CODE ORDER BY p.CODE, a.SEQ_NO").getResultList()) {
                Object[] r = (Object[]) row;
                String code = (String) r[0];
                versions.put(code, ((Number) r[1]).longValue());
                List<String> ofProduct = names.computeIfAbsent(code, c -> new ArrayList<>());
                if (r[2] != null) {
                    ofProduct.add((String) r[2]);
                }
            }
            Map<String, Aliases> index = new HashMap<>();
            names.forEach((c, list) -> index.put(c, new Aliases(versions.get(c), List.copyOf(list))));
            return Map.copyOf(index);
        });
    }

    /**
     * A product this server has found before, else null: for callers that name products on every page view and can
     * skip the call into the container for what never changes.
     */
    static CatalogProduct remembered(String code) {
        return code == null ? null : KNOWN.get(code);
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
