package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.vocabulary.Certification;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import coop.harvest.web.PageSupport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;

/** {@code /cooperative.xhtml?id=}: a cooperative's public profile with its active listings. */
@Named
@RequestScoped
public class CooperativePage {

    @Inject
    CooperativeDirectory directory;

    @Inject
    ListingQueries listings;

    private String id;
    private CooperativeView cooperative;
    private Page<ListingView> active;

    public void load() {
        try {
            long key = Long.parseLong(id == null ? "" : id.strip());
            cooperative = directory.get(key);
            active = listings.search(new ListingQuery(null, null, EnumSet.noneOf(Certification.class), null, null,
                    null, key, ListingStatus.ACTIVE, ListingQuery.Sort.NEWEST), PageRequest.of(0, 100));
        } catch (NumberFormatException | ProblemException missing) {
            PageSupport.notFound();
        }
    }

    public CooperativeView getCooperative() { return cooperative; }
    public Page<ListingView> getActive() { return active; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
