package de.offenekommune.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.offenekommune.platform.SiteProperties;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "okt_…",
        description = "A personal API token, created under “Mein Konto”.")
class OpenApiConfiguration {

    @Bean
    OpenAPI openApi(SiteProperties site) {
        return new OpenAPI()
                .info(new Info()
                        .title(site.name() + " API")
                        .version("v1")
                        .description("""
                                Events of %s as JSON. Reading public events needs no token. Creating and changing \
                                events needs a personal API token (Authorization: Bearer okt_…). Errors are \
                                RFC 9457 problem documents (application/problem+json); invalid input lists every \
                                problem in "errors" with its field.""".formatted(site.name()))
                        .license(new License().name("Data: Datenlizenz Deutschland – Namensnennung – 2.0")
                                .url("https://www.govdata.de/dl-de/by-2-0")))
                .addServersItem(new Server().url(site.baseUrl().toString()));
    }
}
