package de.offenekommune.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * German first, English on request: {@code ?lang=en} stores the choice in a cookie; without a choice
 * the browser's preferred language decides between the two, else German.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(SupportedLocaleResolver::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    private static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("ok_lang");
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (locale == null || supported(locale) != null) {
                super.setLocale(request, response, locale == null ? null : supported(locale));
            }
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale resolved = super.resolveLocale(request);
            Locale supported = supported(resolved);
            return supported != null ? supported : Locale.GERMAN;
        }

        static Locale fromBrowser(HttpServletRequest request) {
            if (request.getHeader("Accept-Language") == null) {
                return Locale.GERMAN;
            }
            var preferences = request.getLocales();
            while (preferences.hasMoreElements()) {
                Locale supported = supported(preferences.nextElement());
                if (supported != null) {
                    return supported;
                }
            }
            return Locale.GERMAN;
        }

        /** Asked on every request, also for kept pages: a plain loop. */
        private static Locale supported(Locale locale) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
            return null;
        }
    }
}
