package coop.harvest.listings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The picture pages show for a listing without photos: a small drawing of its product (the project's own SVGs under
 * {@code /resources/images/products/}), or a generic basket of produce for a product added later by staff.
 */
@Named
@ApplicationScoped
public class ProductPictures {

    static final Set<String> DRAWN = Set.of("honeysuckle", "kiwi", "grape", "rice", "navel-orange", "tea");

    /** The picture's path below the context root. */
    public String url(String product) {
        return product != null && DRAWN.contains(product) ? "/resources/images/products/" + product + ".svg"
                : "/resources/images/produce.svg";
    }
}
