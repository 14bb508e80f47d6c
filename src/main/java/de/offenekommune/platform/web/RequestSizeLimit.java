package de.offenekommune.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits every request body to {@code ok.max-request-size} in the bytes actually read, whatever the
 * headers say: a declared length above the limit is refused before anything is read, a body without one
 * (chunked) stops being read at the limit. Both get 413 and the connection is closed, so the rest is
 * never read either. Form fields that Tomcat parses itself are bounded by its own limits
 * ({@code server.tomcat.max-http-form-post-size}, multipart limits), set no higher in application.yml.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${ok.max-request-size:16MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, maxBytes);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded) {
                throw e;
            }
        }
        // Whatever a reader made of the cut-off body (a parse error, a 400), the answer is 413.
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(response);
        }
    }

    /** Whether {@code failure} comes from a body that reached the limit. */
    static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    /** Signals that the body reached the limit; readers see it as an I/O error of the stream. */
    private static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super("Request body larger than " + limit + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private long read;
        private volatile boolean exceeded;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() was called before");
            }
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() was called before");
            }
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(new LimitedStream(super.getInputStream()), charset));
            }
            return reader;
        }

        private void count(long bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                exceeded = true;
                throw new BodyTooLargeException(limit);
            }
        }

        private final class LimitedStream extends ServletInputStream {

            private final ServletInputStream body;

            LimitedStream(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                int b = body.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                // Never more than one byte past the limit, so the limit is what is read, not a buffer more.
                int n = body.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
