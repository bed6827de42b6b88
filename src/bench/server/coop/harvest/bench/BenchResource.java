package coop.harvest.bench;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Ceilings and seeding for the benchmark (bench profile only). */
@Path("bench")
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    @Inject
    JdbcCeiling jdbcCeiling;

    @Inject
    HistoricOrders historicOrders;

    @Inject
    BulkSeeding bulk;

    @Inject
    SmsSeeding sms;

    /** Queues texts into the SMS outbox (figure 8: the sender drains them while orders are placed). */
    @POST
    @Path("queue-sms")
    public Map<String, Object> queueSms(@QueryParam("count") int count) {
        return sms.queue(Math.max(0, count));
    }

    /** Ceiling (a): the cheapest POST this server can answer, with a small JSON body in and out. */
    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public String echo(String body) {
        return body;
    }

    /** Ceiling (b): the raw JDBC place-order transaction (conditional decrement + insert), run inside the server. */
    @POST
    @Path("jdbc-ceiling")
    public Map<String, Object> jdbcCeiling(@QueryParam("threads") int threads, @QueryParam("seconds") int seconds,
                                           @QueryParam("listings") int listings) throws Exception {
        return jdbcCeiling.run(threads, seconds, listings);
    }

    /** Ids of the first active listings by id (the benchmark seeds its order targets first). */
    @jakarta.ws.rs.GET
    @Path("listing-ids")
    public java.util.List<Long> listingIds(@QueryParam("count") int count, @QueryParam("product") String product)
            throws Exception {
        return jdbcCeiling.targets(count, product).stream().map(JdbcCeiling.Target::listingId).toList();
    }

    /** Imports historic confirmed and completed orders spread over the last days. */
    @POST
    @Path("import-orders")
    public Map<String, Object> importOrders(@QueryParam("count") int count, @QueryParam("days") int days)
            throws Exception {
        return historicOrders.importOrders(count, days);
    }

    /** Listings {@code from..to-1} created in-process through the listing service (see {@link BulkSeeding}). */
    @POST
    @Path("seed-listings")
    public Map<String, Object> seedListings(@QueryParam("from") int from, @QueryParam("to") int to,
                                            @QueryParam("threads") int threads) throws Exception {
        return bulk.listings(from, to, Math.max(1, threads), coop.harvest.platform.MarketDay.today());
    }

    /** Open demands created in-process through the demand service. */
    @POST
    @Path("seed-demands")
    public Map<String, Object> seedDemands(@QueryParam("count") int count, @QueryParam("threads") int threads)
            throws Exception {
        return bulk.demands(count, Math.max(1, threads), coop.harvest.platform.MarketDay.today());
    }
}
