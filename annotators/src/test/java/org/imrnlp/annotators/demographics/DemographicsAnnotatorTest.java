package org.imrnlp.annotators.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.imrnlp.core.Demographics;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemographicsAnnotatorTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The patient is a 38-year-old male with a work injury dated 2/10/07. | Demographics[38-year-old male] 38 male",
        "The patient is a 60 year old female injured worker with date of injury 2/23/06. | Demographics[60 year old female] 60 female",
        "The injured worker is a 42 year-old male who was injured on 8/17/99. | Demographics[42 year-old male] 42 male",
        "The 48 year old male injured worker suffered an industrial injury. | Demographics[48 year old male] 48 male",
        "She is a 55-year-old woman with neck pain after a fall. | Demographics[55-year-old woman] 55 female",
        "Ms. Lee is a 29 year old cashier with wrist pain. | Demographics[Ms. Lee is a 29 year old] 29 female",
        "Mr. Ortiz is a 61-year-old with a lumbar fusion. | Demographics[Mr. Ortiz is a 61-year-old] 61 male",
        "Mrs. Chan is a 70-year-old retired teacher. | Demographics[Mrs. Chan is a 70-year-old] 70 female",
        "Mr. Alvarez is a 44 year-old man with insomnia. | Demographics[44 year-old man] 44 male",
        "A 45-year-old right-handed man presented with elbow pain. | Demographics[45-year-old right-handed man] 45 male",
        "This 33 yr old female reports headaches. | Demographics[33 yr old female] 33 female",
        "The claimant, a 57-year-old Hispanic gentleman, uses a cane. | Demographics[57-year-old Hispanic gentleman] 57 male",
        "The patient is a 62 year old, right-hand dominant female. | Demographics[62 year old, right-hand dominant female] 62 female",
        "He is a 39-year-old left hand-dominant man. | Demographics[39-year-old left hand-dominant man] 39 male",
        "The claimant is a 33 y/o female with chronic neck pain. | Demographics[33 y/o female] 33 female",
        "This 57 year-old Filipino male reports low back pain. | Demographics[57 year-old Filipino male] 57 male",
        "The injured worker is a 52-year-old male who sustained an industrial injury. | Demographics[52-year-old male] 52 male",
        "The patient is a 40-year old man. | Demographics[40-year old man] 40 male",
        "The 61-year-old married woman works as a nurse. | Demographics[61-year-old married woman] 61 female",
        "The patient is a fifty-two-year-old woman who slipped at work. | Demographics[fifty-two-year-old woman] 52 female",
        "This forty-five year old male warehouse loader has shoulder pain. | Demographics[forty-five year old male] 45 male",
        "She is a Sixty Three year-old, right-handed female clerk. | Demographics[Sixty Three year-old, right-handed female] 63 female",
        "The applicant is a thirty year old Hispanic man. | Demographics[thirty year old Hispanic man] 30 male",
        "A nineteen-year-old male stocker fell from a ladder. | Demographics[nineteen-year-old male] 19 male",
        "The injured worker is a fourty-eight year old female. | Demographics[fourty-eight year old female] 48 female",
        "Ms. Park is a fifty-one-year-old bus driver. | Demographics[Ms. Park is a fifty-one-year-old] 51 female",
        "He has worked there for twenty-two years, male coworkers said. | ''",
        "He drove a forklift for 15 years, male supervisors reported. | ''",
        "Her twelve-year-old daughter drives her to visits. | ''",
        "She has had pain for two years and one month. | ''",
        "Strength was 5/5 and the patient is doing well. | ''",
        "He has had back pain for 10 years. The male nurse helped him. | ''",
        "Her 3-year-old son has asthma. | ''",
    })
    void findsAgeAndSex(String sentence, String expected) {
        String found = EXTRACTOR.extract(sentence).demographics().stream()
                .map(d -> render(sentence, d)).collect(Collectors.joining(" | "));
        assertEquals(expected, found);
    }

    private static String render(String text, Demographics d) {
        assertEquals(text.substring(d.begin(), d.end()), d.text());
        return "Demographics[" + d.text() + "] " + d.age() + " " + d.sex();
    }
}
