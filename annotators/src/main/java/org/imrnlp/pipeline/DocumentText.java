package org.imrnlp.pipeline;

import java.io.IOException;
import java.io.InputStream;
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
 * PDFBox extracts), anything else as strict UTF-8 text. A UTF-8 byte-order mark is dropped, so
 * offsets index the text after it (as Python's {@code utf-8-sig} and editors show it; a reader
 * that keeps the mark must add one). Refuses, with an {@link UnreadableDocumentException} naming
 * the file, what is missing, empty, binary, UTF-16, not UTF-8, encrypted, not a readable PDF, or
 * longer than the character limit.
 */
public final class DocumentText {

    /** Files larger than this are refused (a letter is a few kilobytes). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * The default limit on a document's text, in characters after extraction (PDF included): ten
     * million, about 20 s of annotation and well inside a default heap. A PDF whose text would be
     * longer is refused as soon as its extraction passes the limit, before its text is held.
     */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;

    private DocumentText() {
    }

    /** Whether {@code file} is a document to annotate: a {@code .txt} or {@code .pdf} file that is not hidden. */
    public static boolean isDocument(Path file) {
        return isDocument(file.getFileName().toString());
    }

    /**
     * Whether the file of this name (a path or URI whose last part is the file name) is a
     * document to annotate: {@code .txt} or {@code .pdf}, not hidden.
     */
    public static boolean isDocument(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return (fileName.endsWith(".txt") || fileName.endsWith(".pdf")) && !fileName.startsWith(".");
    }

    /** Whether {@code file} is read as a PDF. */
    public static boolean isPdf(Path file) {
        return isPdf(file.getFileName().toString());
    }

    /** Whether the file of this name is read as a PDF. */
    private static boolean isPdf(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The text of {@code file}, at most {@link #DEFAULT_MAX_CHARS} characters. */
    public static String read(Path file) throws IOException {
        return read(file, DEFAULT_MAX_CHARS);
    }

    /** The text of {@code file}; a text of more than {@code maxChars} characters is refused. */
    public static String read(Path file, int maxChars) throws IOException {
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
        String name = file.toString();
        String text = isPdf(file) ? readPdf(name, () -> Loader.loadPDF(file.toFile()), maxChars)
                : readUtf8(name, Files.readAllBytes(file));
        return checked(name, text, maxChars);
    }

    /**
     * The text of a document held in memory, as a cluster or archive reader hands it over:
     * {@code name} is its file name or path (a {@code .pdf} name is read as a PDF, any other as
     * UTF-8 text) and labels the errors, which are those of {@link #read(Path, int)}.
     */
    public static String read(String name, byte[] bytes, int maxChars) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + ": empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocumentException(name + ": " + bytes.length + " bytes, more than the limit of "
                    + MAX_BYTES);
        }
        String text = isPdf(name) ? readPdf(name, () -> Loader.loadPDF(bytes), maxChars) : readUtf8(name, bytes);
        return checked(name, text, maxChars);
    }

    /**
     * The text of a stream such as standard input, read to its end as strict UTF-8 (PDF is not
     * read from a stream); {@code name} labels it in error messages. Refused like a file: empty,
     * binary, UTF-16, not UTF-8, more than {@link #MAX_BYTES} bytes or {@code maxChars} characters.
     */
    public static String read(String name, InputStream in, int maxChars) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + ": empty input");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocumentException(name + ": more than the limit of " + MAX_BYTES + " bytes");
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            throw new UnreadableDocumentException(name + ": a PDF (give its file name instead)");
        }
        return checked(name, readUtf8(name, bytes), maxChars);
    }

    /** {@code text}, unless it is longer than the limit or blank. */
    private static String checked(String name, String text, int maxChars) throws UnreadableDocumentException {
        if (text.length() > maxChars) {
            throw new UnreadableDocumentException(tooLong(name, text.length(), maxChars));
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name + ": no text" + (isPdf(name) ? " in the PDF (scanned?)" : ""));
        }
        return text;
    }

    private static String readUtf8(String file, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xfe && bytes[1] == (byte) 0xff
                || bytes[0] == (byte) 0xff && bytes[1] == (byte) 0xfe)) {
            throw new UnreadableDocumentException(file + ": UTF-16 text (convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8)");
        }
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

    /** The message for a text longer than the limit. */
    static String tooLong(String what, long chars, int maxChars) {
        return String.format(Locale.ROOT, "%s: more than the limit of %,d characters of text (%s)", what, maxChars,
                chars > maxChars ? String.format(Locale.ROOT, "%,d", chars) : "extraction stopped");
    }

    /** Opens a PDF from wherever it is held. */
    private interface PdfSource {
        PDDocument open() throws IOException;
    }

    private static String readPdf(String file, PdfSource source, int maxChars) throws UnreadableDocumentException {
        try (PDDocument pdf = source.open()) {
            PDFTextStripper stripper = new BoundedTextStripper(maxChars);
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        } catch (BoundedTextStripper.LimitExceeded e) {
            throw new UnreadableDocumentException(e.getMessage() == null ? tooLong(file, -1, maxChars)
                    : file + ": " + e.getMessage());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file + ": encrypted PDF", e);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableDocumentException(file + ": not a readable PDF: " + reason, e);
        }
    }

    /**
     * The most characters one PDF page may give: a printed page holds a few thousand. PDFBox keeps
     * a page's text positions (a few hundred bytes each) until the page is done, so this bounds
     * the memory a small PDF that expands to megabytes of text on one page can take.
     */
    public static final int MAX_PDF_PAGE_CHARS = 200_000;

    /**
     * A text stripper that stops once a document has given more than a number of characters, or
     * a page more than {@link #MAX_PDF_PAGE_CHARS}, counted as PDFBox hands them over, so that a
     * small PDF expanding to hundreds of megabytes of text is refused before its text positions
     * fill the heap.
     */
    private static final class BoundedTextStripper extends PDFTextStripper {

        /** Thrown through PDFBox (an {@link IOException}, which it passes on) at the limit. */
        static final class LimitExceeded extends IOException {
            private static final long serialVersionUID = 1L;

            LimitExceeded(String message) {
                super(message);
            }
        }

        private final int maxChars;
        private long chars;
        private long pageChars;

        BoundedTextStripper(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            pageChars = 0;
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            int n = text.getUnicode() == null ? 0 : text.getUnicode().length();
            chars += n;
            pageChars += n;
            if (chars > maxChars || pageChars > MAX_PDF_PAGE_CHARS) {
                throw new java.io.UncheckedIOException(new LimitExceeded(chars > maxChars ? null
                        : String.format(Locale.ROOT, "a page with more than %,d characters of text (the limit of a page)",
                        MAX_PDF_PAGE_CHARS)));
            }
            super.processTextPosition(text);
        }

        @Override
        public String getText(PDDocument document) throws IOException {
            try {
                return super.getText(document);
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof LimitExceeded limit) {
                    throw limit;
                }
                throw e;
            }
        }
    }
}
