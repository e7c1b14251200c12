package dev.helmshift.template.funcs.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The primitives under Sprig's crypto functions, against published test vectors and the JDK. */
class CryptoPrimitivesTest {

    @Test
    void blowfishStartsFromTheDigitsOfPi() {
        assertThat(PiWords.word(0)).isEqualTo(0x243F6A88);
        assertThat(PiWords.word(1)).isEqualTo(0x85A308D3);
        assertThat(PiWords.word(17)).isEqualTo(0x8979FB1B);
        assertThat(PiWords.word(18)).isEqualTo(0xD1310BA6);
        assertThat(PiWords.word(PiWords.COUNT - 1)).isEqualTo(0x3AC372E6);
    }

    @Test
    void scryptMatchesRfc7914() {
        assertThat(HexFormat.of().formatHex(Scrypt.key(new byte[0], new byte[0], 16, 1, 1, 64))).isEqualTo(
                "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
        assertThat(HexFormat.of().formatHex(Scrypt.key(bytes("password"), bytes("NaCl"), 1024, 8, 16, 64)))
                .isEqualTo("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    }

    @Test
    void bcryptKeepsTheSaltAndCostItIsGiven() throws Exception {
        byte[] salt = new byte[16];
        String hash = Bcrypt.hash(bytes("U*U"), 4, salt);
        assertThat(hash).startsWith("$2a$04$......................").hasSize(60);
        assertThat(Bcrypt.matches(bytes("U*U"), hash)).isTrue();
        assertThat(Bcrypt.matches(bytes("U*V"), hash)).isFalse();
        assertThat(Bcrypt.encode(Bcrypt.decode("LvyjeDbk0W2/EyTqNO50Vu", 16))).isEqualTo("LvyjeDbk0W2/EyTqNO50Vu");
    }

    @Test
    void ed25519PublicKeysAreTheJdksForTheSameSeed() throws Exception {
        for (int i = 0; i < 5; i++) {
            GoKey.Ed25519 key = (GoKey.Ed25519) GoKeys.generate("ed25519");
            byte[] seed = ((EdECPrivateKey) key.signingKey()).getBytes().orElseThrow();
            assertThat(Ed25519Points.publicKey(seed)).isEqualTo(key.publicKey());
        }
    }

    @Test
    void ecPublicPointsAreTheJdksForTheSameScalar() throws Exception {
        for (EcCurve curve : EcCurve.values()) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve.jdkName));
            KeyPair pair = generator.generateKeyPair();
            assertThat(EcPoints.publicPoint(curve.params(), ((ECPrivateKey) pair.getPrivate()).getS()))
                    .as(curve.name()).isEqualTo(((ECPublicKey) pair.getPublic()).getW());
        }
    }

    @Test
    void keysReadBackFromTheirPemWriteTheSamePem() throws Exception {
        for (String type : new String[]{"ecdsa", "ed25519"}) {
            GoKey key = GoKeys.generate(type);
            GoKey read = GoKeys.parsePem(key.pem());
            assertThat(read.pem()).isEqualTo(key.pem());
            assertThat(read.subjectPublicKeyInfo()).isEqualTo(key.subjectPublicKeyInfo());
        }
        GoKey rsa = GoKeys.rsa(2048);
        assertThat(GoKeys.parsePem(rsa.pem()).pem()).isEqualTo(rsa.pem());
    }

    @Test
    void pemDecodingSkipsTextHeadersAndBrokenBlocksAsGoDoes() {
        String body = "-----BEGIN X-----\nAQID\n-----END X-----\n";
        assertThat(Pem.decode("text before\n" + body).bytes()).containsExactly(1, 2, 3);
        assertThat(Pem.decode("-----BEGIN X-----\r\nProc-Type: 4,ENCRYPTED\r\n\r\nAQID\r\n-----END X-----\r\n").bytes())
                .containsExactly(1, 2, 3);
        assertThat(Pem.decode("-----BEGIN X-----\n!!!!\n-----END X-----\n" + body).type()).isEqualTo("X");
        assertThat(Pem.decode("-----BEGIN X-----\nAQID\n-----END Y-----\n")).isNull();
        assertThat(Pem.decode("-----BEGIN X-----\nAQID\n-----END X----- trailing\n")).isNull();
        assertThat(Pem.decode("no block")).isNull();
        assertThat(Pem.encode("X", new byte[49])).isEqualTo("-----BEGIN X-----\n" + "A".repeat(64) + "\nAA==\n"
                + "-----END X-----\n");
    }

    @Test
    void derWritesGosStringTypesAndTimes() {
        assertThat(Der.goString("my-ca")[0]).isEqualTo((byte) 0x13);
        assertThat(Der.goString("*.x")[0]).isEqualTo((byte) 0x0C);
        assertThat(Der.goString("a&b")[0]).isEqualTo((byte) 0x0C);
        assertThat(Der.time(java.time.ZonedDateTime.parse("2049-12-31T23:59:59Z"))[0]).isEqualTo((byte) 0x17);
        assertThat(Der.time(java.time.ZonedDateTime.parse("2050-01-01T00:00:00Z"))[0]).isEqualTo((byte) 0x18);
        assertThat(Der.time(java.time.ZonedDateTime.parse("1949-12-31T23:59:59Z"))[0]).isEqualTo((byte) 0x18);
        assertThat(HexFormat.of().formatHex(Der.oid("1.2.840.113549.1.1.11"))).isEqualTo("06092a864886f70d01010b");
        assertThat(HexFormat.of().formatHex(Der.element(0x04, new byte[200])).substring(0, 6)).isEqualTo("0481c8");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
