package de.offenekommune.pagestore.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;

import de.offenekommune.platform.web.FreshValues;
import de.offenekommune.platform.web.KeptResponse;
import de.offenekommune.platform.web.PublicCaching;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response of a request that {@link RenderedPageFilter} may keep: headers pass through and are
 * noted; the body is held back only when the controller marked the response as keepable (decided at
 * the first write or token), everything else streams through untouched.
 */
final class CapturedResponse extends HttpServletResponseWrapper implements KeptResponse {

    private final HttpServletRequest request;
    private final String placeholder;
    private final PublicCaching caching;
    private final List<RenderedPage.Header> headers = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
    private Boolean buffering;
    private boolean open = true;
    private boolean cookie;
    private boolean answered;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedResponse(HttpServletRequest request, HttpServletResponse response, String placeholder,
            PublicCaching caching) {
        super(response);
        this.request = request;
        this.placeholder = placeholder;
        this.caching = caching;
    }

    /**
     * What a page puts where the CSRF token goes: the placeholder while the response is held back
     * (the filter puts each visitor's token in its place), else {@code null}.
     */
    @Override
    public String tokenPlaceholder() {
        return open && isBuffered() ? placeholder : null;
    }

    /** {@code P.name.argument.}: the token's placeholder, then where {@link RenderedPage#of} finds the value. */
    @Override
    public String freshPlaceholder(String name, String argument) {
        String token = tokenPlaceholder();
        return token == null ? null : token + "." + FreshValues.check(name) + "." + FreshValues.check(argument) + ".";
    }

    boolean isBuffered() {
        if (buffering == null) {
            buffering = open && caching.isKeepable(request);
        }
        return buffering;
    }

    void close() {
        open = false;
        if (writer != null) {
            writer.flush();
        }
    }

    List<RenderedPage.Header> headers() {
        return headers;
    }

    byte[] body() {
        return body.toByteArray();
    }

    boolean setsCookie() {
        return cookie;
    }

    /** Whether the response went another way (an error page of the container, a redirect). */
    boolean isAnswered() {
        return answered;
    }

    @Override
    public void sendError(int status) throws IOException {
        answered = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        answered = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        answered = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie c) {
        cookie = true;
        super.addCookie(c);
    }

    @Override
    public void setHeader(String name, String value) {
        if (passes(name, value)) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            note(name, value);
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (passes(name, value)) {
            note(name, value);
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date);
        headers.removeIf(header -> header.name().equalsIgnoreCase(name));
        note(name, super.getHeader(name));
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        headers.removeIf(header -> header.name().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE));
        note(HttpHeaders.CONTENT_TYPE, super.getContentType());
    }

    @Override
    public void setCharacterEncoding(String encoding) {
        super.setCharacterEncoding(encoding);
        if (super.getContentType() != null) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE));
            note(HttpHeaders.CONTENT_TYPE, super.getContentType());
        }
    }

    /** The language of the page ({@code Content-Language}) goes with a kept page, as the type does. */
    @Override
    public void setLocale(Locale locale) {
        super.setLocale(locale);
        // The container writes the header only when the response goes out, so it cannot be read back here.
        headers.removeIf(header -> header.name().equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE));
        note(HttpHeaders.CONTENT_LANGUAGE, locale == null ? null : locale.toLanguageTag());
    }

    @Override
    public void setContentLength(int length) {
        if (!isBuffered()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!isBuffered()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!isBuffered()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!isBuffered()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (!isBuffered()) {
            super.flushBuffer();
        }
    }

    private boolean passes(String name, String value) {
        if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
            cookie = true;
            return true;
        }
        // The filter sets the length of what it finally sends.
        return !(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && isBuffered());
    }

    private void note(String name, String value) {
        if (value != null && !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
            headers.add(new RenderedPage.Header(name, value));
        }
    }
}
