package org.cbeckg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that is sent as usual and copied as it goes, up to a size: the client waits no longer than without
 * it, and afterwards the copy is the whole body, or nothing if the body outgrew the limit.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final List<String> okOnly;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /** @param okOnly headers set beforehand that describe a 200 answer only (a validator): dropped from any other */
    CapturingResponse(HttpServletResponse response, int limit, String... okOnly) {
        super(response);
        this.limit = limit;
        this.okOnly = List.of(okOnly);
    }

    @Override
    public void setStatus(int sc) {
        super.setStatus(sc);
        if (sc != SC_OK) {
            dropOkOnly();
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        dropOkOnly();
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        dropOkOnly();
        super.sendError(sc, msg);
    }

    private void dropOkOnly() {
        if (!isCommitted()) {
            okOnly.forEach(h -> super.setHeader(h, null));
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called already");
            }
            stream = new Tee(super.getOutputStream());
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    /** The whole body as sent, unless it outgrew the limit or was reset part way. */
    Optional<byte[]> body() {
        if (writer != null) {
            writer.flush();
        }
        return overflowed ? Optional.empty() : Optional.of(copy.toByteArray());
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        discard();
    }

    @Override
    public void reset() {
        super.reset();
        discard();
    }

    private void discard() {
        // What was copied may no longer be what the client gets: never keep it.
        overflowed = true;
        copy.reset();
    }

    private void record(byte[] b, int off, int len) {
        if (overflowed) {
            return;
        }
        if (copy.size() + len > limit) {
            overflowed = true;
            copy.reset();
            return;
        }
        copy.write(b, off, len);
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;
        private final byte[] one = new byte[1];

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            one[0] = (byte) b;
            record(one, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            record(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
