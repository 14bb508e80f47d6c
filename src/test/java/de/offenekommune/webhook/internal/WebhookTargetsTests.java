package de.offenekommune.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Webhooks must not reach the operator's own networks (server-side request forgery). */
class WebhookTargetsTests {

    /** Host names as a DNS server might answer them; everything else is unknown. */
    private static final Map<String, String> DNS = Map.of(
            "cms.example.de", "93.184.216.34",
            "intern.example.de", "10.20.30.40",
            "rebound.example.de", "127.0.0.1",
            "dual.example.de", "93.184.216.34,192.168.1.10",
            "metadata.example.de", "169.254.169.254",
            "v6.example.de", "2001:db8:1::1");

    private final WebhookTargets production = new WebhookTargets(false, WebhookTargetsTests::resolve);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://172.16.0.1/", "https://192.168.0.5/",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://[fe80::1]/", "https://[fd00::5]/",
            "https://[::ffff:127.0.0.1]/", "https://0.0.0.0/", "https://100.64.0.1/", "https://localhost/hook",
            "https://rebound.example.de/hook", "https://intern.example.de/", "https://dual.example.de/",
            "https://metadata.example.de/"})
    void refuses_addresses_in_loopback_link_local_and_private_networks(String url) {
        assertThat(production.refusal(url)).contains("webhook.url.internal");
    }

    @Test
    void accepts_a_public_https_address() {
        assertThat(production.refusal("https://cms.example.de/hooks/events")).isEmpty();
        assertThat(production.refusal("https://93.184.216.34:8443/hooks")).isEmpty();
    }

    @Test
    void refuses_plain_http_unknown_hosts_and_what_is_no_web_address() {
        assertThat(production.refusal("http://cms.example.de/hooks")).contains("webhook.url.httpsOnly");
        assertThat(production.refusal("https://nowhere.example.de/")).contains("webhook.url.unknownHost");
        assertThat(production.refusal("ftp://cms.example.de/")).contains("webhook.url.invalid");
        assertThat(production.refusal("https://user:pass@cms.example.de/")).contains("webhook.url.invalid");
        assertThat(production.refusal("cms.example.de")).contains("webhook.url.invalid");
        assertThat(production.refusal("https://cms.example.de/" + "a".repeat(WebhookTargets.MAX_LENGTH)))
                .contains("webhook.url.invalid");
    }

    @Test
    void the_operator_may_allow_local_receivers_over_http() {
        WebhookTargets allowing = new WebhookTargets(true, WebhookTargetsTests::resolve);

        assertThat(allowing.refusal("http://127.0.0.1:8081/hooks")).isEmpty();
        assertThat(allowing.refusal("https://intern.example.de/")).isEmpty();
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String answer = DNS.get(host);
        if (answer == null) {
            // literal addresses and "localhost" need no DNS server
            if (host.equals("localhost") || Character.isDigit(host.charAt(0)) || host.contains(":")) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        String[] parts = answer.split(",");
        InetAddress[] addresses = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            addresses[i] = InetAddress.getByName(parts[i]);
        }
        return addresses;
    }
}
