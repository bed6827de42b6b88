package coop.harvest.orders.boundary;

import coop.harvest.orders.entity.PaymentMethod;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/paid}: how the buyer paid, outside the marketplace. */
public class PaymentBody implements RequestBody {

    @NotNull(message = "is required: BANK_TRANSFER, WECHAT, ALIPAY, CASH or OTHER")
    public PaymentMethod method;

    @Size(max = 100, message = "must be at most 100 characters")
    public String reference;
}
