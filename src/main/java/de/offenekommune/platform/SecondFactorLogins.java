package de.offenekommune.platform;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import org.springframework.security.core.Authentication;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Password logins that count only after a second factor. Between password and code the session holds a
 * {@link Pending} login and nobody is signed in.
 */
public interface SecondFactorLogins {

    /** Session attribute with the {@link Pending} login. */
    String PENDING = "ok.pendingLogin";

    /** The page that asks for the code. */
    String CODE_PAGE = "/login/code";

    /** A login whose password was right, waiting for its code since {@code since}. */
    record Pending(Authentication authentication, Instant since) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Whether this password login needs a code before it counts. */
    boolean required(Authentication passwordChecked);

    /** Signs in after the second factor: how the platform finishes every login. */
    interface Completion {

        /**
         * Gives the session a new id, stores {@code authentication} in it and redirects to the page asked for
         * before the login (or the user's start page).
         */
        void complete(Authentication authentication, HttpServletRequest request, HttpServletResponse response)
                throws IOException, ServletException;
    }
}
