package de.offenekommune.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Fingerprinted URLs of static files, so that browsers may cache them for a year.
 */
@Component
class Assets {

    private final ResourceUrlProvider urls;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    String url(String path) {
        return resolved.computeIfAbsent(path, p -> {
            String versioned = urls.getForLookupPath(p);
            return versioned == null ? p : versioned;
        });
    }
}
