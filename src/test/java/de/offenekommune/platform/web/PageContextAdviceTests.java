package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Handlers that write their own body render no page, so they get no page context built for them. */
class PageContextAdviceTests {

    @RestController
    public static class Api {
        @GetMapping("/api")
        public String answer() {
            return "{}";
        }
    }

    @Controller
    public static class Pages {
        @GetMapping("/board")
        @ResponseBody
        public String board() {
            return "{}";
        }
    }

    // No collaborators: the advice must decide before it would use any of them.
    private final PageContextAdvice advice = new PageContextAdvice(null, null, null, null, null);

    @Test
    void an_api_handler_gets_no_page_context() throws Exception {
        assertThat(advice.pageContext(requestFor(new HandlerMethod(new Api(), "answer")), Locale.GERMAN)).isNull();
    }

    @Test
    void a_response_body_method_of_a_page_controller_gets_no_page_context() throws Exception {
        assertThat(advice.pageContext(requestFor(new HandlerMethod(new Pages(), "board")), Locale.GERMAN)).isNull();
    }

    private static MockHttpServletRequest requestFor(HandlerMethod handler) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        return request;
    }
}
