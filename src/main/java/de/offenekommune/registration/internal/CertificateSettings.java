package de.offenekommune.registration.internal;

import org.jspecify.annotations.Nullable;

/**
 * Whether people who were let in can download a certificate of attendance (Teilnahmebescheinigung).
 *
 * @param enabled off unless the organizer switches it on
 * @param remark  an optional closing line of the organizer's, e.g. who signs or what the event counts for
 */
public record CertificateSettings(boolean enabled, @Nullable String remark) {

    public static final int REMARK_MAX = 300;

    public static final CertificateSettings OFF = new CertificateSettings(false, null);
}
