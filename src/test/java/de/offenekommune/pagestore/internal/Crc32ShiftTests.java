package de.offenekommune.pagestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class Crc32ShiftTests {

    @Test
    void the_checksums_of_two_pieces_give_the_checksum_of_both_together() {
        Random random = new Random(20261206);
        for (int round = 0; round < 500; round++) {
            byte[] data = new byte[random.nextInt(70_000)];
            random.nextBytes(data);
            int cut = data.length == 0 ? 0 : random.nextInt(data.length + 1);
            byte[] first = Arrays.copyOfRange(data, 0, cut);
            byte[] second = Arrays.copyOfRange(data, cut, data.length);

            int combined = Crc32Shift.of(second.length).append(crc(first), crc(second));

            assertThat(combined).as("%d bytes cut at %d", data.length, cut).isEqualTo(crc(data));
        }
    }

    @Test
    void nothing_appended_leaves_the_checksum_as_it_is() {
        byte[] data = "Offene Kommunen.NRW – Schritte in die Praxis".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Crc32Shift.of(0).append(crc(data), 0)).isEqualTo(crc(data));
        assertThat(Crc32Shift.of(data.length).append(0, crc(data))).isEqualTo(crc(data));
    }

    private static int crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return (int) crc.getValue();
    }
}
