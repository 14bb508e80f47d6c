package de.offenekommune.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLSYt";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signs_the_id_timestamp_and_body_as_openssl_computes_it() {
        // printf 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}' \
        //   | openssl dgst -sha256 -mac HMAC -macopt hexkey:$(echo -n MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLSYt | base64 -d | xxd -p -c 256) -binary | base64
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,qxBe77TMxMq2PZY3Az3LNhvwSFikYCAokWlVA20fXeE=");
    }

    @Test
    void verifies_its_own_signature_among_several_and_rejects_a_changed_body_or_time() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, "v1,b2xk " + signature)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY.replace('2', '3'), signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, signature)).isFalse();
    }

    @Test
    void new_secrets_are_random_32_byte_keys_with_the_standard_prefix() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_").isNotEqualTo(WebhookSignature.newSecret());
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
    }
}
