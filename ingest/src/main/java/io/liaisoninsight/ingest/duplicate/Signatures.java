package io.liaisoninsight.ingest.duplicate;

import java.nio.ByteBuffer;
import java.util.Base64;

/** MinHash signatures as stored in the duplicate-roots binary field: base64 of big-endian ints. */
final class Signatures {
    private Signatures() {
    }

    static String encode(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int value : signature) {
            buffer.putInt(value);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    static int[] decode(String base64) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        int[] signature = new int[buffer.remaining() / Integer.BYTES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }
}
