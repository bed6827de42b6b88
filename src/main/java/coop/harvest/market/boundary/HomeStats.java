package coop.harvest.market.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The statistics on the home page (WEB-INF/includes/home-stats.xhtml), read once per request. */
@Named
@RequestScoped
public class HomeStats {

    @Inject
    Market market;

    private MarketStats stats;

    public MarketStats getStats() {
        if (stats == null) {
            stats = market.stats();
        }
        return stats;
    }
}
