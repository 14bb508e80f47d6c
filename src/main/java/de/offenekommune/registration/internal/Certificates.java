package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.security.SecureRandom;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;

/** The per-event certificate switch and the number each issued certificate carries. */
@Repository
class Certificates {

    /** Crockford's Base32 without I, L, O and U: nothing to misread when a number is typed from paper. */
    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A certificate's number, when it was first issued. */
    record Issued(String number, Instant at) {
    }

    CertificateSettings settings(EventId event) {
        return jdbc.sql("""
                        select certificate_enabled, certificate_remark
                          from registration_settings
                         where event_id = :event
                        """)
                .param("event", event.value())
                .query((rs, row) -> new CertificateSettings(rs.getBoolean("certificate_enabled"),
                        rs.getString("certificate_remark")))
                .optional()
                .orElse(CertificateSettings.OFF);
    }

    void save(EventId event, CertificateSettings settings) {
        jdbc.sql("""
                        insert into registration_settings (event_id, certificate_enabled, certificate_remark, updated_at)
                        values (:event, :enabled, :remark, now())
                        on conflict (event_id) do update
                           set certificate_enabled = excluded.certificate_enabled,
                               certificate_remark = excluded.certificate_remark,
                               updated_at = excluded.updated_at
                        """)
                .param("event", event.value())
                .param("enabled", settings.enabled())
                .param("remark", settings.remark())
                .update();
    }

    /** The registration's certificate number: made on the first download, the same on every later one. */
    Issued issue(RegistrationId registration, Instant now) {
        jdbc.sql("""
                        insert into certificate (registration_id, number, issued_at)
                        values (:registration, :number, :at)
                        on conflict (registration_id) do nothing
                        """)
                .param("registration", registration.value())
                .param("number", newNumber())
                .param("at", utc(now))
                .update();
        return jdbc.sql("select number, issued_at from certificate where registration_id = :registration")
                .param("registration", registration.value())
                .query((rs, row) -> new Issued(rs.getString("number"), instant(rs, "issued_at")))
                .single();
    }

    /** Twelve random digits of 32 (60 bits) in three groups: XXXX-XXXX-XXXX. */
    private String newNumber() {
        StringBuilder number = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                number.append('-');
            }
            number.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return number.toString();
    }
}
