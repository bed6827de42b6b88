package coop.harvest.orders.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/ship}: how the order travels, all optional. */
public class ShipBody implements RequestBody {

    @Size(max = 100, message = "must be at most 100 characters")
    public String carrier;

    @Size(max = 100, message = "must be at most 100 characters")
    public String trackingNumber;

    @Size(max = 500, message = "must be at most 500 characters")
    public String note;
}
