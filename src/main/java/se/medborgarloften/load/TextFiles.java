package se.medborgarloften.load;

import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.diagnostics.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files as people save them, and says plainly when they are not UTF-8. */
final class TextFiles {

    /** Far above any real content file; a larger file is a mistake (a pasted export, a binary) and would slow every build. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private TextFiles() {
    }

    static String readUtf8(Path file, String displayPath) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ContentException(Diagnostic.error(displayPath, 0, 0, "",
                        Text.of("load.tooLarge", Files.size(file) / 1024, MAX_BYTES / 1024), Text.of("load.tooLarge.hint")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Diagnostic.error(displayPath, 0, 0, "", Text.of("load.unreadable", e.getMessage()),
                    Text.of("load.unreadable.hint")));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new ContentException(Diagnostic.error(displayPath, 1, 1, "", Text.of("load.bom"), Text.of("load.bom.hint")));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8Offset(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            SourcePosition at = SourcePosition.ofOffset(before, before.length());
            throw new ContentException(Diagnostic.error(displayPath, at.line(), at.column(), "", Text.of("load.notUtf8"),
                    Text.of("load.notUtf8.hint")));
        }
    }

    private static int firstInvalidUtf8Offset(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
