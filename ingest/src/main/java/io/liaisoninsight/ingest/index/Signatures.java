package io.liaisoninsight.ingest.index;

import java.nio.ByteBuffer;
import java.util.Base64;

/** MinHash signatures as stored in the mapping's binary field: base64 of big-endian ints. */
public final class Signatures {
    private Signatures() {
    }

    public static String encode(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int value : signature) {
            buffer.putInt(value);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static int[] decode(String base64) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        int[] signature = new int[buffer.remaining() / Integer.BYTES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }
}
