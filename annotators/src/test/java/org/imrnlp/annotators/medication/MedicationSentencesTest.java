package org.imrnlp.annotators.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Medications, their doses and drug classes in sentences of the kinds letters and progress
 * reports contain, run through the real pipeline and rendered by {@link MedicationRender}.
 */
class MedicationSentencesTest {

    private static ImrExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    static String render(String text) {
        return MedicationRender.render(extractor.extract(text));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        # rule: dose.quantity.1 dose.refills.1 dose.refills.3
        Norco 10/325 mg #120 with 2 refills => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=120 refills=2
        # rule: dose.frequency.16 dose.frequency.26 dose.amount.1
        Tramadol 50 mg 1 tab PO q6h PRN pain #60 => Tramadol[tramadol] strength=50 mg amount=1 form=tablet route=oral frequency=q6h frequency=PRN quantity=60
        Cyclobenzaprine 7.5mg #90 => Cyclobenzaprine[cyclobenzaprine] strength=7.5 mg quantity=90
        # rule: dose.frequency.7
        Omeprazole 20mg, one capsule daily, #30 => Omeprazole[omeprazole] strength=20 mg amount=1 form=capsule frequency=1/day quantity=30
        # rule: dose.frequency.17
        Lidoderm 5% patch, apply 12 hours on and 12 hours off. => Lidoderm[lidocaine] strength=5% form=patch frequency=1/day
        # rule: dose.frequency.3 dose.frequency.5
        Gabapentin 600 mg three times a day => Gabapentin[gabapentin] strength=600 mg frequency=3/day
        # rule: dose.frequency.27
        Ambien CR 12.5 mg at bedtime #30 => Ambien CR[zolpidem] strength=12.5 mg frequency=qhs quantity=30
        # rule: dose.frequency.8
        Naproxen sodium 550 mg BID => Naproxen sodium[naproxen] strength=550 mg frequency=2/day
        # rule: dose.refills.2
        Prilosec 20 mg #60 x2 refills => Prilosec[omeprazole] strength=20 mg quantity=60 refills=2
        # rule: dose.frequency.23
        Butrans 10 mcg/hr patch, 1 patch every 7 days => Butrans[buprenorphine] strength=10 mcg/hr form=patch amount=1 form=patch frequency=q7d
        Request: 60 TRAMADOL ER 150MG => TRAMADOL ER[tramadol] quantity=60 strength=150 mg
        90 OXYCODONE HCL 10MG:  Upheld => OXYCODONE HCL[oxycodone] quantity=90 strength=10 mg
        # rule: dose.quantity.4
        Flexeril 10 mg Qty: 60 => Flexeril[cyclobenzaprine] strength=10 mg quantity=60
        # rule: dose.frequency.1 dose.duration.1
        Celebrex 200 mg once daily for 2 weeks => Celebrex[celecoxib] strength=200 mg frequency=1/day duration=2 weeks
        Prednisone 10 mg daily x 5 days => Prednisone[prednisone] strength=10 mg frequency=1/day duration=5 days
        Terocin patches #30 were requested. => Terocin[methyl salicylate/capsaicin/menthol/lidocaine] form=patch quantity=30
        Compounded cream: flurbiprofen 20%, cyclobenzaprine 4%, lidocaine 5% => flurbiprofen[flurbiprofen] strength=20%; cyclobenzaprine[cyclobenzaprine] strength=4%; lidocaine[lidocaine] strength=5%
        Ketoprofen 10% / gabapentin 6% / lidocaine 5% in Lipoderm base, 240 grams => Ketoprofen[ketoprofen] strength=10%; gabapentin[gabapentin] strength=6%; lidocaine[lidocaine] strength=5%
        # rule: dose.frequency.20
        Zofran 4 mg every 8 hours as needed for nausea => Zofran[ondansetron] strength=4 mg frequency=q8h frequency=PRN
        # rule: dose.frequency.15
        Hydrocodone/APAP 5/325 one to two tablets q4-6h prn => Hydrocodone/APAP[hydrocodone/acetaminophen] strength=5/325 amount=1-2 form=tablet frequency=q4-6h frequency=PRN
        Lyrica 75mg BID => Lyrica[pregabalin] strength=75 mg frequency=2/day
        Klonopin 1 mg qhs => Klonopin[clonazepam] strength=1 mg frequency=qhs
        Morphine sulfate ER 30 mg every 12 hours => Morphine sulfate ER[morphine] strength=30 mg frequency=q12h
        OxyContin 20mg q12h #60 => OxyContin[oxycodone] strength=20 mg frequency=q12h quantity=60
        Toradol 60 mg IM injection was given in the office. => Toradol[ketorolac] strength=60 mg route=intramuscular form=injection
        An intrathecal morphine pump was discussed. => morphine[morphine] route=intrathecal
        # rule: dose.frequency.4 dose.frequency.6 dose.frequency.30
        He applies topical diclofenac gel 1% four times daily. => diclofenac[diclofenac] route=topical form=gel strength=1% frequency=4/day
        Voltaren gel 1% applied to the knee => Voltaren[diclofenac] form=gel strength=1%
        # rule: dose.frequency.2
        Flector patch 1.3% twice a day => Flector[diclofenac] form=patch strength=1.3% frequency=2/day
        capsaicin 0.075% cream => capsaicin[capsaicin] strength=0.075% form=cream
        Duragesic 25 mcg/hr patch every 72 hours => Duragesic[fentanyl] strength=25 mcg/hr form=patch frequency=q72h
        Suboxone 8 mg/2 mg sublingual film twice daily => Suboxone[buprenorphine/naloxone] strength=8/2 mg route=sublingual form=film frequency=2/day
        # rule: dose.frequency.9
        Methadone 10 mg PO TID => Methadone[methadone] strength=10 mg route=oral frequency=3/day
        He has been taking two Percocet a day for the last month. => Percocet[oxycodone/acetaminophen] amount=2 frequency=1/day
        She takes Motrin 800 mg as needed. => Motrin[ibuprofen] strength=800 mg frequency=PRN
        He stopped Lyrica because of dizziness and was started on Cymbalta 30 mg daily. => Lyrica[pregabalin]; Cymbalta[duloxetine] strength=30 mg frequency=1/day
        The patient uses 3 Norco per day and 1 Soma at night. => Norco[hydrocodone/acetaminophen] amount=3 frequency=1/day; Soma[carisoprodol] amount=1 frequency=qhs
        Medications: Norco, Soma, Xanax and Ambien. => Norco[hydrocodone/acetaminophen]; Soma[carisoprodol]; Xanax[alprazolam]; Ambien[zolpidem]
        Current medications include Lisinopril 20 mg daily, Metformin 500 mg BID, and Atorvastatin 40 mg at bedtime. => Lisinopril[lisinopril] strength=20 mg frequency=1/day; Metformin[metformin] strength=500 mg frequency=2/day; Atorvastatin[atorvastatin] strength=40 mg frequency=qhs
        Zanaflex (tizanidine) 4 mg #90 => Zanaflex[tizanidine] strength=4 mg quantity=90; tizanidine[tizanidine]
        Celebrex (celecoxib) 200mg, one capsule daily => Celebrex[celecoxib] strength=200 mg amount=1 form=capsule frequency=1/day; celecoxib[celecoxib]
        Prescribed Ultram 50mg #60 and Flexeril 10mg #30. => Ultram[tramadol] strength=50 mg quantity=60; Flexeril[cyclobenzaprine] strength=10 mg quantity=30
        Tizanidine HCl 4 mg tablets, take one tablet three times daily => Tizanidine HCl[tizanidine] strength=4 mg form=tablet amount=1 form=tablet frequency=3/day
        Pt continues Neurontn 300 mg TID. => Neurontn[gabapentin] strength=300 mg frequency=3/day
        Request for CYCLOBENZAPRENE 7.5MG #60 => CYCLOBENZAPRENE[cyclobenzaprine] strength=7.5 mg quantity=60
        oxycodon 10 mg q4h prn => oxycodon[oxycodone] strength=10 mg frequency=q4h frequency=PRN
        He has been takingnorco for years. => norco[hydrocodone/acetaminophen]
        The patient continuedgabapentin 300mg nightly. => gabapentin[gabapentin] strength=300 mg frequency=qhs
        He is now usingLyrica 75 mg twice a day. => Lyrica[pregabalin] strength=75 mg frequency=2/day
        Norco 10/325 and Soma 350 mg were both denied. => Norco[hydrocodone/acetaminophen] strength=10/325; Soma[carisoprodol] strength=350 mg
        Xanax .25 #60 => Xanax[alprazolam] strength=0.25 quantity=60
        Valium 5 mg x 2 weeks => Valium[diazepam] strength=5 mg duration=2 weeks
        Keflex 500 mg four times a day for 10 days => Keflex[cephalexin] strength=500 mg frequency=4/day duration=10 days
        Seroquel XR 50 mg nightly => Seroquel XR[quetiapine] strength=50 mg frequency=qhs
        Wellbutrin SR 150mg daily => Wellbutrin SR[bupropion] strength=150 mg frequency=1/day
        Toprol XL 25 mg daily => Toprol XL[metoprolol] strength=25 mg frequency=1/day
        Depakote DR 500 mg BID => Depakote DR[divalproex] strength=500 mg frequency=2/day
        Diclofenac sodium ER 100 mg daily => Diclofenac sodium ER[diclofenac] strength=100 mg frequency=1/day
        Zofran ODT 4 mg => Zofran ODT[ondansetron] strength=4 mg
        Percocet 5/325 mg #120 => Percocet[oxycodone/acetaminophen] strength=5/325 mg quantity=120
        Vicoprofen 7.5/200 mg twice a day => Vicoprofen[hydrocodone/ibuprofen] strength=7.5/200 mg frequency=2/day
        Synvisc-One injection to the right knee was approved. => Synvisc-One[hyaluronic acid] form=injection
        insulin glargine 20 units subcutaneously at bedtime => insulin glargine[insulin glargine] strength=20 units route=subcutaneous frequency=qhs
        Aspirin 81 mg daily => Aspirin[aspirin] strength=81 mg frequency=1/day
        Eliquis 5 mg twice daily => Eliquis[apixaban] strength=5 mg frequency=2/day
        # rule: dose.frequency.28
        Levothyroxine 50 mcg every morning => Levothyroxine[levothyroxine] strength=50 mcg frequency=qam
        Mobic 15 mg daily #30 with 3 refills => Mobic[meloxicam] strength=15 mg frequency=1/day quantity=30 refills=3
        NUCYNTA ER 100MG #60 WITH 0 REFILLS => NUCYNTA ER[tapentadol] strength=100 mg quantity=60 refills=0
        Ibuprofen 800mg three times a day with food => Ibuprofen[ibuprofen] strength=800 mg frequency=3/day
        # rule: dose.skip.1
        Fioricet 1-2 tabs q4h prn headache, max 6 per day => Fioricet[butalbital/acetaminophen/caffeine] amount=1-2 form=tablet frequency=q4h frequency=PRN
        Acetaminophen 500 mg, 2 tablets every 6 hours => Acetaminophen[acetaminophen] strength=500 mg amount=2 form=tablet frequency=q6h
        Tylenol #3, one tablet by mouth every 4 hours as needed => Tylenol #3[codeine/acetaminophen] amount=1 form=tablet route=oral frequency=q4h frequency=PRN
        Norco was denied. 2 tablets a day were requested by the patient. => Norco[hydrocodone/acetaminophen]
        Gabapentin and Norco 10/325 mg #90 were continued. => Gabapentin[gabapentin]; Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=90
        Lyrica, Cymbalta 60 mg, and Elavil 25 mg at bedtime => Lyrica[pregabalin]; Cymbalta[duloxetine] strength=60 mg; Elavil[amitriptyline] strength=25 mg frequency=qhs
        He was given a sleep aid (Ambien 10 mg). => class sleep aid[sedative-hypnotic]; Ambien[zolpidem] strength=10 mg
        Opioid withdrawal symptoms resolved with clonidine 0.1 mg. => clonidine[clonidine] strength=0.1 mg
        Opioid-induced constipation was treated with Senokot-S. => Senokot-S[sennosides/docusate]
        The patient has a history of opioid dependence and is on buprenorphine. => buprenorphine[buprenorphine]
        Nicotine replacement therapy was offered. => Nicotine[nicotine]
        Norco gives him 50% relief of his pain. => Norco[hydrocodone/acetaminophen]
        Fioricet with Codeine 50/300/40/30 mg, 1 capsule every 6 hours => Fioricet with Codeine[acetaminophen/butalbital/caffeine/codeine] strength=50/300/40/30 mg amount=1 form=capsule frequency=q6h
        The reviewer allowed Trezix 320.5-30- 16mg #10 only. => Trezix[acetaminophen/caffeine/dihydrocodeine] strength=320.5/30/16 mg quantity=10
        Menthol 20/10/4% => Menthol[menthol]
        # rule: dose.duration.4
        A two month supply of Celebrex 200 mg was requested. => Celebrex[celecoxib] duration=2 months strength=200 mg
        A 30-day supply of Lyrica was certified. => Lyrica[pregabalin] duration=30 days
        # rule: dose.duration.7
        Meloxicam was prescribed for a one month period after the sprain. => Meloxicam[meloxicam] duration=1 month
        # rule: dose.amount.3
        Percocet 5/325 mg one to two every six hours as needed => Percocet[oxycodone/acetaminophen] strength=5/325 mg amount=1-2 frequency=q6h frequency=PRN
        Mucinex long-acting one twice a day => Mucinex[guaifenesin] amount=1 frequency=2/day
        Lovenox 30 mg in 0.3 mL, inject subcutaneously once daily for 10 days => Lovenox[enoxaparin] strength=30 mg amount=0.3 ml route=subcutaneous frequency=1/day duration=10 days
        # rule: dose.quantity.6
        The reviewer modified Norco 10/325 mg to 60 tablets. => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=60
        Norco 10/325 mg, increase to 2 tablets daily => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=2 form=tablet frequency=1/day
        # rule: dose.skip.3
        Ketoprofen 10%, Lidocaine 5% in cream base, 120 grams => Ketoprofen[ketoprofen] strength=10%; Lidocaine[lidocaine] strength=5% quantity=120 g
        Heparin 5000 units subcu every 12 hours => Heparin[heparin] strength=5000 units route=subcutaneous frequency=q12h
        Ciprodex otic suspension, 4 drops in the left ear twice a day => Ciprodex[ciprofloxacin/dexamethasone] route=otic form=suspension amount=4 form=drop frequency=2/day
        DuoNeb nebulizer every 6 hours while awake => DuoNeb[ipratropium/albuterol] form=nebulizer frequency=q6h
        Naprosyn 500 mg occasionally as needed for pain => Naprosyn[naproxen] strength=500 mg frequency=PRN
        Darvocet-N 100, 40 tablets, one PO q.6h. p.r.n. => Darvocet-N[propoxyphene/acetaminophen] strength=100 quantity=40 form=tablet amount=1 route=oral frequency=q6h frequency=PRN
        Imodium A-D caplets, take two after each loose stool. => Imodium A-D[loperamide]
        Injected: Methyl Prednisolone (DepoMedrol): 40 mg, Sarapin: 2 cc => Methyl Prednisolone[methylprednisolone] strength=40 mg; DepoMedrol[methylprednisolone]; Sarapin[sarracenia purpurea] amount=2 ml
        Allergies: fish oil and iodine. => fish oil[fish oil]; iodine[iodine]
        """)
    void findsMedicationsWithTheirDoses(String sentence, String expected) {
        assertEquals(expected, render(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Muscle relaxants and NSAIDs have been tried. => class Muscle relaxants[muscle relaxant]; class NSAIDs[NSAID]
        Long-term use of benzodiazepines is not recommended; consider an antidepressant. => class benzodiazepines[benzodiazepine]; class antidepressant[antidepressant]
        Proton pump inhibitors are indicated for patients at GI risk on NSAIDs. => class Proton pump inhibitors[PPI]; class NSAIDs[NSAID]
        Anti-epilepsy drugs (AEDs) are recommended for neuropathic pain. => class Anti-epilepsy drugs[anticonvulsant]; class AEDs[anticonvulsant]
        Topical analgesics are largely experimental; a local anesthetic may be tried. => class Topical analgesics[topical analgesic]; class local anesthetic[local anesthetic]
        Psychotropic medications were adjusted by the psychiatrist. => class Psychotropic medications[psychotropic]
        Opiates and muscle relaxers were weaned. => class Opiates[opioid]; class muscle relaxers[muscle relaxant]
        Antispasticity/antispasmodic drugs such as baclofen are used for spasticity. => class Antispasticity/antispasmodic drugs[muscle relaxant]; baclofen[baclofen]
        Epidural steroid injection at L4-L5 was performed. => ~~
        He was treated for opiate addiction in 2012. => ~~
        Anticonvulsants and tricyclic antidepressants are first-line for neuropathic pain. => class Anticonvulsants[anticonvulsant]; class tricyclic antidepressants[antidepressant]
        He takes a PPI with his NSAID. => class PPI[PPI]; class NSAID[NSAID]
        """)
    void findsDrugClasses(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        The tension headaches and motion sickness were discussed in the session.
        The patient mentioned that the lotion helped; range of motion was limited.
        Deep tendon reflexes were symmetric and the patient was in no distress.
        TENS unit supplies and a lumbar support were requested.
        The clinician will mention the ambient noise, a singular finding, at the next session.
        The creator entered the metadata and the decade of records was reviewed.
        Patient education regarding medications and their side effects was provided.
        Two Bengal cages were packed with local bone graft.
        """)
    void ordinaryWordsAreNotMedications(String sentence) {
        assertEquals("", render(sentence));
    }
}
