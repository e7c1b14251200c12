package dev.helmshift.gobytes;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundary between Go's byte strings and Java strings: decoding as Go's unicode/utf8 sees bytes, and back. */
class GoBytesTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void everyByteValueInsideTextComesBackUnchanged() {
        for (int b = 0; b < 256; b++) {
            byte[] text = bytes('a', b, 'z');
            assertThat(GoBytes.encode(GoBytes.decode(text))).as("byte 0x%02x", b).isEqualTo(text);
        }
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        assertThat(GoBytes.encode(GoBytes.decode(all))).isEqualTo(all);
    }

    @Test
    void everyPairOfBytesComesBackUnchanged() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                byte[] pair = bytes(a, b);
                assertThat(GoBytes.encode(GoBytes.decode(pair))).isEqualTo(pair);
            }
        }
    }

    @Test
    void validUtf8IsTheSameStringJavaDecodes() {
        String text = "plain ASCII, é (2 bytes), € (3 bytes), 😀 (4 bytes), \uFFFD (a real U+FFFD), \u0000";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

        assertThat(GoBytes.decode(utf8)).isEqualTo(text);
        assertThat(GoBytes.encode(text)).isEqualTo(utf8);
        assertThat(GoBytes.hasRawBytes(text)).isFalse();
        assertThat(GoBytes.byteLength(text)).isEqualTo(utf8.length);
    }

    @Test
    void aFourByteSequenceIsOneCharacterAboveU10000() {
        String decoded = GoBytes.decode(bytes(0xF0, 0x9F, 0x98, 0x80));

        assertThat(decoded).isEqualTo("😀");
        assertThat(decoded.codePointCount(0, decoded.length())).isEqualTo(1);
        assertThat(GoBytes.encode(decoded)).isEqualTo(bytes(0xF0, 0x9F, 0x98, 0x80));
        assertThat(GoBytes.byteLength(decoded)).isEqualTo(4);
    }

    @Test
    void eachByteOfAnInvalidSequenceIsARawByteOfItsOwnAsGoReadsThemOneRuneErrorEach() {
        // overlong forms of '/' and of U+0000
        assertThat(GoBytes.decode(bytes(0xC0, 0xAF))).isEqualTo("\uDCC0\uDCAF");
        assertThat(GoBytes.decode(bytes(0xE0, 0x80, 0xAF))).isEqualTo("\uDCE0\uDC80\uDCAF");
        assertThat(GoBytes.decode(bytes(0xF0, 0x80, 0x80, 0xAF))).isEqualTo("\uDCF0\uDC80\uDC80\uDCAF");
        // a UTF-16 surrogate written in UTF-8, and a code point above U+10FFFF
        assertThat(GoBytes.decode(bytes(0xED, 0xA0, 0x80))).isEqualTo("\uDCED\uDCA0\uDC80");
        assertThat(GoBytes.decode(bytes(0xF4, 0x90, 0x80, 0x80))).isEqualTo("\uDCF4\uDC90\uDC80\uDC80");
        // truncated: at the end, and followed by ASCII
        assertThat(GoBytes.decode(bytes('a', 0xE2, 0x82))).isEqualTo("a\uDCE2\uDC82");
        assertThat(GoBytes.decode(bytes(0xE2, 0x82, 'A'))).isEqualTo("\uDCE2\uDC82A");
        assertThat(GoBytes.decode(bytes(0xF0, 0x9F, 0x98))).isEqualTo("\uDCF0\uDC9F\uDC98");
        // a lone continuation byte, bytes that never start a sequence, Latin-1 text
        assertThat(GoBytes.decode(bytes(0x80))).isEqualTo("\uDC80");
        assertThat(GoBytes.decode(bytes(0xF5, 0xFE, 0xFF))).isEqualTo("\uDCF5\uDCFE\uDCFF");
        assertThat(GoBytes.decode("café".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("caf\uDCE9");
        // the smallest valid forms right next to them stay characters
        assertThat(GoBytes.decode(bytes(0xC2, 0x80))).isEqualTo("\u0080");
        assertThat(GoBytes.decode(bytes(0xE0, 0xA0, 0x80))).isEqualTo("\u0800");
        assertThat(GoBytes.decode(bytes(0xF4, 0x8F, 0xBF, 0xBF))).isEqualTo(new String(Character.toChars(0x10FFFF)));
    }

    @Test
    void aRawByteCountsAsOneByteAndIsRawUntilMadeValid() {
        String s = GoBytes.decode(bytes('a', 0xFF, 0xE9));

        assertThat(GoBytes.byteLength(s)).isEqualTo(3);
        assertThat(GoBytes.byteLength(s, 1, 2)).isEqualTo(1);
        assertThat(GoBytes.hasRawBytes(s)).isTrue();
        assertThat(GoBytes.toValidUtf8(s)).isEqualTo("a\uFFFD\uFFFD");
        assertThat(GoBytes.isRawByte(s.charAt(2))).isTrue();
        assertThat(GoBytes.rawByteValue(s.charAt(2))).isEqualTo(0xE9);
        assertThat(GoBytes.rawByte(0xE9)).isEqualTo(s.charAt(2));
    }

    @Test
    void theSecondHalfOfACharacterAboveU_FFFFIsNeverARawByteThoughItSharesTheirRange() {
        // 💀 U+1F480 is D83D DC80 and 📦 U+1F4E6 is D83D DCE6: their low halves lie in U+DC80..U+DCFF
        for (String s : new String[] {"💀", "a📦", "📦\udce9"}) {
            assertThat(GoBytes.isRawByteAt(s, s.length() - (s.endsWith("\udce9") ? 2 : 1))).as(s).isFalse();
        }
        assertThat(GoBytes.hasRawBytes("💀 and 📦")).isFalse();
        assertThat(GoBytes.hasRawBytes("📦\udce9")).isTrue();
        assertThat(GoBytes.isRawByteAt("📦\udce9", 2)).isTrue();
        assertThat(GoBytes.encode("💀")).isEqualTo(bytes(0xF0, 0x9F, 0x92, 0x80));
    }

    @Test
    void aLoneSurrogateThatStandsForNoByteIsEncodedAsU_FFFD() {
        assertThat(GoBytes.encode("a\uD800b\uDC00")).isEqualTo("a\uFFFDb\uFFFD".getBytes(StandardCharsets.UTF_8));
        assertThat(GoBytes.toValidUtf8("a\uD800😀")).isEqualTo("a\uFFFD😀");
    }

    @Test
    void stringsCompareByTheirBytesAsGoComparesThem() {
        // Java orders U+FFFF after the surrogate pair of U+1F600; in UTF-8 (EF.. vs F0..) it comes first.
        assertThat(GoBytes.compare("\uFFFF", "😀")).isNegative();
        assertThat("\uFFFF".compareTo("😀")).isPositive();
        // a raw byte 0x80 sorts before "é" (C3 A9), 0xFF after it
        assertThat(GoBytes.compare("\uDC80", "é")).isNegative();
        assertThat(GoBytes.compare("\uDCFF", "é")).isPositive();
        assertThat(GoBytes.compare("ab", "abc")).isNegative();
        assertThat(GoBytes.compare("b", "abc")).isPositive();
        assertThat(GoBytes.compare("same", "same")).isZero();
    }

    @Test
    void aCharacterCutByByteOffsetsAndJoinedAgainEqualsTheCharacter() {
        byte[] e = "é".getBytes(StandardCharsets.UTF_8);
        String joined = GoBytes.decode(e, 0, 1) + GoBytes.decode(e, 1, 1);

        assertThat(joined).isEqualTo("\uDCC3\uDCA9");
        assertThat(GoBytes.equal(joined, "é")).isTrue();
        assertThat(GoBytes.equal("\uDCC3", "é")).isFalse();
        assertThat(GoBytes.compare(joined, "é")).isZero();
    }

    @Test
    void decodingAgreesWithAStrictDecoderTriedAtEachByteOnRandomBytes() {
        Random random = new Random(383);
        for (int round = 0; round < 2000; round++) {
            byte[] data = new byte[random.nextInt(40)];
            for (int i = 0; i < data.length; i++) {
                // mostly bytes of multi-byte sequences, where the rules are
                data[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            String decoded = GoBytes.decode(data);

            assertThat(decoded).isEqualTo(reference(data));
            assertThat(GoBytes.encode(decoded)).isEqualTo(data);
            assertThat(GoBytes.byteLength(decoded)).isEqualTo(data.length);
        }
    }

    /** At each byte, the shortest slice a strict JDK decoder accepts is one character; no such slice: a raw byte. */
    private static String reference(byte[] data) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        next:
        while (i < data.length) {
            for (int width = 1; width <= 4 && i + width <= data.length; width++) {
                try {
                    String one = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(data, i, width)).toString();
                    out.append(one);
                    i += width;
                    continue next;
                } catch (CharacterCodingException e) {
                    // not a whole character yet
                }
            }
            out.append((char) (0xDC00 | data[i] & 0xFF));
            i++;
        }
        return out.toString();
    }
}
