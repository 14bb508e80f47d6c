package de.offenekommune.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.platform.QrCodes;
import de.offenekommune.registration.internal.CheckInDesk;

/**
 * The check-in page on a phone: accessible and keyboard-usable at 375 px, a photo of a QR code lets the
 * person in, two doors show the same count within a second, and the camera reads a code (Chromium's fake
 * camera playing a video made from a QR image).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInBrowserTests {

    /** The polling interval is one second; a second door must show a check-in within about that. */
    private static final LocatorAssertions.HasTextOptions WITHIN_TWO_SECONDS = new LocatorAssertions.HasTextOptions()
            .setTimeout(2_000);

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApplicationContext context;
    @Autowired
    CheckInDesk desk;
    @Value("${local.server.port}")
    int port;

    Organizer organizer;
    Participants participants;

    @BeforeAll
    void an_organizer() {
        organizer = new Organizers(fixtures).create();
        participants = new Participants(context);
    }

    @Test
    void on_a_phone_the_page_is_accessible_and_a_person_is_let_in_by_name_with_the_keyboard(Page page) {
        // GIVEN a confirmed participant
        Event event = participants.upcomingEvent(organizer, 20);
        participants.confirmed(event, "Anna Amsel", null, null);
        organizer.logIn(page);
        page.setViewportSize(375, 800);
        page.navigate(base(event));
        AccessibilityAudit.assertNoViolations(page, "check-in page");
        LayoutChecks.assertNoSidewaysScrolling(page);
        assertThat(page.locator("#scanner")).isVisible();
        assertThat(page.locator("#camera-stop")).isHidden();

        // WHEN the helper searches with the keyboard and lets Anna in
        page.getByLabel("Name oder E-Mail-Adresse").focus();
        page.keyboard().type("amsel");
        page.keyboard().press("Enter");
        Locator admit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einlassen: Anna Amsel"));
        admit.focus();
        page.keyboard().press("Enter");

        // THEN the result is announced and counted
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Eingelassen: Anna Amsel");
        assertThat(page.locator("[data-count=checkedIn]")).hasText("1");
        AccessibilityAudit.assertNoViolations(page, "check-in page after a check-in");
        LayoutChecks.assertNoSidewaysScrolling(page);
        LayoutChecks.screenshot(page, "check-in");
    }

    @Test
    void a_photo_of_the_code_lets_the_person_in_and_the_other_door_sees_it_within_a_second(Page page) {
        // GIVEN a confirmed participant, and two doors with the page open
        Event event = participants.upcomingEvent(organizer, 20);
        String email = participants.confirmed(event, "Bernd Buchfink", null, null);
        byte[] photo = QrCodes.png(desk.code(participants.registration(email)), 6);
        organizer.logIn(page);
        page.setViewportSize(375, 800);
        page.navigate(base(event) + "?door=Haupteingang");
        Page otherDoor = page.context().newPage();
        otherDoor.navigate(base(event) + "?door=Seiteneingang");
        assertThat(otherDoor.locator("[data-count=checkedIn]")).hasText("0");

        // WHEN the first door picks a photo of the code
        page.getByLabel("Oder ein Foto des QR-Codes wählen")
                .setInputFiles(new FilePayload("code.png", "image/png", photo));

        // THEN Bernd is in, and the other door counts him and lists him within about a second
        assertThat(page.locator("#check-in-result")).containsText("Eingelassen: Bernd Buchfink");
        assertThat(otherDoor.locator("[data-count=checkedIn]")).hasText("1", WITHIN_TWO_SECONDS);
        assertThat(otherDoor.locator("#check-in-latest")).containsText("Bernd Buchfink – Haupteingang",
                new LocatorAssertions.ContainsTextOptions().setTimeout(2_000));

        // WHEN the other door gets the same photo
        otherDoor.getByLabel("Oder ein Foto des QR-Codes wählen")
                .setInputFiles(new FilePayload("code.png", "image/png", photo));

        // THEN it is told when and where Bernd came in
        assertThat(otherDoor.locator("#check-in-result")).containsText("Bereits eingelassen: Bernd Buchfink, um");
        assertThat(otherDoor.locator("#check-in-result")).containsText("am Eingang „Haupteingang“");
    }

    @Test
    void the_camera_reads_the_code(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        // GIVEN a confirmed participant, and a camera that films the QR code of the registration
        Event event = participants.upcomingEvent(organizer, 20);
        String email = participants.confirmed(event, "Clara Chlorophyll", null, null);
        Path video = folder.resolve("code.y4m");
        writeVideo(desk.code(participants.registration(email)), video);

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                                "--use-file-for-fake-video-capture=" + video)));
                BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port).setLocale("de-DE").setTimezoneId("Europe/Berlin")
                        .setViewportSize(375, 800).setPermissions(List.of("camera")))) {
            Page page = phone.newPage();
            organizer.logIn(page);
            page.navigate(base(event));

            // WHEN the helper starts the camera
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kamera starten")).click();

            // THEN the code is read and Clara is let in, once
            assertThat(page.locator("#check-in-result")).containsText("Eingelassen: Clara Chlorophyll",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            assertThat(page.locator("[data-count=checkedIn]")).hasText("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kamera beenden")).click();
            assertThat(page.locator("#camera")).isHidden();
        }
    }

    /** A few seconds of a still QR code as YUV4MPEG2 (grey: Y from the image, U and V neutral). */
    private static void writeVideo(String code, Path file) throws IOException {
        int width = 640;
        int height = 480;
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 360, 360, Map.of(EncodeHintType.MARGIN, 4));
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalStateException(e);
        }
        byte[] luma = new byte[width * height];
        java.util.Arrays.fill(luma, (byte) 235);
        int left = (width - matrix.getWidth()) / 2;
        int top = (height - matrix.getHeight()) / 2;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    luma[(top + y) * width + left + x] = 16;
                }
            }
        }
        byte[] chroma = new byte[width * height / 2];
        java.util.Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes());
            for (int frame = 0; frame < 20; frame++) {
                out.write("FRAME\n".getBytes());
                out.write(luma);
                out.write(chroma);
            }
        }
    }

    private static String base(Event event) {
        return "/manage/events/" + event.id() + "/check-in";
    }
}
