package io.liaisoninsight.ingest.enrich.identity;

import io.liaisoninsight.ingest.enrich.Enrichment.IdentityKey;
import io.liaisoninsight.ingest.record.Complainant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Identity keys of complainants: HMAC-SHA256 (hex) of their normalised identifiers under a secret,
 * so records of one person can be linked and looked up without storing or indexing ID numbers and
 * phone numbers in a searchable form. Without the secret a key cannot be reversed by hashing every
 * possible ID number (which a plain hash would allow: the space is small). Rotating the secret
 * changes every key, so it requires re-enriching the stored records.
 *
 * <p>Each key hashes its type with the value ({@code PHONE:13809311234}), so an ID number and a phone
 * with the same digits never collide. Values are canonicalised here as well (white space removed,
 * full-width folded, ID check letter upper-cased) so a looked-up value and an ingested one agree even
 * if one side skipped a normalisation step. Thread-safe: each call uses its own clone of the
 * initialised MAC.
 */
public final class IdentityKeys {

    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String PHONE = "PHONE";
    public static final String NAME_TOWNSHIP = "NAME_TOWNSHIP";
    /** The identifier belongs to one person: a match links records. */
    public static final String STRONG = "STRONG";
    /** Namesakes exist: a match proposes a link for an analyst to confirm. */
    public static final String PROBABLE = "PROBABLE";

    /** 128 bits: shorter secrets are a configuration mistake, not a choice. */
    public static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final char SEPARATOR = '\u001F';

    private final Mac prototype;

    public IdentityKeys(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("identity secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** Keys of every complainant of a petition, in complainant order; identifiers that are absent give none. */
    public List<IdentityKey> keysFor(List<Complainant> complainants, String township) {
        List<IdentityKey> keys = new ArrayList<>();
        for (int i = 0; i < complainants.size(); i++) {
            Complainant complainant = complainants.get(i);
            if (present(complainant.idNumber())) {
                keys.add(new IdentityKey(ID_NUMBER, keyForIdNumber(complainant.idNumber()), STRONG, i));
            }
            if (present(complainant.phone())) {
                keys.add(new IdentityKey(PHONE, keyForPhone(complainant.phone()), STRONG, i));
            }
            if (present(complainant.name()) && present(township)) {
                keys.add(new IdentityKey(NAME_TOWNSHIP, keyForNameAndTownship(complainant.name(), township), PROBABLE, i));
            }
        }
        return List.copyOf(keys);
    }

    /** The key an analyst's search for this (normalised, 18-char) ID number must look for. */
    public String keyForIdNumber(String idNumber) {
        return hmac(ID_NUMBER, canonical(idNumber).toUpperCase(Locale.ROOT));
    }

    /** The key a search for this normalised phone number (13809311234, 0931-8123456) must look for. */
    public String keyForPhone(String phone) {
        return hmac(PHONE, canonical(phone));
    }

    public String keyForNameAndTownship(String name, String township) {
        return hmac(NAME_TOWNSHIP, canonicalName(name) + SEPARATOR + canonical(township));
    }

    private String hmac(String type, String value) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(ALGORITHM + " MAC cannot be cloned", e);
        }
        mac.update(type.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** White space removed, full-width ASCII to half-width. */
    static String canonical(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** As {@link #canonical}, and the middle dots of minority names (·•‧・) made one. */
    static String canonicalName(String name) {
        return canonical(name).replace('•', '·').replace('‧', '·').replace('・', '·');
    }
}
