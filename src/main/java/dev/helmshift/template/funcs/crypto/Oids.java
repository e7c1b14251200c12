package dev.helmshift.template.funcs.crypto;

/** The object identifiers that keys and certificates here use. */
final class Oids {
    private Oids() {
    }

    static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";
    static final String ED25519 = "1.3.101.112";
    static final String COMMON_NAME = "2.5.4.3";
    static final String SUBJECT_KEY_ID = "2.5.29.14";
    static final String KEY_USAGE = "2.5.29.15";
    static final String SUBJECT_ALT_NAME = "2.5.29.17";
    static final String BASIC_CONSTRAINTS = "2.5.29.19";
    static final String AUTHORITY_KEY_ID = "2.5.29.35";
    static final String EXT_KEY_USAGE = "2.5.29.37";
    static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
}
