package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;

/**
 * An organizer gives an event its image by keyboard, a refused file keeps the texts typed so far, and the
 * event page shows the picture with its alternative text at both widths without barriers.
 */
@BrowserTest
class MediaBrowserTests {

    @Autowired
    TestFixtures fixtures;

    @Test
    void an_organizer_adds_an_image_by_keyboard_and_the_event_page_shows_it(Page page) throws IOException {
        // GIVEN an organizer of a published event on its media page
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        Event event = fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop(TestFixtures.unique("Werkstatt Offene Daten"), LocalDate.now().plusDays(20).atTime(LocalTime.of(10, 0)))
                .build());
        Organizers.Organizer.of(organizer, organization).logIn(page);
        page.navigate("/manage/events/" + event.id() + "/media");
        for (int width : Screenshots.WIDTHS) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            LayoutChecks.assertNoSidewaysScrolling(page);
        }
        KeyboardUser keyboard = new KeyboardUser(page);

        // WHEN they choose an SVG with a script and type the texts with the keyboard alone
        keyboard.tabTo(page.getByLabel("Bilddatei"));
        page.getByLabel("Bilddatei").setInputFiles(new FilePayload("bild.png", "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes()));
        keyboard.tabTo(page.getByLabel("Alternativtext"));
        keyboard.type("Eine Stadtkarte mit vielen bunten Datenpunkten");
        keyboard.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bild speichern")));
        keyboard.pressAndWaitForNextPage("Enter");

        // THEN it is refused, said in German, and the text is still there
        assertThat(page.locator("#error-summary").innerText()).contains("kein Bild im Format JPEG, PNG oder WebP");
        assertThat(page.getByLabel("Alternativtext").inputValue()).isEqualTo("Eine Stadtkarte mit vielen bunten Datenpunkten");
        AccessibilityAudit.assertNoViolations(page);

        // WHEN they choose a real picture and save by keyboard
        page.getByLabel("Bilddatei").setInputFiles(new FilePayload("karte.jpg", "image/jpeg", picture()));
        keyboard.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bild speichern")));
        keyboard.pressAndWaitForNextPage("Enter");
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Das Bild ist gespeichert.");
        Screenshots.of(page, "media-editor");

        // THEN the public page shows it with its alternative text, at both widths without barriers
        page.navigate("/events/" + event.slug());
        assertThat(page.locator(".ok-event-image img").getAttribute("alt"))
                .isEqualTo("Eine Stadtkarte mit vielen bunten Datenpunkten");
        for (int width : Screenshots.WIDTHS) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            LayoutChecks.assertNoSidewaysScrolling(page);
            assertThat((Boolean) page.locator(".ok-event-image img").evaluate("img => img.complete && img.naturalWidth > 0"))
                    .isTrue();
        }
        Screenshots.of(page, "event-with-image");
    }

    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(1800, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(0, 0, 1800, 1000);
        Color[] colours = {new Color(0xD94F3D), new Color(0x2F7D6D), new Color(0x3D6FA8), new Color(0xE0A526)};
        for (int i = 0; i < 60; i++) {
            g.setColor(colours[i % colours.length]);
            g.fillOval((i * 197) % 1700 + 20, (i * 131) % 900 + 30, 40, 40);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
