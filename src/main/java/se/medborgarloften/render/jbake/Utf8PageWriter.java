package se.medborgarloften.render.jbake;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects a rendered page as UTF-8 bytes while the template writes it.
 *
 * <p>Rendering into a {@link java.io.StringWriter} and encoding the string afterwards went over every page
 * three times (a synchronized buffer, a copy, an encoding), and slowly: one en dash in a title turns the
 * whole page into a two-byte string.
 * Malformed surrogates become '?', as {@link String#getBytes} makes them, so the bytes are
 * the same as before.
 */
final class Utf8PageWriter extends Writer {

    private byte[] bytes;
    private int length;
    /** Text is copied here before encoding: reading an array is cheaper than reading a string char by char. */
    private final char[] chars = new char[1024];
    /** A high surrogate whose low half has not been written yet. */
    private char pendingHigh;

    Utf8PageWriter(int initialCapacity) {
        bytes = new byte[initialCapacity];
    }

    @Override
    public void write(int c) {
        char[] one = {(char) c};
        write(one, 0, 1);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int count) {
        if (offset == 0 && count == text.length() && pendingHigh == 0
                && (count == 0 || !Character.isHighSurrogate(text.charAt(count - 1)))) {
            // The template's own text, mostly: the JDK encodes a string held as Latin-1 by copying its bytes
            // when they are ASCII, where the loop below takes every char one by one. Surrogates come out
            // the same either way ('?' for a lone one); a pair split between two writes is left to the loop.
            append(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        encode(text, offset, count, false);
    }

    @Override
    public void write(char[] text, int offset, int count) {
        encode(text, offset, count, false);
    }

    /** Writes text escaped for HTML as Freemarker's HTML output format escapes it, in the same pass as encoding. */
    void writeEscaped(String text) {
        int count = text.length();
        if (pendingHigh != 0 || count > 0 && Character.isHighSurrogate(text.charAt(count - 1))) {
            // Half a surrogate pair before it or at its end: the char loop joins it with its other half.
            encode(text, 0, count, true);
            return;
        }
        // A value as most are, a short Latin-1 string: the JDK copies its bytes when they are ASCII, and the
        // characters to escape are ASCII, so they are found among the bytes, which no multi-byte UTF-8
        // sequence contains. Encoding char by char after copying the chars out was a twentieth of rendering.
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensureRoom(utf8.length * 6);
        byte[] out = bytes;
        int at = length;
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b <= '>' && b >= '"' && isMarkup((char) b)) {
                System.arraycopy(utf8, run, out, at, i - run);
                at = entity(out, at + i - run, (char) b);
                run = i + 1;
            }
        }
        System.arraycopy(utf8, run, out, at, utf8.length - run);
        length = at + utf8.length - run;
    }

    private void encode(String text, int offset, int count, boolean escape) {
        int done = 0;
        while (done < count) {
            int n = Math.min(chars.length, count - done);
            text.getChars(offset + done, offset + done + n, chars, 0);
            encode(chars, 0, n, escape);
            done += n;
        }
    }

    private void encode(char[] text, int offset, int count, boolean escape) {
        // At most six bytes per char (an escaped apostrophe); a surrogate pair is two chars and four bytes.
        ensureRoom(count * (escape ? 6 : 3) + 3);
        byte[] out = bytes;
        int at = length;
        int i = offset;
        int end = offset + count;
        if (pendingHigh != 0 && i < end) {
            at = pair(out, at, pendingHigh, text[i]);
            if (Character.isLowSurrogate(text[i])) {
                i++;
            }
            pendingHigh = 0;
        }
        while (i < end) {
            char c = text[i++];
            if (c < 0x80) {
                if (escape && c <= '>' && isMarkup(c)) {
                    at = entity(out, at, c);
                } else {
                    out[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i == end) {
                    pendingHigh = c;
                } else {
                    at = pair(out, at, c, text[i]);
                    if (Character.isLowSurrogate(text[i])) {
                        i++;
                    }
                }
            } else if (Character.isLowSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = at;
    }

    private static boolean isMarkup(char c) {
        return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
    }

    private static int entity(byte[] out, int at, char c) {
        String entity = switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> "&#39;";
        };
        for (int k = 0; k < entity.length(); k++) {
            out[at++] = (byte) entity.charAt(k);
        }
        return at;
    }

    /** Writes a high surrogate and what follows it: four bytes for a pair, '?' for a lone high surrogate. */
    private static int pair(byte[] out, int at, char high, char next) {
        if (!Character.isLowSurrogate(next)) {
            out[at++] = '?';
            return at;
        }
        int codePoint = Character.toCodePoint(high, next);
        out[at++] = (byte) (0xF0 | (codePoint >> 18));
        out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (codePoint & 0x3F));
        return at;
    }

    private void ensureRoom(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private void append(byte[] utf8) {
        ensureRoom(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    /** Empties the writer for the next page, keeping its buffer. */
    void clear() {
        length = 0;
        pendingHigh = 0;
    }

    /** The page's bytes; a high surrogate left at the end becomes '?'. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            ensureRoom(1);
            bytes[length++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
