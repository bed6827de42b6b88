package coop.harvest.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Shows {@link RowQueue}'s lines under {@code /metrics}, so that an operator sees when buyers or cooperatives queue
 * for one hot row (a listing or a contract offer) and how many: {@code harvest_hot_rows} rows with a line now, and
 * {@code harvest_hot_row_transactions} transactions in those lines, waiting or holding the turn. Both fall back to 0
 * when the last transaction in line has ended, committed or rolled back.
 */
@Singleton
@Startup
public class HotRowMetrics {

    @Inject
    MetricRegistry metrics;

    @PostConstruct
    void register() {
        metrics.gauge(Metadata.builder().withName("harvest.hot.rows")
                .withDescription("Rows (listings, contract offers) that transactions of this instance queue for now")
                .build(), RowQueue::rowsInLine);
        metrics.gauge(Metadata.builder().withName("harvest.hot.row.transactions")
                .withDescription("Transactions of this instance in a hot row's line now, waiting or holding the turn")
                .build(), RowQueue::transactionsInLine);
    }
}
