package de.offenekommune.platform.web;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per capability: every {@code messages/<name>_de.properties} on the class path is
 * picked up, with its English sibling. German is the fallback language of the platform, never the
 * language of the server.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String BUNDLE_PATTERN = "classpath*:messages/*_de.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setCacheSeconds(-1);
        return messages;
    }

    static String[] basenames() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
        return Arrays.stream(bundles)
                .map(Resource::getFilename)
                .map(name -> "classpath:messages/" + name.substring(0, name.length() - "_de.properties".length()))
                .sorted()
                .distinct()
                .toArray(String[]::new);
    }
}
