package org.imrnlp.annotators.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.imrnlp.core.DateMention;
import org.imrnlp.core.DateOfInjury;
import org.imrnlp.core.Extraction;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnnotatorTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static String dates(String text) {
        Extraction x = EXTRACTOR.extract(text);
        List<String> out = new ArrayList<>();
        for (DateOfInjury d : x.datesOfInjury()) {
            assertEquals(text.substring(d.begin(), d.end()), d.text());
            out.add(d.begin() + ":DateOfInjury[" + d.text() + "] " + d.iso());
        }
        for (DateMention d : x.dates()) {
            assertEquals(text.substring(d.begin(), d.end()), d.text());
            out.add(d.begin() + ":Date[" + d.text() + "] " + d.iso() + " " + d.role());
        }
        out.sort((a, b) -> Integer.compare(Integer.parseInt(a.split(":")[0]), Integer.parseInt(b.split(":")[0])));
        return String.join(" ; ", out.stream().map(s -> s.substring(s.indexOf(':') + 1)).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The patient is a 38-year-old male with a work injury dated 2/10/07. | DateOfInjury[2/10/07] 2007-02-10",
        "She is a 60 year old female injured worker with date of injury 2/23/06 with low back pain. | DateOfInjury[2/23/06] 2006-02-23",
        "He was injured on 8/17/99 while lifting a pallet. | DateOfInjury[8/17/99] 1999-08-17",
        "The employee has a history of an occupational claim from 3/14/2015 for the left knee. | DateOfInjury[3/14/2015] 2015-03-14",
        "She filed a workers' compensation claim dated 02/02/2012. | DateOfInjury[02/02/2012] 2012-02-02",
        "He sustained an industrial injury August 4, 2014 while unloading a truck. | DateOfInjury[August 4, 2014] 2014-08-04",
        "She suffered an industrial injury on 1/27/2005. | DateOfInjury[1/27/2005] 2005-01-27",
        "The patient is a 31 year old male who was injured on 06/08/2012. | DateOfInjury[06/08/2012] 2012-06-08",
        "DOI: 3/4/2011 | DateOfInjury[3/4/2011] 2011-03-04",
        "This 50-year-old clerk sustained an injury on March 3, 2012 while filing charts. | DateOfInjury[March 3, 2012] 2012-03-03",
        "She was injured at work on 11/2/2010 when she slipped on a wet floor. | DateOfInjury[11/2/2010] 2010-11-02",
        "He sustained a cumulative trauma injury on 5-14-2009 to both wrists. | DateOfInjury[5-14-2009] 2009-05-14",
        "Date of injury: 12/01/1998. | DateOfInjury[12/01/1998] 1998-12-01",
        "The applicant reported an industrial injury dated 7/15/03 to the neck. | DateOfInjury[7/15/03] 2003-07-15",
        "The date of injury (DOI) is 4/30/2001. | DateOfInjury[4/30/2001] 2001-04-30",
        "He was injured on 5/6/85 in a fall from a scaffold. | DateOfInjury[5/6/85] 1985-05-06",
        "Date of injury 7/4/00. | DateOfInjury[7/4/00] 2000-07-04",
        "Per 1/7/14 progress report, pain radiated to the left leg. | Date[1/7/14] 2014-01-07 report",
        "There is a primary treating physician report dated 2/3/14 that states the pain is constant. | Date[2/3/14] 2014-02-03 report",
        "MRI of the lumbar spine dated 9/2010 revealed a disc extrusion. | Date[9/2010] 2010-09 imaging",
        "The date of UR decision was 1/9/14. | Date[1/9/14] 2014-01-09 utilization-review",
        "She underwent a lumbar epidural steroid injection on 8/15/2012. | Date[8/15/2012] 2012-08-15 procedure",
        "An EMG/NCV study on 4/2/2013 showed mild carpal tunnel syndrome. | Date[4/2/2013] 2013-04-02 imaging",
        "Utilization review dated 10/3/2013 non-certified the request. | Date[10/3/2013] 2013-10-03 utilization-review",
        "He had a right shoulder arthroscopy on 04/18/2011. | Date[04/18/2011] 2011-04-18 procedure",
        "X-rays of the cervical spine taken 2/14/2012 were unremarkable. | Date[2/14/2012] 2012-02-14 imaging",
        "At the office visit of 17 October 2013 she reported more pain. | Date[17 October 2013] 2013-10-17 report",
        "There is an October 17, 2013 document that states the patient uses Zanaflex. | Date[October 17, 2013] 2013-10-17 report",
        "He has been on this medication since before October of 2013. | Date[October of 2013] 2013-10 other",
        "The medications as of 11/26/2013 include Clonidine. | Date[11/26/2013] 2013-11-26 other",
        "He was seen on Oct. 8, 2013 for a psychiatric re-evaluation. | Date[Oct. 8, 2013] 2013-10-08 report",
        "A CT scan of the head on Jan 5, 2014 was negative. | Date[Jan 5, 2014] 2014-01-05 imaging",
        "Records from 4/2/2013 through 9/24/2013 were reviewed. | Date[4/2/2013] 2013-04-02 report ; Date[9/24/2013] 2013-09-24 report",
        "The peer review of 2013-10-17 recommended non-certification. | Date[2013-10-17] 2013-10-17 utilization-review",
        "He returned to modified duty in March 2012. | Date[March 2012] 2012-03 other",
        "The surgery took place on 12-03-2009. | Date[12-03-2009] 2009-12-03 procedure",
        "A follow-up visit is planned for 6/1/30. | Date[6/1/30] 2030-06-01 report",
        "Labs were drawn on 2.13.2014. | Date[2.13.2014] 2014-02-13 other",
        "He was seen on 2/29/2012, a leap day. | Date[2/29/2012] 2012-02-29 report",
        "He was injured on 3/2/2010 and seen on 3/5/2010. | DateOfInjury[3/2/2010] 2010-03-02 ; Date[3/5/2010] 2010-03-05 report",
        "D.O.I.: 04/15/2010 | DateOfInjury[04/15/2010] 2010-04-15",
        "The date of injury is listed as 5/5/05. | DateOfInjury[5/5/05] 2005-05-05",
        "She was injured at work on or about 07/11/2011 when she tripped. | DateOfInjury[07/11/2011] 2011-07-11",
        "The patient was hurt on 2/4/2011 while lifting boxes. | DateOfInjury[2/4/2011] 2011-02-04",
        "The injury occurred on 4/1/2010 when she fell down the stairs. | DateOfInjury[4/1/2010] 2010-04-01",
        "Injury date of 9-12-2011. | DateOfInjury[9-12-2011] 2011-09-12",
        "DOI 06-17-2013 is listed on the claim form. | DateOfInjury[06-17-2013] 2013-06-17",
        "The injured worker is a 52-year-old male who sustained an industrial injury on 3/14/2011. "
                + "| DateOfInjury[3/14/2011] 2011-03-14",
        "She is a 45 year old female with a date of injury of 01/02/2012. | DateOfInjury[01/02/2012] 2012-01-02",
        "He was injured on June 3, 2008 while lifting a patient. | DateOfInjury[June 3, 2008] 2008-06-03",
        "He was injured on the job on May 5th, 2007. | DateOfInjury[May 5th, 2007] 2007-05-05",
        "The applicant reported an industrial injury on December 12, 2011. | DateOfInjury[December 12, 2011] 2011-12-12",
        "He sustained an industrial injury of 3/3/2003 to his low back. | DateOfInjury[3/3/2003] 2003-03-03",
        "She sustained a work injury on or about 8/1/96. | DateOfInjury[8/1/96] 1996-08-01",
        "The claim was filed on 5/5/2012 after the injury. | Date[5/5/2012] 2012-05-05 other",
        "On 2/2/2010, she injured her back while lifting a crate of produce. | DateOfInjury[2/2/2010] 2010-02-02",
        "On or about 9/14/2008 the patient was injured when a forklift struck his leg. "
                + "| DateOfInjury[9/14/2008] 2008-09-14",
        "He drove a delivery truck. On March 9, 2011, he sustained a right knee injury stepping off the truck. "
                + "| DateOfInjury[March 9, 2011] 2011-03-09",
        "On 6/11/2009 Mr. Reyes hurt his shoulder pulling a pallet jack. | DateOfInjury[6/11/2009] 2009-06-11",
        "On 4/4/2013, she was seen by her physician for back pain. | Date[4/4/2013] 2013-04-04 other",
        "On 3/1/2012, she fell at home and bruised her hip. | Date[3/1/2012] 2012-03-01 other",
        "The MRI of 5/2/2011, she says, injured nothing. | Date[5/2/2011] 2011-05-02 imaging",
        "He takes Norco 10/325 mg three times a day. | ''",
        "He rates his pain 8/10 without medication. | ''",
        "Motor strength is 5/5 in both lower extremities. | ''",
        "Tizanidine is effective for low back pain. (Malanga, 2008) | ''",
        "The note dated 13/45/14 is illegible. | ''",
        "She takes 1/2 tablet of trazodone at bedtime. | ''",
        "Physical therapy in 2011 gave little relief. | ''",
        "Eight studies have demonstrated efficacy. (Chou, 2007) | ''",
        "The chart lists 2/30/2013, which is not a date. | ''",
        "Blood pressure was 130/80 and pulse 72. | ''",
        "Guidelines allow 6-10 visits over 2-3 weeks. | ''",
        "MAXIMUS guideline: Page(s): 16-19, 49. | ''",
        "Norco 10/325/5 was dispensed. | ''",
        "HISTORY: This 52-year-old roofer fell from a ladder at work on 03/12/2009 and landed on his back. | DateOfInjury[03/12/2009] 2009-03-12",
        "She slipped and fell at work on 5/4/2010 while carrying supplies. | DateOfInjury[5/4/2010] 2010-05-04",
        "She slipped and fell at home on 5/4/2010. | Date[5/4/2010] 2010-05-04 other",
        "He was involved in a work-related motor vehicle accident on January 5, 2011. | DateOfInjury[January 5, 2011] 2011-01-05",
        "He was involved in a motor vehicle accident in September of 2005. | Date[September of 2005] 2005-09 other",
        "The driver was hurt in an accident at work on 2/3/2008. | DateOfInjury[2/3/2008] 2008-02-03",
        "She twisted her right ankle on 06/07/2012 stepping off a curb. | DateOfInjury[06/07/2012] 2012-06-07",
        "He injured his right shoulder in March 2009 while lifting a patient. | DateOfInjury[March 2009] 2009-03",
        "He reinjured his back at work on 8/9/2011. | DateOfInjury[8/9/2011] 2011-08-09",
        "She has had low back pain since the 4/5/2010 injury. | DateOfInjury[4/5/2010] 2010-04-05",
        "He hurt his knee in 2005 playing soccer. | DateOfInjury[2005] 2005",
        "She strained her neck in October while moving furniture. | DateOfInjury[October] --10",
        "She injured her hip in 2005 and had hip surgery in 2006. | DateOfInjury[2005] 2005",
        "The patient fell asleep on 3/4/2010 during the session. | Date[3/4/2010] 2010-03-04 other",
        "The accident report was reviewed on 4/5/2012. | Date[4/5/2012] 2012-04-05 report",
        "She may return to work in May if she improves. | ''",
        "An MRI on 03/12/2009 showed a disc bulge after he fell. | Date[03/12/2009] 2009-03-12 imaging",
    })
    void findsDatesWithRoles(String sentence, String expected) {
        assertEquals(expected, dates(sentence));
    }
}
