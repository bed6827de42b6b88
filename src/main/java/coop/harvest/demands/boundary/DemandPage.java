package coop.harvest.demands.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code /demand.xhtml?id=}: one demand, or 404 when it is unknown or hidden from this visitor. */
@Named
@RequestScoped
public class DemandPage {

    @Inject
    Demands demands;

    private String id;
    private DemandView demand;

    public void load() {
        try {
            demand = demands.get(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | ProblemException missing) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, "Not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    public DemandView getDemand() { return demand; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
