package org.cbeckg.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as text, strictly: UTF-8 or a rejection that says where it stops being UTF-8 (byte offset, line,
 * the bytes there), since "Input length = 1" leaves a user to bisect the file by hand. A NUL byte near the start
 * marks a binary file. A leading byte-order mark is dropped.
 */
final class Utf8Decoding {

    /** How far into the file a NUL byte means binary rather than a stray character in text. */
    static final int BINARY_PROBE = 8192;

    private Utf8Decoding() {
    }

    static String decode(String fileName, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new ArticleFormatException(fileName, "binary file (NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new ArticleFormatException(fileName, notUtf8(bytes, in.position(), r.length()));
        }
        decoder.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Whether the bytes from {@code offset} to the end start a multi-byte character that the file cuts short. */
    private static boolean cutOffAtEnd(byte[] bytes, int offset) {
        int lead = bytes[offset] & 0xFF;
        int needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
        if (needed == 0 || bytes.length - offset >= needed) {
            return false;
        }
        for (int i = offset + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** "not UTF-8 text: byte 0xD6 at offset 17 (line 3) does not start or continue a UTF-8 character". */
    private static String notUtf8(byte[] bytes, int offset, int length) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        StringBuilder hex = new StringBuilder();
        int shown = cutOffAtEnd(bytes, offset) ? bytes.length - offset : Math.max(1, length);
        for (int i = offset; i < Math.min(bytes.length, offset + shown); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        String what = cutOffAtEnd(bytes, offset) ? "a UTF-8 character cut off at the end"
                : "bytes that do not form a UTF-8 character";
        return "not UTF-8 text: " + what + " at byte offset " + offset + " (line " + line + "): " + hex
                + " (save the file as UTF-8)";
    }
}
