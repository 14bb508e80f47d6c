package de.offenekommune.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.offenekommune.platform.SiteProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query string that is not valid UTF-8 (or has a broken percent escape) is answered with 400 before
 * anything reads a parameter: the servlet container would otherwise drop the parameter silently or
 * fail deep inside a handler. API clients get problem JSON, browsers the friendly error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryEncodingFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final SiteProperties site;
    private final JsonMapper json;

    QueryEncodingFilter(MessageSource messages, SiteProperties site, JsonMapper json) {
        this.messages = messages;
        this.site = site;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUtf8(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            Locale locale = request.getLocale() != null && request.getLocale().getLanguage().equals("en")
                    ? Locale.ENGLISH : Locale.GERMAN;
            String message = messages.getMessage("query.encoding", null, locale);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", site.absolute("/api#problem-parameter"));
            problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
            problem.put("status", 400);
            problem.put("detail", message);
            problem.put("instance", request.getRequestURI());
            problem.put("errors", List.of(Map.of("field", "query", "code", "query.encoding", "message", message)));
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        // The error page is rendered for a copy of the request without the unreadable parameters:
        // anything that asked for a parameter (the language switch, for one) would fail again.
        HttpServletRequest readable = new WithoutParameters(request);
        readable.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.BAD_REQUEST.value());
        readable.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        request.getRequestDispatcher("/error").forward(readable, response);
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** Whether every percent escape is complete and the bytes they stand for are UTF-8. */
    static boolean isUtf8(String rawQuery) {
        if (rawQuery == null) {
            return true;
        }
        int n = rawQuery.length();
        byte[] bytes = new byte[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = rawQuery.charAt(i);
            if (c != '%') {
                bytes[length++] = (byte) c;
                continue;
            }
            int high = i + 2 < n ? Character.digit(rawQuery.charAt(i + 1), 16) : -1;
            int low = i + 2 < n ? Character.digit(rawQuery.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return false;
            }
            bytes[length++] = (byte) (high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
