package se.accessiblenav.server.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Sets the RIFF and data chunk sizes of a WAV file written to a pipe: a program that cannot seek back
 * (espeak-ng {@code --stdout}) leaves placeholder sizes, and browsers then cannot tell the length.
 */
final class WavBytes {
    private WavBytes() {}

    static byte[] withExactSizes(byte[] wav) {
        if (wav.length < 12 || !"RIFF".equals(ascii(wav, 0)) || !"WAVE".equals(ascii(wav, 8)))
            throw new SpeechFailedException("The voice did not produce WAV audio", null);
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(4, wav.length - 8);
        int chunk = 12;
        while (chunk + 8 <= wav.length) {
            String id = ascii(wav, chunk);
            if (id.equals("data")) {
                buffer.putInt(chunk + 4, wav.length - chunk - 8);
                return wav;
            }
            int size = buffer.getInt(chunk + 4);
            chunk += 8 + size + (size & 1);
        }
        throw new SpeechFailedException("The voice's WAV audio has no data chunk", null);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
