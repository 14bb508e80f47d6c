package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The QR code pictures of admission codes read back to what they hold, whatever the code's bytes. */
class QrCodesTests {

    @Test
    void every_admission_code_reads_back_from_its_picture_at_the_mails_and_the_pages_scale() throws Exception {
        // GIVEN 300 codes of an admission code's length (ids and signature, 48 bytes), from a fixed seed
        Random random = new Random(20261207);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[48];
            random.nextBytes(bytes);
            String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

            // THEN each picture holds exactly its code, in the mail (6 pixels a module) and on the page (8)
            assertThat(QrCodePictures.text(QrCodes.png(code, 6))).isEqualTo(code);
            assertThat(QrCodePictures.text(QrCodes.png(code, 8))).isEqualTo(code);
        }
    }
}
