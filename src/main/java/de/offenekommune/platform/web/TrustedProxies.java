package de.offenekommune.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Lets only the proxies the operator names ({@code ok.trusted-proxies}: addresses or CIDR ranges, none by
 * default) tell the client's address, protocol and host in {@code X-Forwarded-*} headers. Tomcat on its own
 * trusts every loopback and private-network peer, so behind Docker's proxy, in Kubernetes or on a municipal
 * network every client could choose its own address and slip past the per-address limits.
 *
 * <p>Runs after Spring Boot's customizer, which adds the {@link RemoteIpValve} with Tomcat's defaults.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+(/[0-9]{1,3})?");

    private final String cidrs;

    TrustedProxies(@Value("${ok.trusted-proxies:}") String proxies) {
        this.cidrs = String.join(",", parse(proxies));
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                // With a slash in it, Tomcat reads the list as CIDR ranges; empty trusts nobody.
                remoteIp.setInternalProxies(cidrs);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Each entry as a CIDR range, a single address as a range of one. */
    static List<String> parse(String proxies) {
        return Arrays.stream(proxies.split("[,\\s]+"))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::range)
                .toList();
    }

    private static String range(String entry) {
        if (!ADDRESS.matcher(entry).matches()) {
            throw new IllegalArgumentException("ok.trusted-proxies: not an address or CIDR range: " + entry);
        }
        String cidr = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
        try {
            new NetMask(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ok.trusted-proxies: not an address or CIDR range: " + entry, e);
        }
        return cidr;
    }
}
