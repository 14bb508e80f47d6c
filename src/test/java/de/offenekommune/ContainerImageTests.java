package de.offenekommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image that {@code ./mvnw -Pimage verify} writes (Jib, OCI layout in a tar file) runs as
 * an unprivileged user, starts the application, offers the application and management ports and says
 * what it is. Without the profile there is no image to read and the test is skipped.
 */
class ContainerImageTests {

    private static final Path IMAGE = Path.of("target", "jib-image.tar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_image_runs_unprivileged_and_names_its_ports_entrypoint_and_labels() throws IOException {
        assumeTrue(Files.exists(IMAGE), "no image built (./mvnw -Pimage verify)");
        Map<String, byte[]> entries = TarEntries.read(IMAGE);

        JsonNode index = JSON.readTree(entries.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(entries, index.get("manifests").get(0).get("digest").asString()));
        JsonNode config = JSON.readTree(blob(entries, manifest.get("config").get("digest").asString())).get("config");

        assertThat(config.get("User").asString()).isEqualTo("1000:1000").doesNotStartWith("0");
        assertThat(config.get("Entrypoint").toString()).contains("java", "de.offenekommune.OffeneKommuneApplication",
                "-Djava.io.tmpdir=/tmp");
        assertThat(config.get("ExposedPorts").propertyNames()).contains("8080/tcp", "8081/tcp");
        assertThat(config.get("Volumes").propertyNames()).contains("/tmp", "/data");
        assertThat(config.get("Labels").get("org.opencontainers.image.title").asString()).isEqualTo("Offene Kommune");
        assertThat(config.get("Labels").get("org.opencontainers.image.licenses").asString()).isEqualTo("EUPL-1.2");
    }

    private static byte[] blob(Map<String, byte[]> entries, String digest) {
        byte[] blob = entries.get("blobs/" + digest.replace(':', '/'));
        assertThat(blob).as("blob %s", digest).isNotNull();
        return blob;
    }

    /** The small entries of a tar file (JSON documents), by name; layers are skipped. */
    static final class TarEntries {

        static Map<String, byte[]> read(Path tar) throws IOException {
            Map<String, byte[]> entries = new HashMap<>();
            try (InputStream in = Files.newInputStream(tar)) {
                byte[] header = new byte[512];
                while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                    String name = text(header, 0, 100);
                    long size = Long.parseLong(text(header, 124, 12).trim(), 8);
                    long padded = (size + 511) / 512 * 512;
                    if (size < 1_000_000) {
                        byte[] content = in.readNBytes((int) padded);
                        entries.put(name.startsWith("./") ? name.substring(2) : name,
                                java.util.Arrays.copyOf(content, (int) size));
                    } else {
                        in.skipNBytes(padded);
                    }
                }
            }
            return entries;
        }

        private static String text(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
