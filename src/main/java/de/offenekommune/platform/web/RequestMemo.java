package de.offenekommune.platform.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value several parts of one rendered page need (the page, its JSON-LD, a section), read once per web
 * request. Only for reading while rendering: a request that changes the value must not read it here first.
 * Outside a web request (exports, tasks, renderings on another thread) the value is computed at every call.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    private RequestMemo() {
    }

    public static <T> T once(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        @SuppressWarnings("unchecked")
        T known = (T) request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        if (known != null) {
            return known;
        }
        T value = compute.get();
        if (value != null) {
            request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }
}
