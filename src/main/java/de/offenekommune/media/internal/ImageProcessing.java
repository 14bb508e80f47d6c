package de.offenekommune.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

import de.offenekommune.media.MediaProperties;
import de.offenekommune.platform.Violations;

/**
 * Turns an accepted upload into fresh images: the size is read from the header first (a decompression bomb
 * never gets decoded), then the pixels are decoded and written anew in a few widths. Nothing of the original
 * file survives: no EXIF, GPS position, comment or colour profile. Images with transparency become PNG,
 * all others JPEG (no pure-Java WebP writer is maintained well enough).
 */
public final class ImageProcessing {

    /** The widths of the {@code srcset}; an image narrower than the widest keeps its own width as the last. */
    public static final int[] WIDTHS = {480, 960, 1600};
    private static final float JPEG_QUALITY = 0.85f;

    public record Rendition(int width, int height, byte[] content) {
    }

    public record Result(String contentType, int width, int height, List<Rendition> renditions) {
    }

    /** Why an image was refused; the code is a message key. */
    static final class Refused extends Exception {
        private final String code;

        Refused(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private ImageProcessing() {
    }

    /**
     * Checks an upload and renders it afresh; every problem goes into {@code violations} at {@code field}.
     *
     * @param widths the widths wanted, ascending; an image narrower than the widest keeps its own width as the last
     * @return the renditions, or {@code null} when the file was refused
     */
    public static Result accept(byte[] file, MediaProperties properties, int[] widths, String field, Violations violations) {
        if (!violations.requireFile(field, file, properties.maxImageSize(), "media.image.missing", "media.image.tooLarge")) {
            return null;
        }
        try {
            ImageFormat format = ImageFormat.sniff(file).orElseThrow(() -> new Refused("media.image.notImage"));
            return process(file, format, properties.maxImagePixels(), widths);
        } catch (Refused e) {
            violations.add(field, e.code(), properties.maxImagePixels() / 1_000_000);
            return null;
        }
    }

    static Result process(byte[] content, ImageFormat format, long maxPixels) throws Refused {
        return process(content, format, maxPixels, WIDTHS);
    }

    static Result process(byte[] content, ImageFormat format, long maxPixels, int[] widths) throws Refused {
        BufferedImage decoded = decode(content, format, maxPixels);
        boolean alpha = decoded.getColorModel().hasAlpha();
        BufferedImage source = alpha ? decoded : opaque(decoded);
        List<Rendition> renditions = new ArrayList<>();
        for (int width : widths) {
            int target = Math.min(width, source.getWidth());
            if (!renditions.isEmpty() && renditions.get(renditions.size() - 1).width() >= target) {
                break;
            }
            BufferedImage scaled = target == source.getWidth() ? source : scale(source, target);
            renditions.add(new Rendition(scaled.getWidth(), scaled.getHeight(), alpha ? png(scaled) : jpeg(scaled)));
        }
        return new Result(alpha ? "image/png" : "image/jpeg", source.getWidth(), source.getHeight(), renditions);
    }

    private static BufferedImage decode(byte[] content, ImageFormat format, long maxPixels) throws Refused {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
            if (!readers.hasNext()) {
                throw new Refused("media.image.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > maxPixels) {
                    throw new Refused("media.image.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("media.image.notImage");
        }
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).keepAspectRatio(true).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
