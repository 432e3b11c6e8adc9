package se.accessiblenav.server.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavBytesTest {
    @Test
    void placeholderSizesFromAPipeAreSetToTheRealOnes() {
        // RIFF header, a 16-byte fmt chunk, a data chunk of 6 bytes, sizes left at espeak-ng's placeholder
        ByteBuffer wav = ByteBuffer.allocate(44 + 6).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(0x7ffff024).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(22050).putInt(44100).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(0x7ffff000).put(new byte[6]);

        ByteBuffer fixed = ByteBuffer.wrap(WavBytes.withExactSizes(wav.array())).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(fixed.getInt(4)).isEqualTo(50 - 8);
        assertThat(fixed.getInt(40)).isEqualTo(6);
    }

    @Test
    void somethingElseIsNotTakenForAudio() {
        assertThatThrownBy(() -> WavBytes.withExactSizes("<html>error</html>".getBytes()))
                .isInstanceOf(SpeechFailedException.class);
    }
}
