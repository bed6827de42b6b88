package coop.harvest.messaging.boundary;

import coop.harvest.market.boundary.Market;
import coop.harvest.messaging.control.MoCommand;
import coop.harvest.messaging.control.PhoneNumbers;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.TransientRetry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What arrives from the SMSC: delivery receipts (they settle SENT rows) and replies from phones — TD/STOP ends every
 * SMS subscription of the phone, JG &lt;product&gt; answers with today's figures, anything else (and any unknown phone)
 * gets the help text. Answers go through the outbox like every other SMS.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsInbox {

    private static final Logger LOG = Logger.getLogger(SmsInbox.class.getName());

    @Inject
    OutboxReceipts receipts;

    @Inject
    Outbox outbox;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Deliveries deliveries;

    @Inject
    Market market;

    /**
     * A delivery receipt, in a transaction of its own, and when its text was not recorded as sent yet, a second look
     * once the receipt is committed ({@link OutboxReceipts}). Each step is retried on a lock conflict (two instances
     * write the outbox at once): the SMSC was already told the receipt arrived.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void receipt(String smscId, boolean delivered) {
        if (!TransientRetry.run(() -> receipts.receipt(smscId, delivered))) {
            TransientRetry.run(() -> {
                receipts.settleReceipt(smscId);
                return null;
            });
        }
    }

    public void reply(String from, String text) {
        Optional<String> phone = PhoneNumbers.mainlandMobile(from);
        if (phone.isEmpty()) {
            LOG.log(Level.INFO, "Reply from a number that is not a mainland mobile ignored");
            return;
        }
        Optional<String> known = deliveries.languageOfPhone(phone.get());
        String language = known.orElse("zh");
        MoCommand command = MoCommand.parse(text);
        String answer;
        if (known.isEmpty()) {
            answer = SmsTexts.help(language);
        } else if (command.kind() == MoCommand.Kind.STOP) {
            subscriptions.stopSms(phone.get());
            answer = SmsTexts.stopped(language);
        } else if (command.kind() == MoCommand.Kind.PRICE) {
            answer = price(language, command.product());
        } else {
            answer = SmsTexts.help(language);
        }
        outbox.queue(phone.get(), answer);
    }

    private String price(String language, String asked) {
        String wanted = asked.strip().toLowerCase(Locale.ROOT);
        return market.figures(MarketDay.today()).stream()
                .filter(f -> f.product().equalsIgnoreCase(wanted) || f.nameZh().equals(asked.strip())
                        || f.nameEn().toLowerCase(Locale.ROOT).equals(wanted)
                        || f.nameEn().toLowerCase(Locale.ROOT).startsWith(wanted + " "))
                .findFirst().map(f -> SmsTexts.today(language, Digest.figures(f, language)))
                .orElseGet(() -> SmsTexts.unknownProduct(language, asked));
    }
}
