package coop.harvest.orders.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The newest reviews (with replies) on a cooperative's public page, {@code /cooperative.xhtml?id=}. */
@Named("coopReviews")
@RequestScoped
public class CooperativeReviews {

    static final int SHOWN = 20;

    @Inject
    Fulfilment fulfilment;

    @Inject
    OrderFormat format;

    private Page<ReviewView> reviews;

    public List<ReviewView> getItems() {
        return page().items();
    }

    public long getTotal() {
        return page().total();
    }

    public String when(java.time.Instant at) {
        return format.when(at);
    }

    public String stars(int rating) {
        return "★★★★★".substring(0, rating) + "☆☆☆☆☆".substring(rating);
    }

    private Page<ReviewView> page() {
        if (reviews == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                reviews = fulfilment.reviews(Long.parseLong(id == null ? "" : id.strip()), PageRequest.of(0, SHOWN));
            } catch (NumberFormatException | ProblemException unknown) {
                reviews = new Page<>(List.of(), 0, 0, SHOWN);
            }
        }
        return reviews;
    }
}
