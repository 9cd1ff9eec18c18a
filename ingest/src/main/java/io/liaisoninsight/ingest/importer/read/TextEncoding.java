package io.liaisoninsight.ingest.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file and the length of its byte-order mark. Chinese Excel saves "CSV" as GBK
 * without a mark, "CSV UTF-8" with one, and "Unicode text" as UTF-16LE with one. Without a mark a sample
 * that decodes as UTF-8 is taken as UTF-8 (GBK text is almost never valid UTF-8), otherwise GB18030,
 * which reads all of GBK. A wrong guess further into the file is caught by the strict decoder the
 * readers use, and the operator is told to pass {@code --encoding}.
 *
 * @param how in words, for the import summary: "BOM", "自动识别" or "指定"
 */
public record TextEncoding(Charset charset, int bomLength, String how) {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE_BYTES = 1 << 20;

    public static TextEncoding detect(Path file) throws IOException {
        byte[] sample = sample(file);
        TextEncoding bom = byteOrderMark(sample);
        if (bom != null) {
            return bom;
        }
        return validUtf8(sample) ? new TextEncoding(StandardCharsets.UTF_8, 0, "自动识别")
                : new TextEncoding(GB18030, 0, "自动识别");
    }

    /** The given encoding; a UTF byte-order mark of that encoding is still skipped. */
    public static TextEncoding given(Path file, Charset charset) throws IOException {
        TextEncoding bom = byteOrderMark(sample(file));
        boolean sameFamily = bom != null && (bom.charset.equals(charset)
                || charset.name().equals("UTF-16") && bom.charset.name().startsWith("UTF-16"));
        return new TextEncoding(sameFamily ? bom.charset : charset, sameFamily ? bom.bomLength : 0, "指定");
    }

    /** A decoder that fails on bytes the encoding cannot hold, instead of silently putting in U+FFFD. */
    public CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The file's bytes after the byte-order mark. */
    public InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        return in;
    }

    @Override
    public String toString() {
        return charset.name() + " (" + how + ")";
    }

    private static byte[] sample(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    private static TextEncoding byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, "BOM");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, "BOM");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, "BOM");
        }
        return null;
    }

    private static boolean validUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        // endOfInput=false: a character cut by the end of the sample is underflow, not an error.
        return !decoder.decode(ByteBuffer.wrap(sample), out, false).isError();
    }
}
