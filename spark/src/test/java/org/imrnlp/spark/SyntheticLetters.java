package org.imrnlp.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small folder of made-up IMR letters and a clinical note, written for these tests (no real
 * text), with a PDF and files that cannot be read: what an archive folder holds.
 */
final class SyntheticLetters {

    static final String LETTER_1 = """
            IMR CASE NUMBER: CM17-0100001     Date of Injury: 04/22/2012
            HOW THE IMR FINAL DETERMINATION WAS MADE
            The expert reviewer is Board Certified in Anesthesiology and is licensed to practice in California.

            CLINICAL CASE SUMMARY
            The patient is a 47-year-old male who injured his lower back on 04/22/2012 while unloading a truck.
            He reports low back pain rated 6/10 radiating to the right leg. He denies numbness or weakness.
            Current medications include Norco 10/325 mg one tablet every 6 hours as needed #120 and
            Flexeril 10 mg at bedtime. Examination showed tenderness over the lumbar paraspinal muscles
            and a positive straight leg raise on the right. The utilization review dated 11/03/2016
            non-certified the request.

            IMR ISSUES, DECISIONS AND RATIONALES
            1. Norco 10/325mg #120 is not medically necessary and appropriate.
            """;

    static final String LETTER_2 = """
            HOW THE IMR FINAL DETERMINATION WAS MADE
            The expert reviewer is Board Certified in Physical Medicine and Rehabilitation.

            CLINICAL CASE SUMMARY
            The patient is a 35-year-old female with a date of injury of 09/09/2014. She has chronic neck pain
            with headaches and a diagnosis of cervical radiculopathy. She has no history of diabetes.
            She takes gabapentin 300 mg three times a day and ibuprofen 800 mg twice daily. Her mother has
            a history of breast cancer. The treating physician requested eight sessions of physical therapy
            for the cervical spine.

            IMR ISSUES, DECISIONS AND RATIONALES
            1. Physical therapy for the cervical spine, 8 sessions is medically necessary and appropriate.
            """;

    /** Printed into the PDF, one line per line. */
    static final List<String> PDF_LINES = List.of(
            "CLINICAL CASE SUMMARY",
            "The patient is a 60-year-old male with a date of injury of 01/15/2010.",
            "He has bilateral knee pain, worse on the left, and takes tramadol 50 mg twice a day.",
            "He denies fever. A left knee arthroscopy was performed on 06/02/2011.",
            "IMR ISSUES, DECISIONS AND RATIONALES",
            "1. Tramadol 50mg #60 is not medically necessary and appropriate.");

    static final String NOTE = "HISTORY OF PRESENT ILLNESS:, The patient is a 29-year-old woman seen for follow-up of "
            + "migraine headaches. She has been taking sumatriptan 50 mg as needed. She denies nausea or vomiting. "
            + "PHYSICAL EXAMINATION:, Neck is supple. ASSESSMENT:, Migraine without aura.";

    /** The ids of the documents {@link #write} makes that can be read, relative to the folder. */
    static final List<String> READABLE = List.of("CM17-0100001.txt", "CM17-0100002.txt", "pdf/CM17-0100003.pdf",
            "notes/note-1.txt");

    /** The ids of those that cannot, and the start of their errors. */
    static final List<List<String>> UNREADABLE = List.of(
            List.of("bad/latin1.txt", "bad/latin1.txt: not UTF-8 text"),
            List.of("bad/empty.txt", "bad/empty.txt: empty file"),
            List.of("bad/broken.pdf", "bad/broken.pdf: not a readable PDF"));

    private SyntheticLetters() {
    }

    /** Writes the folder's files; also a README.md and a hidden draft that are not documents. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("pdf"));
        Files.createDirectories(folder.resolve("notes"));
        Files.createDirectories(folder.resolve("bad"));
        Files.writeString(folder.resolve("CM17-0100001.txt"), LETTER_1, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("CM17-0100002.txt"), LETTER_2, StandardCharsets.UTF_8);
        writePdf(folder.resolve("pdf/CM17-0100003.pdf"), PDF_LINES);
        Files.writeString(folder.resolve("notes/note-1.txt"), NOTE, StandardCharsets.UTF_8);
        Files.write(folder.resolve("bad/latin1.txt"), "Patient seen in caf\u00e9 after a fall.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("bad/empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("bad/broken.pdf"), "%PDF-1.7 truncated before its first object", StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("README.md"), "Letters received in November.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".draft.txt"), "The patient denies pain.", StandardCharsets.UTF_8);
        return folder;
    }

    private static void writePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(50, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(file.toFile());
        }
    }
}
