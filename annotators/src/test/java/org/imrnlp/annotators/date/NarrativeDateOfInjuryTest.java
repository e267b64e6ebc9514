package org.imrnlp.annotators.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.imrnlp.core.DateMention;
import org.imrnlp.core.DateOfInjury;
import org.imrnlp.core.Extraction;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates of injury as clinical notes and IMR case summaries narrate them (issue 13): each
 * {@code date-of-injury-triggers.tsv} and {@code date-of-injury-events.tsv} row named by a
 * {@code # rule:} line, the partial dates they take (year, month, month and day), and dates of
 * other events that must stay {@code Date}s. Sentences written for these tests.
 */
class NarrativeDateOfInjuryTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static String dates(String text) {
        Extraction x = EXTRACTOR.extract(text);
        List<Object[]> out = new ArrayList<>();
        for (DateOfInjury d : x.datesOfInjury()) {
            out.add(new Object[] {d.begin(), "DateOfInjury[" + d.text() + "] " + d.iso()});
        }
        for (DateMention d : x.dates()) {
            out.add(new Object[] {d.begin(), "Date[" + d.text() + "] " + d.role()});
        }
        out.sort(Comparator.comparingInt(o -> (Integer) o[0]));
        return String.join(" ; ", out.stream().map(o -> (String) o[1]).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        # rule: doi.trigger.injur.1
        She has a work injury of 04/19/2012 to the right wrist. => DateOfInjury[04/19/2012] 2012-04-19
        # rule: doi.trigger.injur.2
        The date of the industrial injury was 10/02/2009. => DateOfInjury[10/02/2009] 2009-10-02
        # rule: doi.trigger.doi.1
        DOI is 06/30/2014; she remains off work. => DateOfInjury[06/30/2014] 2014-06-30
        # rule: doi.trigger.d-o-i.1
        D.O.I. 1/15/2008 => DateOfInjury[1/15/2008] 2008-01-15
        # rule: doi.trigger.injur.3
        The mechanic was injured while working on 9/9/2013. => DateOfInjury[9/9/2013] 2013-09-09
        # rule: doi.trigger.hurt.1
        She was hurt at work on or about 12/12/2012. => DateOfInjury[12/12/2012] 2012-12-12
        # rule: doi.trigger.injur.4
        He describes a crush injury on 7/7/2007 at the plant. => DateOfInjury[7/7/2007] 2007-07-07
        # rule: doi.trigger.injur.5
        Her injury date is 2/28/2015. => DateOfInjury[2/28/2015] 2015-02-28
        # rule: doi.trigger.injur.6
        This injury happened on 08/08/2008 while stocking shelves. => DateOfInjury[08/08/2008] 2008-08-08
        # rule: doi.trigger.date-of.1
        Date of accident: 5/17/2016. => DateOfInjury[5/17/2016] 2016-05-17
        # rule: doi.trigger.claim.1
        He has an injury claim dated 11/30/2010. => DateOfInjury[11/30/2010] 2010-11-30
        # rule: doi.trigger.injur.7
        She re-injured the same knee on 3/3/2013 kneeling at work. => DateOfInjury[3/3/2013] 2013-03-03
        # rule: doi.trigger.injur.8
        He injured both hands in a press on 1/20/2011. => DateOfInjury[1/20/2011] 2011-01-20
        # rule: doi.trigger.hurt.2
        She hurt her lower back lifting a resident on 10/10/2010. => DateOfInjury[10/10/2010] 2010-10-10
        # rule: doi.trigger.twisted.1
        He twisted his left knee on the stairs in June 2015. => DateOfInjury[June 2015] 2015-06
        # rule: doi.trigger.sprained.1
        She sprained her right ankle on 4/4/2014 playing tennis. => DateOfInjury[4/4/2014] 2014-04-04
        # rule: doi.trigger.strained.1
        He strained his back moving a couch on 9/1/2012. => DateOfInjury[9/1/2012] 2012-09-01
        # A fall, slip, trip, blow or accident at work, written so.
        # rule: doi.trigger.fell.1
        He fell from scaffolding while at work on 4/12/2011. => DateOfInjury[4/12/2011] 2011-04-12
        # rule: doi.trigger.slipped.1
        She slipped on a wet floor at her workplace on 1/8/2014. => DateOfInjury[1/8/2014] 2014-01-08
        # rule: doi.trigger.tripped.1
        He tripped over a pallet on the job in March 2013. => DateOfInjury[March 2013] 2013-03
        # rule: doi.trigger.struck.1
        She was struck by a door at work on 9/9/2009. => DateOfInjury[9/9/2009] 2009-09-09
        # rule: doi.trigger.accident.1
        He was hurt in a job vehicle accident on 12/1/2012. => DateOfInjury[12/1/2012] 2012-12-01
        # rule: doi.trigger.accident.2
        She had an accident while working on 6/6/2006. => DateOfInjury[6/6/2006] 2006-06-06
        # rule: doi.trigger.fall.1
        He reports an occupational fall on 2/2/2002. => DateOfInjury[2/2/2002] 2002-02-02
        # rule: doi.trigger.fall.2
        She had a fall at her place of work in 2010. => DateOfInjury[2010] 2010
        # In a document that names a work injury, the fall or accident it narrates is the work injury.
        # rule: doi.trigger.fell.2
        ~Workers' compensation evaluation. He fell from a ladder in May 2009 and landed on his right side.~ => DateOfInjury[May 2009] 2009-05
        ~Workers' compensation evaluation. This 52-year-old roofer fell down a flight of stairs on 2/14/2016.~ => DateOfInjury[2/14/2016] 2016-02-14
        ~Workers' compensation evaluation. Her hemoglobin fell to 8 on 3/3/2012.~ => Date[3/3/2012] other
        ~Workers' compensation evaluation. He fell asleep at the wheel on 6/6/2011.~ => Date[6/6/2011] other
        # Elsewhere a fall or an accident is a Date.
        This 72-year-old woman fell down a flight of stairs on 2/14/2016. => Date[2/14/2016] other
        # rule: doi.trigger.slipped.2
        ~Workers' compensation evaluation. She slipped and fell on January 5 while walking to her truck.~ => DateOfInjury[January 5] --01-05
        ~Workers' compensation evaluation. He slipped on black ice in December and fractured his wrist.~ => DateOfInjury[December] --12
        # rule: doi.trigger.tripped.2
        ~Workers' compensation evaluation. She tripped over a hose in late August.~ => DateOfInjury[August] --08
        # rule: doi.trigger.fall.3
        ~Workers' compensation evaluation. Her neck pain began after a fall on 10/03/2008.~ => DateOfInjury[10/03/2008] 2008-10-03
        ~Workers' compensation evaluation. She fractured her wrist in a fall in 2005.~ => DateOfInjury[2005] 2005
        ~DOI: 05/05/2003. He had a ground-level fall in the warehouse on 05/05/03.~ => DateOfInjury[05/05/2003] 2003-05-05 ; DateOfInjury[05/05/03] 2003-05-05
        ~Workers' compensation evaluation. Her knee pain began in the fall of 2007.~ => ~~
        ~Workers' compensation evaluation. He has had back pain since last fall, and an MRI in March 2012 showed a disc bulge.~ => Date[March 2012] imaging
        Her neck pain began after a fall on 10/03/2008. => Date[10/03/2008] other
        # rule: doi.trigger.accident.3
        ~Workers' compensation evaluation. Her pain started after a motor vehicle accident, on October 4, 2000.~ => DateOfInjury[October 4, 2000] 2000-10-04
        ~Workers' compensation evaluation. He has had neck pain since the motor vehicle accident of June 2010.~ => DateOfInjury[June 2010] 2010-06
        ~Workers' compensation evaluation. He had a cerebrovascular accident in 2006.~ => ~~
        He was involved in a motor vehicle accident on 6/15/2009. => Date[6/15/2009] other
        # rule: doi.trigger.mva.1
        ~The injured worker has had low back pain since an MVA in 1990.~ => DateOfInjury[1990] 1990
        # rule: doi.trigger.collision.1
        ~Workers' compensation evaluation. The delivery driver was in a rear-end collision on 2/2/2012.~ => DateOfInjury[2/2/2012] 2012-02-02
        # rule: doi.trigger.injur.9
        He reports a twisting injury to the right knee on 7/31/2005. => DateOfInjury[7/31/2005] 2005-07-31
        She had an ACL injury in 2008 and underwent reconstruction. => DateOfInjury[2008] 2008
        He had a head injury and a CT in 2005 that was normal. => ~~
        His injury films from 09/15/2007 were reviewed. => Date[09/15/2007] imaging
        # A word of another event before the bare noun, in the clause, makes the date that event's.
        An office note three weeks after the injury on 4/2/19 described a normal exam. => Date[4/2/19] report
        The First Report of Occupational Injury or Illness done on 11-17-2016 lists anxiety. => Date[11-17-2016] report
        # rule: doi.trigger.injur.10
        He was injured in a motor vehicle accident that occurred in October 2000. => DateOfInjury[October 2000] 2000-10
        He attributes the pain to an incident in which he was injured in 1994. => DateOfInjury[1994] 1994
        The injured worker was evaluated on 5/5/2014. => Date[5/5/2014] other
        # rule: doi.trigger.struck.2
        ~Workers' compensation evaluation. He was struck by a falling beam on 8/19/2010.~ => DateOfInjury[8/19/2010] 2010-08-19
        # rule: doi.trigger.hit.1
        ~Workers' compensation evaluation. She was hit by a forklift while crossing the yard in 2011.~ => DateOfInjury[2011] 2011
        She was hit by a car while crossing the street in 2011. => ~~
        # rule: doi.event.before.1 doi.event.after.1
        On 5/5/2015, the employee injured his shoulder reaching overhead. => DateOfInjury[5/5/2015] 2015-05-05
        # rule: doi.event.before.1 doi.event.after.3
        ~Workers' compensation evaluation. On 11/18/1994, he fell and struck his head.~ => DateOfInjury[11/18/1994] 1994-11-18
        ~Workers' compensation evaluation. On 11/18/1994, he had an MRI after the fall.~ => Date[11/18/1994] other
        On 11/18/1994, he fell and struck his head. => Date[11/18/1994] other
        # rule: doi.event.before.3 doi.event.after.3
        ~Workers' compensation evaluation. In March of 2007, she fell when her knee gave way.~ => DateOfInjury[March of 2007] 2007-03
        ~Workers' compensation evaluation. In 1998, he was involved in a rollover accident.~ => DateOfInjury[1998] 1998
        # rule: doi.event.before.3 doi.event.after.1
        In 1998, she injured her left knee skiing. => DateOfInjury[1998] 1998
        # rule: doi.event.before.2 doi.event.after.4
        His symptoms worsened after the 2011 injury. => DateOfInjury[2011] 2011
        She has had knee pain since the 3/14/2011 crush injury. => DateOfInjury[3/14/2011] 2011-03-14
        The 2011 MRI for the injury showed a tear. => ~~
        # rule: doi.event.before.2 doi.event.after.5
        ~Workers' compensation evaluation. She has had knee pain since the 3/14/2011 motor vehicle accident.~ => DateOfInjury[3/14/2011] 2011-03-14
        She has had knee pain since the 3/14/2011 motor vehicle accident. => Date[3/14/2011] other
        # The date of a visit or study on the day of the injury stays its own.
        He fell and was seen in the emergency room on 3/4/2010. => Date[3/4/2010] report
        She injured her back at work and had x-rays on 4/4/2012. => Date[4/4/2012] imaging
        # Repeats are each a date of injury.
        ~Work injury. He fell on 2/2/2012. Since the 2/2/2012 fall he has had hip pain.~ => DateOfInjury[2/2/2012] 2012-02-02 ; DateOfInjury[2/2/2012] 2012-02-02
        """)
    void datesNarratedInjuries(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, dates(sentence));
    }
}
