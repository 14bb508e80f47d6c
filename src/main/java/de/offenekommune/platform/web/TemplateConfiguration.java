package de.offenekommune.platform.web;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;

/**
 * JTE templates: precompiled into the jar by the build, or recompiled from {@code src/main/jte} on every
 * change when {@code ok.templates.development-mode} is on.
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    @Bean
    TemplateEngine templateEngine(@Value("${ok.templates.development-mode:false}") boolean developmentMode) {
        if (developmentMode) {
            var sources = new DirectoryCodeResolver(Path.of("src", "main", "jte"));
            TemplateEngine engine = TemplateEngine.create(sources, Path.of("target", "jte-dev-classes"),
                    ContentType.Html, TemplateConfiguration.class.getClassLoader());
            engine.setTrimControlStructures(true);
            engine.setBinaryStaticContent(true);
            return engine;
        }
        TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
        engine.setBinaryStaticContent(true);
        return engine;
    }

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine) {
        JteViewResolver resolver = new JteViewResolver(templateEngine);
        resolver.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return resolver;
    }
}
