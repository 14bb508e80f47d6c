package de.offenekommune.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import de.offenekommune.media.TestImages;

/**
 * The attacks an image upload must withstand, and the fresh files every accepted image becomes.
 */
class ImageProcessingTests {

    private static final long MAX_PIXELS = 30_000_000;

    @Test
    void refuses_a_png_whose_header_claims_50000_by_50000_pixels_without_decoding_it() {
        // GIVEN a file of a few bytes that would need 10 GB once decoded
        byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);

        // WHEN / THEN
        assertThat(ImageFormat.sniff(bomb)).contains(ImageFormat.PNG);
        assertThatThrownBy(() -> ImageProcessing.process(bomb, ImageFormat.PNG, MAX_PIXELS))
                .isInstanceOf(ImageProcessing.Refused.class)
                .extracting(e -> ((ImageProcessing.Refused) e).code()).isEqualTo("media.image.tooManyPixels");
    }

    @Test
    void refuses_a_jpeg_with_a_zip_archive_appended() throws IOException {
        byte[] polyglot = TestImages.concat(TestImages.jpeg(64, 64), zip("evil.class", "cafebabe"));

        assertThat(ImageFormat.sniff(TestImages.jpeg(64, 64))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(polyglot)).isEmpty();
    }

    @Test
    void refuses_a_jpeg_that_hides_a_zip_archive_before_its_end_marker() throws IOException {
        // GIVEN a GIFAR-like file: the archive sits inside the image, which still ends with EOI
        byte[] jpeg = TestImages.jpeg(64, 64);
        byte[] archive = zip("index.html", "<p>hi</p>");
        byte[] polyglot = TestImages.concat(java.util.Arrays.copyOf(jpeg, jpeg.length - 2), archive,
                new byte[] {(byte) 0xFF, (byte) 0xD9});

        // THEN
        assertThat(ImageFormat.sniff(polyglot)).isEmpty();
    }

    @Test
    void refuses_a_png_with_a_page_appended_or_a_script_inside() {
        byte[] png = TestImages.png(32, 32, false);
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);

        assertThat(ImageFormat.sniff(png)).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(TestImages.concat(png, html))).isEmpty();
        byte[] scriptInside = TestImages.concat(java.util.Arrays.copyOf(png, 33), html,
                java.util.Arrays.copyOfRange(png, 33, png.length));
        assertThat(ImageFormat.sniff(scriptInside)).isEmpty();
    }

    @Test
    void refuses_svg_gif_and_webp_whose_size_field_lies() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\1\0\1\0\0\0\0;".getBytes(StandardCharsets.ISO_8859_1);
        byte[] webp = TestImages.concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[] {100, 0, 0, 0},
                "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), new byte[20]);

        assertThat(ImageFormat.sniff(svg)).isEmpty();
        assertThat(ImageFormat.sniff(gif)).isEmpty();
        assertThat(ImageFormat.sniff(webp)).isEmpty();
    }

    @Test
    void re_encodes_a_photo_without_its_exif_gps_position() throws Exception {
        // GIVEN a JPEG whose EXIF data says where it was taken
        byte[] photo = TestImages.jpegWithGps(800, 600);
        assertThat(appSegments(photo)).contains("app1");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif");

        // WHEN
        ImageProcessing.Result result = ImageProcessing.process(photo, ImageFormat.sniff(photo).orElseThrow(), MAX_PIXELS);

        // THEN every rendition is a fresh JPEG without any EXIF segment
        assertThat(result.contentType()).isEqualTo("image/jpeg");
        for (ImageProcessing.Rendition rendition : result.renditions()) {
            assertThat(new String(rendition.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
            assertThat(appSegments(rendition.content())).doesNotContain("app1");
            assertThat(ImageIO.read(new ByteArrayInputStream(rendition.content())).getWidth()).isEqualTo(rendition.width());
        }
    }

    @Test
    void renders_the_widths_of_the_srcset_up_to_the_original_width() throws Exception {
        ImageProcessing.Result large = ImageProcessing.process(TestImages.jpeg(2000, 1000), ImageFormat.JPEG, MAX_PIXELS);
        ImageProcessing.Result small = ImageProcessing.process(TestImages.jpeg(600, 400), ImageFormat.JPEG, MAX_PIXELS);

        assertThat(large.renditions()).extracting(ImageProcessing.Rendition::width).containsExactly(480, 960, 1600);
        assertThat(large.renditions()).extracting(ImageProcessing.Rendition::height).containsExactly(240, 480, 800);
        assertThat(small.renditions()).extracting(ImageProcessing.Rendition::width).containsExactly(480, 600);
    }

    @Test
    void keeps_transparency_as_png() throws Exception {
        ImageProcessing.Result result = ImageProcessing.process(TestImages.png(300, 200, true), ImageFormat.PNG, MAX_PIXELS);

        assertThat(result.contentType()).isEqualTo("image/png");
        assertThat(ImageFormat.sniff(result.renditions().get(0).content())).contains(ImageFormat.PNG);
    }

    /** The names of the marker segments ImageIO's JPEG reader found (app0, app1 as "unknown" with its code …). */
    private static String appSegments(byte[] jpeg) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            reader.setInput(input);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            StringBuilder names = new StringBuilder();
            Node sequence = tree.getLastChild();
            for (Node marker = sequence.getFirstChild(); marker != null; marker = marker.getNextSibling()) {
                if (marker.getNodeName().equals("unknown")) {
                    int code = Integer.parseInt(marker.getAttributes().getNamedItem("MarkerTag").getNodeValue());
                    names.append(code == 0xE1 ? "app1 " : "marker" + code + " ");
                } else {
                    names.append(marker.getNodeName()).append(' ');
                }
            }
            reader.dispose();
            return names.toString();
        }
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
