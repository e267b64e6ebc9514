package org.imrnlp.annotators.imr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.imrnlp.core.ReviewerCredential;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewerCredentialAnnotatorTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    /** Cases with line breaks write them as a backslash and n. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The expert reviewer is Board Certified in Orthopaedic Surgery and is licensed to practice in California and Nevada. He/she has been in active practice."
                + " | [The expert reviewer is Board Certified in Orthopaedic Surgery and is licensed to practice in California and Nevada] Orthopaedic Surgery / null / California, Nevada",
        "The expert reviewer is Board Certified in Physical Medicine & Rehabilitation, has a subspecialty in Pain Medicine and is licensed to practice in New Jersey & New York."
                + " | [The expert reviewer is Board Certified in Physical Medicine & Rehabilitation, has a subspecialty in Pain Medicine and is licensed to practice in New Jersey & New York] Physical Medicine and Rehabilitation / Pain Medicine / New Jersey, New York",
        "The expert reviewer is Board Certified in Anesthesiology, has a subspecialty in Acupuncture and Pain Medicine and is licensed to practice in California."
                + " | [The expert reviewer is Board Certified in Anesthesiology, has a subspecialty in Acupuncture and Pain Medicine and is licensed to practice in California] Anesthesiology / Acupuncture, Pain Medicine / California",
        "The physician reviewer is Board Certified in Internal Medicine, has a subspecialty in Rheumatology and is licensed to practice in Texas, Oklahoma, and New Mexico."
                + " | [The physician reviewer is Board Certified in Internal Medicine, has a subspecialty in Rheumatology and is licensed to practice in Texas, Oklahoma, and New Mexico] Internal Medicine / Rheumatology / Texas, Oklahoma, New Mexico",
        "The expert reviewer is Board Certified in Aerospace Medicine and is licensed to practice in Ohio."
                + " | [The expert reviewer is Board Certified in Aerospace Medicine and is licensed to practice in Ohio] Aerospace Medicine / null / Ohio",
        "The Expert Reviewer has the following credentials:\\nState(s) of Licensure: New Jersey, Michigan, California\\nCertification(s)/Specialty: Neurology, Neuromuscular Medicine\\n"
                + " | [State(s) of Licensure: New Jersey, Michigan, California\\nCertification(s)/Specialty: Neurology, Neuromuscular Medicine] Neurology / Neuromuscular Medicine / New Jersey, Michigan, California",
        "The Expert Reviewer has the following credentials:\\nCertification(s)/Specialty: Orthopaedic Surgery\\nState(s) of Licensure: Oregon\\n"
                + " | [Certification(s)/Specialty: Orthopaedic Surgery\\nState(s) of Licensure: Oregon] Orthopaedic Surgery / null / Oregon",
        "The physician reviewer is Board Certified in Physical Medicine and Rehabilitation, has a subspecialty in Pain Medicine and is licensed to practice in California and Texas."
                + " | [The physician reviewer is Board Certified in Physical Medicine and Rehabilitation, has a subspecialty in Pain Medicine and is licensed to practice in California and Texas] Physical Medicine and Rehabilitation / Pain Medicine / California, Texas",
        "The expert reviewer is a Licensed Chiropractor and Acupuncturist and is licensed to practice in California."
                + " | [The expert reviewer is a Licensed Chiropractor and Acupuncturist and is licensed to practice in California] Chiropractic / Acupuncture / California",
        "The expert reviewer is a Licensed Psychologist and is licensed to practice in California."
                + " | [The expert reviewer is a Licensed Psychologist and is licensed to practice in California] Psychology / null / California",
        "The expert reviewer is Board Certified in Preventive Medicine, has a subspecialty in Occupational Medicine and is licensed to practice in California and Hawaii."
                + " | [The expert reviewer is Board Certified in Preventive Medicine, has a subspecialty in Occupational Medicine and is licensed to practice in California and Hawaii] Preventive Medicine / Occupational Medicine / California, Hawaii",
        "The expert reviewer is Board Certified in Emergency Medicine and is licensed to practice in Virginia and the District of Columbia."
                + " | [The expert reviewer is Board Certified in Emergency Medicine and is licensed to practice in Virginia and the District of Columbia] Emergency Medicine / null / Virginia, District of Columbia",
        "The Expert Reviewer has the following credentials:\\nState(s) of Licensure: California, Oregon\\nCertification(s)/Specialty: Orthopaedic Surgery, Sports Medicine\\n"
                + " | [State(s) of Licensure: California, Oregon\\nCertification(s)/Specialty: Orthopaedic Surgery, Sports Medicine] Orthopaedic Surgery / Sports Medicine / California, Oregon",
        "The expert reviewer is licensed to practice in California. | ''",
        "The expert reviewer was selected based on his/her clinical experience and expertise. | ''",
    })
    void findsCredentials(String csvText, String csvExpected) {
        String text = csvText.replace("\\n", "\n");
        String expected = csvExpected.replace("\\n", "\n");
        String found = EXTRACTOR.extract(text).reviewerCredentials().stream()
                .map(r -> render(text, r)).collect(Collectors.joining(" | "));
        assertEquals(expected, found);
    }

    private static String render(String text, ReviewerCredential r) {
        assertEquals(text.substring(r.begin(), r.end()), r.text());
        return "[" + r.text() + "] " + r.specialty() + " / " + r.subspecialty() + " / " + r.licensure();
    }
}
