package coop.harvest.consultation.boundary;

import coop.harvest.consultation.entity.Channel;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A question about a crop. Staff logging a 12316 hotline call send {@code "channel": "HOTLINE"} with the caller's
 * name and phone; the phone is never shown to the public.
 */
public class NewQuestion implements RequestBody {

    @NotBlank(message = "is required: a product code such as kiwi")
    public String product;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public String title;

    @NotBlank(message = "is required: describe what you see on the crop")
    @Size(max = 4000, message = "must be at most 4000 characters")
    public String body;

    public Channel channel;

    @Size(max = 100, message = "must be at most 100 characters")
    public String callerName;

    @Pattern(regexp = "\\+?[0-9][0-9 -]{4,24}", message = "must be a phone number")
    public String callerPhone;
}
