package de.offenekommune.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import de.offenekommune.platform.ApiTokenVerifier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.platform.SecondFactorLogins;
import de.offenekommune.platform.SignedInAccounts;
import de.offenekommune.platform.web.PublicCaching;
import de.offenekommune.platform.web.VisitorCsrfTokens;
import jakarta.servlet.http.HttpSession;

/**
 * Three filter chains: {@code /api/**} is stateless and authenticates personal API tokens (reading
 * public events also cross-origin); {@code /embed/events} may be framed by other sites; everything
 * else is the HTML site with form login, sessions in PostgreSQL and CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No script, style, font or image from anywhere but this site; no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            RateLimiter rateLimiter, ApplicationEventPublisher events, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, rateLimiter, events, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<ApiTokenVerifier> tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                // Only bearer tokens authenticate here, never cookies, so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(publicReadingCors()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*", "/api/v1/openapi.json",
                                "/api/v1/openapi.json/**", "/api/v1/events/*/registration",
                                "/api/v1/events/*/comments", "/api/v1/events/*/programme",
                                "/api/v1/events/*/documents", "/api/v1/events/*/attendance").permitAll()
                        // Guest registration for embedding in a CMS; rate-limited by the registration capability.
                        .requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Pages that other websites show in an iframe: the only place where framing is allowed, for the
     * ancestors the operator names (default: any). Stateless and without login state, so a framing
     * site can never see or trigger anything personal.
     */
    @Bean
    @Order(2)
    SecurityFilterChain embedChain(HttpSecurity http,
            @Value("${ok.embed.frame-ancestors:*}") String frameAncestors) throws Exception {
        http.securityMatcher("/embed/events")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/embed/events").permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors " + frameAncestors)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.disable()));
        return http.build();
    }

    /** Anyone's web page may read public events with JavaScript; writing needs a token and no browser. */
    static CorsConfigurationSource publicReadingCors() {
        CorsConfiguration reading = new CorsConfiguration();
        reading.setAllowedOrigins(List.of("*"));
        reading.setAllowedMethods(List.of("GET", "HEAD"));
        reading.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since"));
        reading.setExposedHeaders(List.of("ETag", "Last-Modified", "Link", "Content-Language"));
        reading.setAllowCredentials(false);
        reading.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/events", reading);
        source.registerCorsConfiguration("/api/v1/events/*", reading);
        source.registerCorsConfiguration("/api/v1/openapi.json", reading);
        return source;
    }

    /**
     * Session attributes are written with an upsert, so that parallel requests of one session that add the
     * same attribute (a flash message, the saved request) do not collide on its primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session's transactions (reading and saving the session of every request that has one), as Spring
     * Session makes them (each a new transaction), but named as changing nothing that public pages show: else
     * every request of a signed-in user would empty the store of rendered pages. Used by Spring Session alone
     * (injected by this name only), so the application's {@code TransactionTemplate} stays Spring Boot's.
     */
    @Bean(defaultCandidate = false)
    TransactionTemplate springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.setName(PublicCaching.PRIVATE_TRANSACTION);
        return template;
    }

    /**
     * The HTML site. Password login unless the operator switched it off ({@code ok.local-login}); login at an
     * OpenID Connect provider when one is configured (a {@link ClientRegistrationRepository} exists), whose
     * session logout also ends.
     */
    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, VisitorCsrfTokens csrfTokens,
            @Value("${ok.session.absolute-lifetime:12h}") Duration absoluteLifetime, Clock clock,
            @Value("${ok.local-login:true}") boolean localLogin,
            ObjectProvider<SignedInAccounts> accounts, ObjectProvider<SecondFactorLogins> secondFactors,
            ObjectProvider<ClientRegistrationRepository> providers,
            @Value("${ok.oidc.issuer:}") String issuer) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/moderation/**").hasRole("MODERATOR")
                        .requestMatchers("/manage/**", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterAfter(new CurrentAccountFilter(accounts, clock, absoluteLifetime), SecurityContextHolderFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginEntryPoint()))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler(logoutSuccess(providers.getIfAvailable()))
                        .deleteCookies("ok_session"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.migrateSession()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(csrfTokens.requiresToken())
                        .csrfTokenRepository(csrfTokens.repository())
                        .csrfTokenRequestHandler(csrfTokens.requestHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(withProviderForms(issuer)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        if (localLogin) {
            http.formLogin(login -> login
                    .loginPage("/login")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .successHandler(passwordLoginSuccess(secondFactors, clock))
                    .failureHandler(new LoginFailureHandler())
                    .permitAll());
        }
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .successHandler(loginSuccess())
                    .failureHandler(new LoginFailureHandler()));
        }
        return http.build();
    }

    /**
     * Browsers apply {@code form-action} to the redirects after a form, too: the logout form ends at the
     * OpenID Connect provider, whose origin must be allowed there.
     */
    static String withProviderForms(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        java.net.URI uri = java.net.URI.create(issuer.strip());
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /**
     * A password login of an account with a second factor is not a login yet: the session keeps it as
     * pending, nobody is signed in, and the browser goes on to the page that asks for the code.
     */
    static AuthenticationSuccessHandler passwordLoginSuccess(ObjectProvider<SecondFactorLogins> secondFactors,
            Clock clock) {
        AuthenticationSuccessHandler success = loginSuccess();
        return (request, response, authentication) -> {
            SecondFactorLogins logins = secondFactors.getIfAvailable();
            if (logins == null || !logins.required(authentication)) {
                success.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            HttpSession session = request.getSession();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            SecurityContextHolder.getContextHolderStrategy().clearContext();
            session.setAttribute(SecondFactorLogins.PENDING, new SecondFactorLogins.Pending(authentication, clock.instant()));
            new PathOnlyRedirects().sendRedirect(request, response, SecondFactorLogins.CODE_PAGE);
        };
    }

    /**
     * After login: back to the page that asked for it (its path only, see {@link PathOnlyRedirects}), else
     * administrators to their start page with the first steps, everybody else to their organizations' events.
     */
    static SavedRequestAwareAuthenticationSuccessHandler loginSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) {
                boolean admin = authentication.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
                return admin ? "/admin" : "/manage/events";
            }
        };
        success.setRedirectStrategy(new PathOnlyRedirects());
        return success;
    }

    private static LoginUrlAuthenticationEntryPoint loginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * After logout to the start page; a session of the OpenID Connect provider is ended there first
     * (RP-initiated logout), where the provider offers it, and the provider sends the browser back.
     */
    private static LogoutSuccessHandler logoutSuccess(ClientRegistrationRepository providers) {
        if (providers != null) {
            OidcClientInitiatedLogoutSuccessHandler success = new OidcClientInitiatedLogoutSuccessHandler(providers);
            // The address the browser used (forwarded headers count only from trusted proxies); the provider
            // accepts it only if it is registered there as a post-logout redirect URI.
            success.setPostLogoutRedirectUri("{baseUrl}/?logged-out");
            success.setDefaultTargetUrl("/?logged-out");
            return success;
        }
        SimpleUrlLogoutSuccessHandler success = new SimpleUrlLogoutSuccessHandler();
        success.setDefaultTargetUrl("/?logged-out");
        success.setRedirectStrategy(new PathOnlyRedirects());
        return success;
    }
}
