package de.offenekommune.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * HEAD is GET without the body (RFC 9110, 9.3.2). Everything behind this filter – the security rules,
 * kept pages, controllers – sees a GET, so a HEAD gets the same status and headers as a GET, and never
 * more rights; only the body is left out, and its length is announced as GET would announce it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HeadRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        BodylessResponse bodyless = new BodylessResponse(response);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, bodyless);
        bodyless.finish();
    }

    /** Counts the bytes of the body and drops them. */
    private static final class BodylessResponse extends HttpServletResponseWrapper {

        private long length;
        private ServletOutputStream stream;
        private PrintWriter writer;

        BodylessResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        length++;
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int count) {
                        length += count;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("HEAD has no body to write asynchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            length = 0;
        }

        @Override
        public void reset() {
            super.reset();
            length = 0;
        }

        /** Announces the length GET would have sent, unless the answer already went out or said it itself. */
        void finish() {
            if (writer != null) {
                writer.flush();
            }
            if (length > 0 && !isCommitted() && getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                setContentLengthLong(length);
            }
        }
    }
}
