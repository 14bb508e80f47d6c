package de.offenekommune.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@ExtendWith(OutputCaptureExtension.class)
class MailServerTests {

    private static final MailProperties DEFAULTS = new MailProperties("Offene Kommune <noreply@localhost>",
            Duration.ofMinutes(1), 12, Duration.ofDays(7));

    @Test
    void without_a_mail_server_the_start_warns_once_that_no_mail_is_sent(CapturedOutput output) {
        MailServer server = new MailServer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), DEFAULTS);

        server.warnOfMissingConfiguration();

        assertThat(server.configured()).isFalse();
        assertThat(output.getOut()).contains("No mail server is configured (SPRING_MAIL_HOST): mails are NOT sent");
    }

    @Test
    void with_a_mail_server_but_the_default_sender_the_start_warns_of_the_sender(CapturedOutput output) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());
        MailServer server = new MailServer(beans.getBeanProvider(JavaMailSender.class), DEFAULTS);

        server.warnOfMissingConfiguration();

        assertThat(server.configured()).isTrue();
        assertThat(output.getOut()).contains("OK_MAIL_FROM is not set").doesNotContain("No mail server");
    }
}
