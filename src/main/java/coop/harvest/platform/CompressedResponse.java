package coop.harvest.platform;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A response whose compressible body is gzipped. The decision waits for the first byte (the Content-Type is known
 * then), and the body is held in memory up to {@value #HOLD} bytes before any header changes: a page that fails,
 * resets or sends an error before that leaves no trace of compression (most pages are smaller). Bodies under
 * {@value #MINIMUM} bytes go out as they are. The writer keeps no characters of its own, so a reset discards
 * everything written so far.
 */
final class CompressedResponse extends HttpServletResponseWrapper {

    static final int HOLD = 32 * 1024;
    static final int MINIMUM = 512;

    private enum Mode { UNDECIDED, HOLDING, GZIP, IDENTITY, ABANDONED, DONE }

    private final boolean acceptsGzip;
    private Mode mode = Mode.UNDECIDED;
    private boolean identityOnly;
    private ByteArrayOutputStream held;
    private GZIPOutputStream gzip;
    private Long contentLength;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CompressedResponse(HttpServletResponse response, boolean acceptsGzip) {
        super(response);
        this.acceptsGzip = acceptsGzip;
    }

    /** From now on bytes go out as they are (an asynchronous response outlives the filter that would finish it). */
    void streamAsIs() throws IOException {
        identityOnly = true;
        if (mode == Mode.HOLDING) {
            mode = Mode.IDENTITY;
            held.writeTo(super.getOutputStream());
            held = null;
        }
    }

    /** Ends the body after the chain: compresses or writes what is held, closes the gzip stream. */
    void finish() throws IOException {
        if (mode == Mode.HOLDING) {
            if (held.size() >= MINIMUM) {
                startGzip();
            } else {
                mode = Mode.IDENTITY;
                super.getOutputStream().write(held.toByteArray());
                held = null;
            }
        }
        if (mode == Mode.GZIP) {
            gzip.finish();
            gzip = null;
            mode = Mode.DONE;
        } else if (mode == Mode.UNDECIDED && contentLength != null && !isCommitted()) {
            super.setContentLengthLong(contentLength);
        }
    }

    /** After an exception left the chain: nothing held reaches the client, so the error page starts clean. */
    void abandon() {
        if (mode == Mode.GZIP && !isCommitted()) {
            super.reset();
        }
        held = null;
        gzip = null;
        mode = Mode.ABANDONED;
    }

    private void decide() {
        if (mode != Mode.UNDECIDED) {
            return;
        }
        boolean compressible = CompressionRules.compressible(getContentType())
                && !containsHeader("Content-Encoding");
        if (compressible) {
            super.setHeader("Vary", CompressionRules.varyWithEncoding(getHeader("Vary")));
        }
        int status = getStatus();
        if (compressible && acceptsGzip && !identityOnly && status != SC_PARTIAL_CONTENT && status != SC_NO_CONTENT
                && status != SC_NOT_MODIFIED) {
            mode = Mode.HOLDING;
            held = new ByteArrayOutputStream(4096);
        } else {
            mode = Mode.IDENTITY;
            if (contentLength != null) {
                super.setContentLengthLong(contentLength);
            }
        }
    }

    private void startGzip() throws IOException {
        if (isCommitted()) {
            // the headers are gone (an early flushBuffer of a short start): the rest goes out as it is
            mode = Mode.IDENTITY;
            held.writeTo(super.getOutputStream());
            held = null;
            return;
        }
        super.setHeader("Content-Encoding", "gzip");
        String etag = getHeader("ETag");
        if (etag != null) {
            super.setHeader("ETag", CompressionRules.weakened(etag));
        }
        gzip = new GZIPOutputStream(super.getOutputStream(), 8192, true);
        held.writeTo(gzip);
        held = null;
        mode = Mode.GZIP;
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        decide();
        switch (mode) {
            case HOLDING -> {
                held.write(bytes, offset, length);
                if (held.size() > HOLD) {
                    startGzip();
                }
            }
            case GZIP -> gzip.write(bytes, offset, length);
            case IDENTITY -> super.getOutputStream().write(bytes, offset, length);
            default -> { }
        }
    }

    private void flushBody() throws IOException {
        if (mode == Mode.HOLDING) {
            // something wants the bytes out now (a stream): compress from here on if it is worth it
            if (held.size() >= MINIMUM) {
                startGzip();
            } else {
                return;
            }
        }
        if (mode == Mode.GZIP) {
            gzip.flush();
        } else if (mode == Mode.IDENTITY) {
            super.getOutputStream().flush();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new Body();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new Encoder(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        flushBody();
        super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
        if (mode == Mode.HOLDING) {
            held.reset();
            return;
        }
        super.resetBuffer();
        if (mode == Mode.GZIP) {
            try {
                gzip = new GZIPOutputStream(super.getOutputStream(), 8192, true);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void reset() {
        super.reset();
        mode = Mode.UNDECIDED;
        held = null;
        gzip = null;
        contentLength = null;
    }

    @Override
    public void sendError(int status) throws IOException {
        abandon();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        abandon();
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        abandon();
        super.sendRedirect(location);
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (mode == Mode.IDENTITY) {
            super.setContentLengthLong(length);
        } else if (mode == Mode.UNDECIDED) {
            contentLength = length;
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            lengthHeader(value);
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            lengthHeader(value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            setContentLengthLong(value);
        } else {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            setContentLengthLong(value);
        } else {
            super.addIntHeader(name, value);
        }
    }

    private void lengthHeader(String value) {
        try {
            setContentLengthLong(Long.parseLong(value.strip()));
        } catch (RuntimeException malformed) {
            // not a length: leave it to the container
        }
    }

    /** The body stream the application writes to. */
    private final class Body extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            CompressedResponse.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            CompressedResponse.this.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            flushBody();
        }

        @Override
        public void close() throws IOException {
            if (mode == Mode.IDENTITY) {
                CompressedResponse.super.getOutputStream().close();
            } else if (mode == Mode.HOLDING || mode == Mode.GZIP) {
                finish();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("non-blocking output is not compressed");
        }
    }

    /** Encodes each write at once (no character buffer a reset could not reach); holds only a split surrogate. */
    private static final class Encoder extends Writer {

        private final OutputStream out;
        private final Charset charset;
        private char pendingHigh;

        Encoder(OutputStream out, Charset charset) {
            this.out = out;
            this.charset = charset;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length <= 0) {
                return;
            }
            StringBuilder text = new StringBuilder(length + 1);
            if (pendingHigh != 0) {
                text.append(pendingHigh);
                pendingHigh = 0;
            }
            text.append(chars, offset, length);
            emit(text);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            if (length <= 0) {
                return;
            }
            if (pendingHigh == 0 && !Character.isHighSurrogate(string.charAt(offset + length - 1))) {
                byte[] bytes = string.substring(offset, offset + length).getBytes(charset);
                out.write(bytes, 0, bytes.length);
                return;
            }
            StringBuilder text = new StringBuilder(length + 1);
            if (pendingHigh != 0) {
                text.append(pendingHigh);
                pendingHigh = 0;
            }
            text.append(string, offset, offset + length);
            emit(text);
        }

        private void emit(StringBuilder text) throws IOException {
            char last = text.charAt(text.length() - 1);
            if (Character.isHighSurrogate(last)) {
                pendingHigh = last;
                text.setLength(text.length() - 1);
            }
            byte[] bytes = text.toString().getBytes(charset);
            out.write(bytes, 0, bytes.length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
