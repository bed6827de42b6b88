package coop.harvest.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A small SMS centre in the test JVM, built on jSMPP's own server side: it accepts binds, records every submit_sm
 * (and reassembles concatenated parts), can refuse the next N submits with ESME_RTHROTTLED, answer submits slowly,
 * drop a bind in the middle of a submit, send delivery receipts (on request, or at once after each submit to chosen
 * phones) and replies from phones (deliver_sm) to a bound client, and can be stopped and started again on the same
 * port.
 */
public final class TestSmsc implements AutoCloseable {

    /** One submit_sm as received; {@code session} names the bind (the client instance) it came on. */
    public record Submit(String messageId, String to, String from, byte dataCoding, boolean udh, byte[] payload,
                         Instant at, String session) {
    }

    /** One whole message: its parts' ids and the reassembled text. */
    public record Sms(String to, String text, List<String> messageIds) {
    }

    private static final int ESME_RTHROTTLED = 0x58;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int port;
    private final List<Submit> submits = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuse = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger passFirst = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private volatile String refuseTo;
    private volatile int refuseWith = ESME_RTHROTTLED;
    private volatile Duration submitDelay = Duration.ZERO;
    private final Map<String, Boolean> receiptsAtOnce = new ConcurrentHashMap<>();
    private final Set<String> breakLinkAt = ConcurrentHashMap.newKeySet();
    private volatile SMPPServerSessionListener listener;
    private volatile Thread acceptor;

    private TestSmsc(int port) {
        this.port = port;
    }

    /** Starts an SMSC on a free port. */
    public static TestSmsc start() {
        TestSmsc smsc = new TestSmsc(HarvestServer.freePort());
        smsc.resume();
        return smsc;
    }

    public int port() {
        return port;
    }

    /** Starts listening again (after {@link #stop}). */
    public synchronized void resume() {
        if (listener != null) {
            return;
        }
        try {
            SMPPServerSessionListener opened = new SMPPServerSessionListener(port);
            opened.setMessageReceiverListener(new Receiver());
            listener = opened;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + port, e);
        }
        SMPPServerSessionListener current = listener;
        acceptor = new Thread(() -> acceptLoop(current), "test-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop(SMPPServerSessionListener current) {
        while (listener == current) {
            try {
                SMPPServerSession session = current.accept();
                Thread binder = new Thread(() -> bind(session), "test-smsc-bind");
                binder.setDaemon(true);
                binder.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(10_000);
            request.accept("test-smsc");
            sessions.add(session);
            binds.incrementAndGet();
        } catch (Exception e) {
            session.close();
        }
    }

    /** Stops listening and drops every bound client, as an SMSC going down does. */
    public synchronized void stop() {
        SMPPServerSessionListener current = listener;
        listener = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closed either way
            }
        }
        for (SMPPServerSession session : sessions) {
            session.close();
        }
        sessions.clear();
    }

    @Override
    public void close() {
        stop();
    }

    /** Refuses the next {@code n} submits with ESME_RTHROTTLED ("slow down"). */
    public void refuseNext(int n) {
        refuseNext(null, n, ESME_RTHROTTLED);
    }

    /** Refuses the next {@code n} submits to that phone with ESME_RTHROTTLED (others pass). */
    public void refuseNext(String phone, int n) {
        refuseNext(phone, n, ESME_RTHROTTLED);
    }

    /** Refuses the next {@code n} submits to that phone (every phone when null) with this command_status. */
    public void refuseNext(String phone, int n, int commandStatus) {
        refuseAfter(phone, 0, n, commandStatus);
    }

    /**
     * Takes the next {@code passing} submits to that phone, then refuses {@code n} with this command_status (the
     * second part of a long text, say).
     */
    public void refuseAfter(String phone, int passing, int n, int commandStatus) {
        refuseTo = phone;
        refuseWith = commandStatus;
        passFirst.set(passing);
        refuse.set(n);
    }

    /** Answers every submit only after this delay (a slow SMSC keeps a sender's claimed batch in flight longer). */
    public void slowSubmits(Duration delay) {
        submitDelay = delay;
    }

    /**
     * Sends the receipt of every submit to that phone at once, on another thread, so that it may reach the client
     * before the submit's answer does (and certainly before the client has recorded the text as sent).
     */
    public void receiptsAtOnce(String phone, boolean delivered) {
        receiptsAtOnce.put(phone, delivered);
    }

    /** The next submit to that phone breaks the link: that bind is dropped unanswered (the SMSC keeps listening). */
    public void breakLinkAt(String phone) {
        breakLinkAt.add(phone);
    }

    public int refusedCount() {
        return refused.get();
    }

    public int bindCount() {
        return binds.get();
    }

    public boolean hasBoundClient() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isBound());
    }

    public List<Submit> submits() {
        return List.copyOf(submits);
    }

    /** Every message accepted so far, concatenated parts joined, in arrival order. */
    public List<Sms> messages() {
        Map<String, List<Submit>> groups = new LinkedHashMap<>();
        List<Sms> whole = new ArrayList<>();
        for (Submit s : submits) {
            if (!s.udh()) {
                whole.add(new Sms(s.to(), decode(s.dataCoding(), s.payload(), 0), List.of(s.messageId())));
                continue;
            }
            int reference = s.payload()[3] & 0xFF;
            int total = s.payload()[4] & 0xFF;
            String key = s.to() + "#" + reference + "#" + total;
            List<Submit> parts = groups.computeIfAbsent(key, k -> new ArrayList<>());
            parts.add(s);
            if (parts.size() == total) {
                parts.sort((a, b) -> Integer.compare(a.payload()[5], b.payload()[5]));
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                for (Submit part : parts) {
                    text.write(part.payload(), 6, part.payload().length - 6);
                }
                whole.add(new Sms(s.to(), decode(s.dataCoding(), text.toByteArray(), 0),
                        parts.stream().map(Submit::messageId).toList()));
                groups.remove(key);
            }
        }
        return whole;
    }

    public List<Sms> messagesTo(String phone) {
        return messages().stream().filter(m -> m.to().equals(phone)).toList();
    }

    /** Waits until a message to that phone matches; fails after the timeout. */
    public Sms await(String phone, Predicate<String> text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Sms> found = messagesTo(phone).stream().filter(m -> text.test(m.text())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep(100);
        }
        throw new AssertionError("No SMS to " + phone + " within " + timeout + "; got " + messagesTo(phone));
    }

    /** Sends a delivery receipt for one submitted part to a bound client. */
    public void receipt(String messageId, boolean delivered) {
        String receipt = new DeliveryReceipt(messageId, 1, delivered ? 1 : 0, new Date(), new Date(),
                delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV, delivered ? "000" : "001",
                "").toString();
        deliver("12316", "10000", new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT,
                GSMSpecificFeature.DEFAULT), (byte) 0x00, receipt.getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends a reply from a phone (mobile-originated), in UCS-2 when it is not plain ASCII. */
    public void reply(String fromPhone, String text) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
        deliver(fromPhone, "12316", new ESMClass(), ascii ? (byte) 0x00 : (byte) 0x08,
                text.getBytes(ascii ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE));
    }

    private void deliver(String from, String to, ESMClass esm, byte coding, byte[] message) {
        List<SMPPServerSession> bound = sessions.stream().filter(s -> s.getSessionState().isBound()).toList();
        if (bound.isEmpty()) {
            throw new AssertionError("No client is bound to the test SMSC");
        }
        SMPPServerSession session = bound.get(RANDOM.nextInt(bound.size()));
        try {
            session.deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, to, esm, (byte) 0, (byte) 0,
                    new RegisteredDelivery(), coding == 0x08 ? new GeneralDataCoding(Alphabet.ALPHA_UCS2)
                            : new GeneralDataCoding(Alphabet.ALPHA_DEFAULT), message);
        } catch (Exception e) {
            throw new AssertionError("deliver_sm failed", e);
        }
    }

    private static String decode(byte coding, byte[] bytes, int start) {
        if (coding == 0x08) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_16BE);
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            text.append(b == 0x00 ? '@' : b == 0x02 ? '$' : b == 0x11 ? '_' : (char) b);
        }
        return text.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
                throws ProcessRequestException {
            String only = refuseTo;
            if ((only == null || only.equals(submit.getDestAddress())) && refuse.get() > 0
                    && passFirst.getAndUpdate(n -> Math.max(0, n - 1)) == 0
                    && refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                throw new ProcessRequestException("refused", refuseWith);
            }
            if (breakLinkAt.remove(submit.getDestAddress())) {
                sessions.remove(source);
                source.close();
                throw new ProcessRequestException("link dropped", 0x08);
            }
            byte[] id = new byte[8];
            RANDOM.nextBytes(id);
            String messageId = HexFormat.of().formatHex(id);
            sleep(submitDelay.toMillis());
            submits.add(new Submit(messageId, submit.getDestAddress(), submit.getSourceAddr(), submit.getDataCoding(),
                    GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass()), submit.getShortMessage(),
                    Instant.now(), source.getSessionId()));
            Boolean delivered = receiptsAtOnce.get(submit.getDestAddress());
            if (delivered != null) {
                Thread receipt = new Thread(() -> receipt(messageId, delivered), "test-smsc-receipt");
                receipt.setDaemon(true);
                receipt.start();
            }
            try {
                return new SubmitSmResult(new MessageId(messageId), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException("bad id", 0x08, e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
