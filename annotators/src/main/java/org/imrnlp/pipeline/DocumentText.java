package org.imrnlp.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a document's text from a file: {@code .pdf} through PDFBox (pages in order, the text
 * PDFBox extracts), anything else as strict UTF-8 text (a byte-order mark is dropped). Refuses,
 * with an {@link UnreadableDocumentException} naming the file, what is missing, empty, binary,
 * not UTF-8, encrypted or not a readable PDF.
 */
public final class DocumentText {

    /** Files larger than this are refused (a letter is a few kilobytes). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private DocumentText() {
    }

    /** Whether {@code file} is read as a PDF. */
    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The text of {@code file}. */
    public static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(file + ": not a regular file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableDocumentException(file + ": empty file");
        }
        if (size > MAX_BYTES) {
            throw new UnreadableDocumentException(file + ": " + size + " bytes, more than the limit of "
                    + MAX_BYTES);
        }
        String text = isPdf(file) ? readPdf(file) : readUtf8(file, Files.readAllBytes(file));
        if (text.isBlank()) {
            throw new UnreadableDocumentException(file + ": no text" + (isPdf(file) ? " in the PDF (scanned?)" : ""));
        }
        return text;
    }

    private static String readUtf8(Path file, byte[] bytes) throws UnreadableDocumentException {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocumentException(file + ": binary file (contains NUL bytes)");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100 + 4) {
            throw new UnreadableDocumentException(file + ": binary file (control characters)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(file + ": not UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)");
        }
    }

    private static String readPdf(Path file) throws UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file + ": encrypted PDF", e);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableDocumentException(file + ": not a readable PDF: " + reason, e);
        }
    }
}
