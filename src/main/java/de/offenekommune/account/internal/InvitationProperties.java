package de.offenekommune.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param validity  how long an invitation link works ({@code OK_INVITATIONS_VALIDITY})
 * @param retention expired invitations (email and name of the invited person) are deleted this long after expiry
 */
@ConfigurationProperties("ok.invitations")
record InvitationProperties(
        @DefaultValue("P7D") Duration validity,
        @DefaultValue("P30D") Duration retention) {
}
