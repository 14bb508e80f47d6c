package de.offenekommune.webhook.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Decides whether a webhook may be sent to an address. Webhooks are requests the server makes on a user's
 * behalf, so that without this check anyone who may register one could reach the operator's intranet or the
 * cloud's metadata service (server-side request forgery). The host is resolved and every address checked,
 * at registration and again before each delivery, since what a name resolves to can change.
 */
@Component
class WebhookTargets {

    public static final int MAX_LENGTH = 2000;

    /** Looks up the addresses of a host; a seam for tests, which cannot change the machine's DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @org.springframework.beans.factory.annotation.Autowired
    WebhookTargets(WebhookProperties properties) {
        this(properties.allowPrivate(), InetAddress::getAllByName);
    }

    public WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @return the message key of why the address is refused, or empty when webhooks may go there */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return Optional.of("webhook.url.invalid");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("webhook.url.invalid");
        }
        if (!scheme.equals("https") && !allowPrivate) {
            return Optional.of("webhook.url.httpsOnly");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("webhook.url.unknownHost");
        }
        if (addresses.length == 0) {
            return Optional.of("webhook.url.unknownHost");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return Optional.of("webhook.url.internal");
                }
            }
        }
        return Optional.empty();
    }

    /** Loopback, link-local, private, shared (carrier-grade NAT), unique local, unspecified or multicast. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0);
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses reach the IPv4 address inside
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0))) {
                try {
                    byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
                    return isInternal(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
