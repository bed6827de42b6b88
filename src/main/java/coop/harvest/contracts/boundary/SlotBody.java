package coop.harvest.contracts.boundary;

import coop.harvest.platform.RequestBody;
import java.time.LocalDate;

/** One delivery of an offer's schedule: its date and its whole percent of the quantity. */
public class SlotBody implements RequestBody {

    public LocalDate date;

    public Integer percent;
}
