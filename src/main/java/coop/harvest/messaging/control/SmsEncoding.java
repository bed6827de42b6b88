package coop.harvest.messaging.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text travels as SMS: the GSM default alphabet (data_coding 0x00, one byte per character as SMPP carries it)
 * when every character is in the part of it shared with ASCII, else UCS-2 (data_coding 0x08, UTF-16BE). One SMS holds
 * 160 GSM or 70 UCS-2 characters; a longer text becomes concatenated parts of 153 or 67 characters, each starting with
 * a user data header (IEI 0x00: reference, total, sequence).
 */
public final class SmsEncoding {

    public static final byte GSM = 0x00;
    public static final byte UCS2 = 0x08;
    public static final int GSM_SINGLE = 160;
    public static final int GSM_PART = 153;
    public static final int UCS2_SINGLE = 70;
    public static final int UCS2_PART = 67;
    private static final String GSM_UNSAFE = "[]\\^{}|~`";

    /** The parts to submit: {@code udh} tells whether each payload starts with a user data header. */
    public record Encoded(byte dataCoding, boolean udh, List<byte[]> payloads) {
    }

    private SmsEncoding() {
    }

    public static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean printable = c >= 0x20 && c <= 0x7E || c == '\n' || c == '\r';
            if (!printable || GSM_UNSAFE.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Characters one SMS of this text can hold: 160 for GSM, 70 for UCS-2. */
    public static int singleLimit(String text) {
        return isGsm(text) ? GSM_SINGLE : UCS2_SINGLE;
    }

    /** How many SMS this text takes. */
    public static int partCount(String text) {
        return chunks(text).size();
    }

    /** The text encoded as one SMS or as concatenated parts; {@code reference} identifies the parts of one message. */
    public static Encoded encode(String text, int reference) {
        boolean gsm = isGsm(text);
        List<String> chunks = chunks(text);
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] body = gsm ? gsmBytes(chunks.get(i)) : chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            if (chunks.size() == 1) {
                payloads.add(body);
            } else {
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                part.write(new byte[]{0x05, 0x00, 0x03, (byte) reference, (byte) chunks.size(), (byte) (i + 1)}, 0, 6);
                part.write(body, 0, body.length);
                payloads.add(part.toByteArray());
            }
        }
        return new Encoded(gsm ? GSM : UCS2, chunks.size() > 1, payloads);
    }

    /** Decodes a received short message (a reply from a phone); a user data header, if flagged, is skipped. */
    public static String decode(byte dataCoding, boolean udh, byte[] message) {
        if (message == null) {
            return "";
        }
        int start = udh && message.length > 0 ? Math.min(message.length, (message[0] & 0xFF) + 1) : 0;
        if (dataCoding == UCS2) {
            return new String(message, start, message.length - start, StandardCharsets.UTF_16BE);
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < message.length; i++) {
            int b = message[i] & 0xFF;
            text.append(b == 0x00 ? '@' : b == 0x02 ? '$' : b == 0x11 ? '_' : (char) b);
        }
        return text.toString();
    }

    static List<String> chunks(String text) {
        boolean gsm = isGsm(text);
        int single = gsm ? GSM_SINGLE : UCS2_SINGLE;
        int part = gsm ? GSM_PART : UCS2_PART;
        List<String> chunks = new ArrayList<>();
        if (text.length() <= single) {
            chunks.add(text);
            return chunks;
        }
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + part);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }

    private static byte[] gsmBytes(String chunk) {
        byte[] bytes = new byte[chunk.length()];
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            bytes[i] = (byte) (c == '@' ? 0x00 : c == '$' ? 0x02 : c == '_' ? 0x11 : c);
        }
        return bytes;
    }
}
