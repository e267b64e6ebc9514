package org.imrnlp.annotators.section;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.imrnlp.core.DateMention;
import org.imrnlp.core.DateOfInjury;
import org.imrnlp.core.Demographics;
import org.imrnlp.core.Extraction;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clinical notes other than IMR letters (progress reports, QME evaluations, utilization review
 * letters, SOAP notes): their section headings, dates of injury and age/sex lines, sentence by
 * sentence and on whole notes with PDF-extraction artifacts ({@code src/test/resources/notes}).
 */
class ClinicalNotesTest {

    private static final Path NOTES = Path.of("src/test/resources/notes");
    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static String note(String name) throws IOException {
        return Files.readString(NOTES.resolve(name));
    }

    /** Dates of injury and other dates in text order, as {@code DateOfInjury[text] iso} / {@code Date[text] iso role}. */
    private static String dates(String text) {
        Extraction x = EXTRACTOR.extract(text);
        List<int[]> order = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (DateOfInjury d : x.datesOfInjury()) {
            assertEquals(text.substring(d.begin(), d.end()), d.text());
            order.add(new int[] {d.begin(), out.size()});
            out.add("DateOfInjury[" + d.text() + "] " + d.iso());
        }
        for (DateMention d : x.dates()) {
            assertEquals(text.substring(d.begin(), d.end()), d.text());
            order.add(new int[] {d.begin(), out.size()});
            out.add("Date[" + d.text() + "] " + d.iso() + " " + d.role());
        }
        order.sort(Comparator.comparingInt(o -> o[0]));
        return order.stream().map(o -> out.get(o[1])).collect(Collectors.joining(" ; "));
    }

    private static String demographics(String text) {
        return EXTRACTOR.extract(text).demographics().stream().map(d -> {
            assertEquals(text.substring(d.begin(), d.end()), d.text());
            return render(d);
        }).collect(Collectors.joining(" | "));
    }

    private static String render(Demographics d) {
        return "Demographics[" + d.text() + "] " + d.age() + " " + d.sex();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SUBJECTIVE:\\nShe reports neck pain.\\nOBJECTIVE:\\nTender left trapezius.\\nASSESSMENT/PLAN\\nMyofascial pain. Continue home exercise."
                + " | history[SUBJECTIVE],exam[OBJECTIVE],assessment[ASSESSMENT/PLAN]",
        "History of Present Illness\\n \\nThe patient slipped on a wet floor.\\n \\nPhysical Examination\\n \\nAntalgic gait.\\n \\nAssessment and Plan\\n \\nLumbar strain."
                + " | history[History of Present Illness],exam[Physical Examination],assessment[Assessment and Plan]",
        "DIAGNOSES:\\n1. Lumbar radiculopathy.\\nTREATMENT PLAN\\nEpidural steroid injection.\\nWORK STATUS\\nModified duty."
                + " | diagnoses[DIAGNOSES],plan[TREATMENT PLAN],plan[WORK STATUS]",
        "CURRENT MEDICATIONS\\nNorco 10/325 mg every 6 hours.\\nALLERGIES: No known drug allergies."
                + " | medications[CURRENT MEDICATIONS],allergies[ALLERGIES]",
        "PHYSICAL EXAMINATION\\nLUMBAR SPINE:\\nTenderness at L4-L5.\\nRIGHT KNEE:\\nTrace effusion.\\nDIAGNOSES:\\nKnee sprain."
                + " | exam[PHYSICAL EXAMINATION],diagnoses[DIAGNOSES]",
        "ACME ORTHOPAEDIC MEDICAL GROUP\\nHISTORY\\nShe fell at work.\\nACME ORTHOPAEDIC MEDICAL GROUP\\nPage 2 of 2\\nPLAN\\nRest."
                + " | history[HISTORY],plan[PLAN]",
        "OCCUPATIONAL HISTORY\\nShe is a machinist.\\nMECHANISM OF INJURY\\nHer hand was caught in a press."
                + " | history[OCCUPATIONAL HISTORY],history[MECHANISM OF INJURY]",
        "REVIEW OF RECORDS\\nPR-2 dated 1/5/2016.\\nCAUSATION\\nIndustrial.\\nAPPORTIONMENT\\nNone to other factors.\\nFUTURE MEDICAL CARE\\nOrthopedic follow-up."
                + " | documents-reviewed[REVIEW OF RECORDS],assessment[CAUSATION],assessment[APPORTIONMENT],plan[FUTURE MEDICAL CARE]",
        "REQUESTED TREATMENT:\\nMRI of the lumbar spine.\\nDETERMINATION:\\nNon-certified.\\nCLINICAL SUMMARY:\\nThe claimant has back pain.\\nRATIONALE:\\nNo red flags."
                + " | decisions[REQUESTED TREATMENT],decisions[DETERMINATION],case-summary[CLINICAL SUMMARY],rationale[RATIONALE]",
        "Chief Complaint: Right wrist pain.\\nCurrent Complaints: Numbness at night.\\nReason for Visit: Follow-up."
                + " | history[Chief Complaint],history[Current Complaints],history[Reason for Visit]",
        "PERMANENT AND STATIONARY STATUS\\nShe has reached maximum improvement.\\nWORK RESTRICTIONS\\nNo lifting over 20 pounds."
                + " | assessment[PERMANENT AND STATIONARY STATUS],plan[WORK RESTRICTIONS]",
        "Assessment & Plan: Lumbar strain; continue therapy. | assessment[Assessment & Plan]",
        "PLAN\\nPhysical therapy.\\nPLAN\\nRecheck in a month. | plan[PLAN],plan[PLAN]",
        "HISTORY\\nPain since the fall.\\nBILATERAL UPPER EXTREMITIES\\nNormal strength. | history[HISTORY]",
        // a transcribed note whose line breaks became commas; examination systems continue the exam
        "CHIEF COMPLAINT:, Low back pain.,REVIEW OF SYSTEMS: , Denies fever.,PHYSICAL EXAMINATION:,VITAL SIGNS: Stable."
                + ",LUNGS: Clear.,EXTREMITIES: No edema.,IMPRESSION: , Lumbar strain.,PLAN:,1. Rest.,2. Ice."
                + " | history[CHIEF COMPLAINT],review-of-systems[REVIEW OF SYSTEMS],exam[PHYSICAL EXAMINATION],"
                + "assessment[IMPRESSION],plan[PLAN]",
        "VITAL SIGNS: Pulse 72.\\nHEENT: Normal.\\nNECK: Supple. | exam[VITAL SIGNS]",
        "FINDINGS:, Disc bulge at L4-5.,IMPRESSION:, Degenerative disc disease. | results[FINDINGS],assessment[IMPRESSION]",
        "PREOPERATIVE DIAGNOSIS:, Torn meniscus.,PROCEDURE PERFORMED:, Arthroscopy.,ANESTHESIA: General.,"
                + "ESTIMATED BLOOD LOSS: Minimal. | diagnoses[PREOPERATIVE DIAGNOSIS],procedure[PROCEDURE PERFORMED],"
                + "other[ANESTHESIA],other[ESTIMATED BLOOD LOSS]",
    })
    void noteHeadings(String csvText, String expected) throws Exception {
        assertEquals(expected, SectionAnnotatorTest.sections(csvText.replace("\\n", "\n")).replace('\n', ','));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DOI: 03/14/2016 | DateOfInjury[03/14/2016] 2016-03-14",
        "Date of Injury: March 14, 2016 | DateOfInjury[March 14, 2016] 2016-03-14",
        "Injury date 3-14-16 | DateOfInjury[3-14-16] 2016-03-14",
        "DOI 3/14/16 (specific) | DateOfInjury[3/14/16] 2016-03-14",
        "CT: 01/01/2014 - 12/31/2015 | Date[01/01/2014] 2014-01-01 other ; Date[12/31/2015] 2015-12-31 other",
        "DOI: CT 01/01/2014-12/31/2015 | Date[01/01/2014] 2014-01-01 other ; Date[12/31/2015] 2015-12-31 other",
        "Date of injury: 01/01/2014 to 12/31/2015 (continuous trauma). "
                + "| Date[01/01/2014] 2014-01-01 other ; Date[12/31/2015] 2015-12-31 other",
        "She reports an injury on 6/3/2015 while lifting a box. | DateOfInjury[6/3/2015] 2015-06-03",
        "He claims a cumulative trauma injury dated 9/30/2014. | DateOfInjury[9/30/2014] 2014-09-30",
        "The condition arises from the specific injury of 03/14/2016. | DateOfInjury[03/14/2016] 2016-03-14",
        "The date of injury is also listed as 03/15/2016 in one report. | DateOfInjury[03/15/2016] 2016-03-15",
        "The MRI of the right shoulder was performed on 04/20/2016. | Date[04/20/2016] 2016-04-20 imaging",
        "A right knee arthroscopy was performed on 5/5/2015. | Date[5/5/2015] 2015-05-05 procedure",
        "A urine drug screen was performed on 11/15/2016. | Date[11/15/2016] 2016-11-15 procedure",
        "The CT scan of 3/3/2015 showed no fracture. | Date[3/3/2015] 2015-03-03 imaging",
        "Date of Service: 02/07/2017 | Date[02/07/2017] 2017-02-07 report",
        "DOS: 1/9/2018 | Date[1/9/2018] 2018-01-09 report",
        "Date of Request: 12/14/2017 | Date[12/14/2017] 2017-12-14 utilization-review",
        "Physical therapy notes from 05/02/2016-07/28/2016 were reviewed. "
                + "| Date[05/02/2016] 2016-05-02 report ; Date[07/28/2016] 2016-07-28 report",
        "He was injured on 2/3/2015 and returned to work 3/3/2015. | DateOfInjury[2/3/2015] 2015-02-03 ; Date[3/3/2015] 2015-03-03 other",
    })
    void noteDates(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "45 y/o male with low back pain after a fall. | Demographics[45 y/o male] 45 male",
        "She is a 52-year-old right-hand-dominant female grocery checker. | Demographics[52-year-old right-hand-dominant female] 52 female",
        "Age: 45  Sex: F | Demographics[Age: 45  Sex: F] 45 female",
        "Sex: Male  Age: 61 | Demographics[Sex: Male  Age: 61] 61 male",
        "Age/Sex: 38/M | Demographics[Age/Sex: 38/M] 38 male",
        "AGE: 29 GENDER: FEMALE | Demographics[AGE: 29 GENDER: FEMALE] 29 female",
        "Gender: Female, Age: 33 | Demographics[Gender: Female, Age: 33] 33 female",
        "Age: 50 years Sex: M | Demographics[Age: 50 years Sex: M] 50 male",
        "58 yo M presents for follow-up of knee pain. | Demographics[58 yo M] 58 male",
        "A 47 y.o. female cashier reports wrist pain. | Demographics[47 y.o. female] 47 female",
        "The patient is a 36 YO female. | Demographics[36 YO female] 36 female",
        "Age: 45\\nDOB: [redacted]\\nSex: F | ''",
        "She has worked there 8 years. Mother is 70. | ''",
        "He walks 2 yards. Grip strength is 5/5 M. | ''",
    })
    void noteDemographics(String sentence, String expected) {
        assertEquals(expected, demographics(sentence.replace("\\n", "\n")));
    }

    @Test
    void progressReportWithPageHeaders() throws Exception {
        String text = note("pr2_progress_report.txt");
        assertEquals("""
                history[SUBJECTIVE]
                medications[CURRENT MEDICATIONS]
                exam[OBJECTIVE]
                diagnoses[DIAGNOSES]
                plan[TREATMENT PLAN]
                plan[WORK STATUS]""", SectionAnnotatorTest.sections(text));
        assertEquals("DateOfInjury[03/14/2016] 2016-03-14 ; Date[02/07/2017] 2017-02-07 report"
                + " ; DateOfInjury[03/14/2016] 2016-03-14 ; Date[06/02/2016] 2016-06-02 imaging"
                + " ; Date[11/15/2016] 2016-11-15 other ; Date[03/21/2017] 2017-03-21 other"
                + " ; DateOfInjury[03/14/2016] 2016-03-14", dates(text));
        assertEquals("", demographics(text));
    }

    @Test
    void qualifiedMedicalEvaluationWithCumulativeTrauma() throws Exception {
        String text = note("qme_initial_evaluation.txt");
        assertEquals("""
                history[HISTORY OF PRESENT ILLNESS]
                history[PAST MEDICAL HISTORY]
                history[OCCUPATIONAL HISTORY]
                medications[CURRENT MEDICATIONS]
                exam[PHYSICAL EXAMINATION]
                documents-reviewed[REVIEW OF RECORDS]
                diagnoses[DIAGNOSES]
                assessment[ASSESSMENT/PLAN]
                assessment[CAUSATION]
                plan[WORK STATUS]""", SectionAnnotatorTest.sections(text));
        assertEquals("DateOfInjury[March 14, 2016] 2016-03-14 ; Date[09/12/2016] 2016-09-12 report"
                + " ; DateOfInjury[3-14-16] 2016-03-14 ; DateOfInjury[3-14-16] 2016-03-14"
                + " ; Date[01/01/2014] 2014-01-01 other ; Date[12/31/2015] 2015-12-31 other"
                + " ; Date[04/20/2016] 2016-04-20 imaging ; Date[July 2016] 2016-07 other"
                + " ; Date[03/15/2016] 2016-03-15 report ; Date[04/20/2016] 2016-04-20 imaging"
                + " ; Date[05/02/2016] 2016-05-02 report ; Date[07/28/2016] 2016-07-28 report"
                + " ; DateOfInjury[03/14/2016] 2016-03-14 ; Date[10/24/2016] 2016-10-24 other", dates(text));
        assertEquals("Demographics[52-year-old right-hand-dominant female] 52 female", demographics(text));
    }

    @Test
    void utilizationReviewLetterWithHeaderFields() throws Exception {
        String text = note("utilization_review.txt");
        assertEquals("""
                other[UTILIZATION REVIEW DETERMINATION]
                decisions[REQUESTED TREATMENT]
                decisions[DETERMINATION]
                case-summary[CLINICAL SUMMARY]
                history[SUBJECTIVE]
                exam[OBJECTIVE]
                assessment[ASSESSMENT]
                rationale[RATIONALE]
                other[GUIDELINES USED]
                other[APPEAL RIGHTS]""", SectionAnnotatorTest.sections(text));
        assertEquals("DateOfInjury[3/14/16] 2016-03-14 ; Date[12/14/2017] 2017-12-14 utilization-review"
                + " ; Date[12/20/2017] 2017-12-20 utilization-review ; DateOfInjury[3/14/2016] 2016-03-14"
                + " ; DateOfInjury[03/15/2016] 2016-03-15 ; Date[12/05/2017] 2017-12-05 report"
                + " ; Date[8/2/2016] 2016-08-02 imaging", dates(text));
        assertEquals("Demographics[Age: 45  Sex: F] 45 female | Demographics[45 year old female] 45 female"
                + " | Demographics[45 y/o female] 45 female", demographics(text));
    }
}
