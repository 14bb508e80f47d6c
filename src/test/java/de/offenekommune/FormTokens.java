package de.offenekommune;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * A real CSRF token for MockMvc form posts: the {@code ok_csrf} cookie and the masked form value, as a
 * browser gets them from a page.
 *
 * <p>Not spring-security-test's {@code csrf()}: that one replaces the application's cookie-based token
 * repository with a session-based one for the rest of the shared context, so that later tests over real
 * HTTP would see sessions the application never creates.
 */
public final class FormTokens {

    private FormTokens() {
    }

    public static RequestPostProcessor formToken(MockMvc mvc) throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        Cookie cookie = page.getCookie("ok_csrf");
        if (cookie == null) {
            throw new IllegalStateException("No CSRF cookie from /login");
        }
        String token = Visitor.csrfToken(page.getContentAsString());
        return request -> {
            List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
            cookies.add(cookie);
            request.setCookies(cookies.toArray(Cookie[]::new));
            request.setParameter("_csrf", token);
            return request;
        };
    }

    /** The cookie of a real token with a form value that does not match it, as a forged form would send. */
    public static RequestPostProcessor forgedToken(MockMvc mvc) throws Exception {
        RequestPostProcessor real = formToken(mvc);
        return request -> {
            real.postProcessRequest(request);
            request.setParameter("_csrf", "gefaelscht-" + TestFixtures.unique());
            return request;
        };
    }
}
