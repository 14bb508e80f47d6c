package de.offenekommune.account.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.internal.ApiToken;
import de.offenekommune.account.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who a token belongs to and for which organizations it may publish: what automation needs first.
 */
@RestController
@Tag(name = "Account")
class MeApiController {

    private final OrganizationDirectory organizations;

    MeApiController(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    @Schema(name = "Me")
    record Me(String id, String displayName, String role, List<ManagedOrganization> organizations, Token token) {
    }

    @Schema(name = "Token", description = "The API token of this request")
    record Token(String name, String hint, Instant createdAt,
            @Schema(description = "End of validity; absent for a token that never expires") Instant expiresAt,
            @Schema(description = "Last use, recorded to the minute") Instant lastUsedAt) {

        static Token from(Object details) {
            return details instanceof ApiToken token
                    ? new Token(token.name(), token.hint(), token.createdAt(), token.expiresAt(), token.lastUsedAt())
                    : null;
        }
    }

    @Schema(name = "ManagedOrganization")
    record ManagedOrganization(String id, String slug, String name, String kind) {
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The token's user, the organizations they may publish for and the token's validity",
            security = @SecurityRequirement(name = "token"))
    Me me(@AuthenticationPrincipal AccountPrincipal user, Authentication authentication) {
        return new Me(user.id().toString(), user.displayName(), user.role().name(),
                organizations.managedBy(user).stream()
                        .map(o -> new ManagedOrganization(o.id().toString(), o.slug(), o.name(), o.kind().name()))
                        .toList(),
                Token.from(authentication.getDetails()));
    }
}
