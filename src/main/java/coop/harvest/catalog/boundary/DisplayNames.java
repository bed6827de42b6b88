package coop.harvest.catalog.boundary;

import coop.harvest.vocabulary.Counties;
import coop.harvest.web.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code #{names.product(code)}} and {@code #{names.county(name)}}: products and counties as the reader's language
 * names them, for every page. Application-scoped so that a page view creates no bean for them: a request-scoped
 * bean holding the catalogue's session bean costs Payara a JNDI look-up for that reference on every request.
 */
@Named("names")
@ApplicationScoped
public class DisplayNames {

    @Inject
    Catalog catalog;

    @Inject
    Preferences preferences;

    public String product(String code) {
        CatalogProduct product = Catalog.remembered(code);
        if (product == null) {
            product = catalog.product(code).orElse(null);
        }
        return product == null ? code : product.name(preferences.getLanguage());
    }

    public String county(String canonical) {
        return Counties.displayName(canonical, preferences.getLanguage());
    }
}
