package coop.harvest.market.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The market page's order download: the date pickers' days become the query of {@code /api/exports/orders.csv},
 * which the browser is sent to (and which checks the dates and the caller itself).
 */
@Named
@RequestScoped
public class OrderExportPage {

    private LocalDate from;
    private LocalDate to;

    public void download() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder(external.getRequestContextPath()).append("/api/exports/orders.csv");
        String separator = "?";
        if (from != null) {
            url.append(separator).append("from=").append(from);
            separator = "&";
        }
        if (to != null) {
            url.append(separator).append("to=").append(to);
        }
        try {
            external.redirect(url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
