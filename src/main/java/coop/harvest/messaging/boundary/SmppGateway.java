package coop.harvest.messaging.boundary;

import coop.harvest.platform.TransientRetry;
import coop.harvest.messaging.control.SlowDown;
import coop.harvest.messaging.control.SmsEncoding;
import coop.harvest.messaging.control.SubmitPace;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * The SMPP 3.4 link to the SMS centre: one transceiver bind per instance, made on demand and made again after it
 * breaks; enquire_link keeps it alive. Submits ask for delivery receipts; receipts and replies from phones arrive on
 * jSMPP's reader thread and are handed to a managed thread (they need transactions).
 */
@ApplicationScoped
public class SmppGateway {

    private static final Logger LOG = Logger.getLogger(SmppGateway.class.getName());
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RMSGQFUL = 0x14;
    /** Times a later part of a long message is tried again after a "slow down", so that it is not sent in halves. */
    static final int PART_RETRIES = 3;

    @Resource
    ManagedExecutorService executor;

    @Inject
    SmsInbox inbox;

    private SMPPSession session;
    private volatile String state = "not bound";
    private final SubmitPace pace = new SubmitPace(MessagingSettings.perSecond());
    private final SlowDown slowDown = new SlowDown(MessagingSettings.throttlePause());
    private volatile long quietUntil = System.nanoTime();

    public boolean configured() {
        return MessagingSettings.smscHost() != null;
    }

    /** What /health/ready shows: "throttled" while bound and pausing because the SMSC asked to slow down. */
    public String state() {
        if (!configured()) {
            return "not configured";
        }
        String now = state;
        return "bound".equals(now) && holdingOff() ? "throttled" : now;
    }

    /** True while the SMSC's last "slow down" is being honoured: no submit should go before then. */
    public boolean holdingOff() {
        return System.nanoTime() - quietUntil < 0;
    }

    /** Binds if not bound; false (and the reason logged once per failure) when the SMSC cannot be reached. */
    public synchronized boolean ensureBound() {
        if (session != null && session.getSessionState().isBound()) {
            return true;
        }
        closeQuietly();
        SMPPSession fresh = new SMPPSession();
        fresh.setEnquireLinkTimer(MessagingSettings.enquireLinkMillis());
        fresh.setTransactionTimer(10_000);
        fresh.setMessageReceiverListener(new Receiver());
        try {
            fresh.connectAndBind(MessagingSettings.smscHost(), MessagingSettings.smscPort(),
                    new BindParameter(BindType.BIND_TRX, MessagingSettings.systemId(), MessagingSettings.password(),
                            "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
            session = fresh;
            state = "bound";
            LOG.log(Level.INFO, "SMPP transceiver bound to {0}:{1}",
                    new Object[]{MessagingSettings.smscHost(), Integer.toString(MessagingSettings.smscPort())});
            return true;
        } catch (IOException | RuntimeException e) {
            fresh.unbindAndClose();
            if (!"unreachable".equals(state)) {
                LOG.log(Level.WARNING, "SMSC {0}:{1} cannot be bound now ({2}); messages wait in the outbox",
                        new Object[]{MessagingSettings.smscHost(), Integer.toString(MessagingSettings.smscPort()),
                                e.getMessage()});
            }
            state = "unreachable";
            return false;
        }
    }

    /**
     * Submits a text as one SMS or as concatenated parts; answers the SMSC's message id of every part.
     * {@code reference} tells the parts of one long message apart from another's.
     */
    public List<String> submit(String to, String text, int reference) throws SendFailure {
        SMPPSession current;
        synchronized (this) {
            current = session;
        }
        if (current == null || !current.getSessionState().isBound()) {
            throw new SendFailure("not bound to the SMSC", true);
        }
        SmsEncoding.Encoded encoded = SmsEncoding.encode(text, reference);
        ESMClass esm = encoded.udh()
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
        List<String> ids = new ArrayList<>();
        List<byte[]> payloads = encoded.payloads();
        for (int part = 0; part < payloads.size(); part++) {
            ids.add(submitPart(current, to, esm, encoded.dataCoding(), payloads.get(part), part));
        }
        return ids;
    }

    /**
     * Submits one part, at the pace. A "slow down" before the first part ends the text's turn (nothing of it went); at
     * a later part it waits the pause and tries that part again, {@link #PART_RETRIES} times, so that the phone does
     * not get half a text.
     */
    private String submitPart(SMPPSession current, String to, ESMClass esm, byte dataCoding, byte[] payload, int part)
            throws SendFailure {
        for (int retry = 0; ; retry++) {
            try {
                waitFor(pace.book(System.nanoTime()));
                String id = current.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                        MessagingSettings.sender(), TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, to, esm,
                        (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                        (byte) 0, new RawDataCoding(dataCoding), (byte) 0, payload).getMessageId();
                slowDown.sent();
                return id;
            } catch (NegativeResponseException refused) {
                int status = refused.getCommandStatus();
                String why = status == ESME_RTHROTTLED ? "ESME_RTHROTTLED" : status == ESME_RMSGQFUL
                        ? "ESME_RMSGQFUL" : "command_status 0x" + Integer.toHexString(status);
                if (status != ESME_RTHROTTLED && status != ESME_RMSGQFUL) {
                    throw new SendFailure("SMSC refused: " + why, false);
                }
                long pause = holdOff(why);
                if (part == 0) {
                    throw SendFailure.throttled("SMSC asked to slow down: " + why);
                }
                if (retry == PART_RETRIES) {
                    throw new SendFailure("SMSC refused part " + (part + 1) + ": " + why, false);
                }
                waitFor(pause);
            } catch (ResponseTimeoutException | IOException e) {
                brokenLink(current);
                throw new SendFailure("SMSC link: " + e.getClass().getSimpleName(), true);
            } catch (PDUException | InvalidResponseException e) {
                throw new SendFailure("SMPP error: " + e.getClass().getSimpleName(), false);
            }
        }
    }

    /** The SMSC asked to slow down: the pause (in nanoseconds) before anything is submitted again. */
    private long holdOff(String why) {
        if (!slowDown.slowed()) {
            LOG.log(Level.INFO, "The SMSC asked to slow down ({0}); texts wait in the outbox, keeping their attempts, "
                    + "and go again after a pause", why);
        }
        long pause = slowDown.asked().toNanos();
        quietUntil = System.nanoTime() + pause;
        return pause;
    }

    /** Sleeps the sender's thread (the pace, or a pause before a long text's part); an interrupt ends the round. */
    private static void waitFor(long nanos) throws SendFailure {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("interrupted", true);
        }
    }

    private synchronized void brokenLink(SMPPSession broken) {
        if (session == broken) {
            closeQuietly();
            state = "reconnecting";
        }
    }

    @PreDestroy
    synchronized void closeQuietly() {
        if (session != null) {
            try {
                session.unbindAndClose();
            } catch (RuntimeException ignored) {
                // closing a broken link may fail; it is gone either way
            }
            session = null;
        }
    }

    /** Receipts and replies from phones; the work is done on a managed thread, in a transaction. */
    private final class Receiver implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                DeliveryReceipt receipt;
                try {
                    receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                } catch (InvalidDeliveryReceiptException e) {
                    LOG.log(Level.WARNING, "Unreadable delivery receipt ignored");
                    return;
                }
                DeliveryReceiptState status = receipt.getFinalStatus();
                if (status == DeliveryReceiptState.ENROUTE || status == DeliveryReceiptState.ACCEPTD) {
                    return;
                }
                String id = receipt.getId();
                boolean delivered = status == DeliveryReceiptState.DELIVRD;
                // retries its own steps on a lock conflict (it may take two transactions)
                executor.execute(() -> inbox.receipt(id, delivered));
            } else {
                boolean udh = GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass());
                String text = SmsEncoding.decode(deliverSm.getDataCoding(), udh, deliverSm.getShortMessage());
                String from = deliverSm.getSourceAddr();
                executor.execute(() -> TransientRetry.run(() -> {
                    inbox.reply(from, text);
                    return null;
                }));
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // not used: the SMSC tells nothing this application acts on
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not supported", 0x03);
        }
    }
}
