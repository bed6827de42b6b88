package coop.harvest.moderation.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.boundary.CatalogProduct;
import coop.harvest.platform.MarketDay;
import coop.harvest.web.Preferences;
import coop.harvest.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How staff pages write times (market time zone), products and waiting times; money and quantities: Fmt. */
@Named
@RequestScoped
public class StaffFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Catalog catalog;

    @Inject
    Preferences preferences;

    public String time(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(MarketDay.zone()));
    }

    public String product(String code) {
        return catalog.product(code).map(p -> p.name(preferences.getLanguage())).orElse(code);
    }

    public String unit(String code) {
        return catalog.product(code).map(CatalogProduct::getUnit).orElse("");
    }

    /** "35 minutes", "5 hours", "3 days": the largest whole unit. */
    public String waited(Long minutes) {
        if (minutes == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (minutes < 60) {
            return Texts.get(faces, "staff.waited.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return Texts.get(faces, "staff.waited.hours", minutes / 60);
        }
        return Texts.get(faces, "staff.waited.days", minutes / (24 * 60));
    }
}
