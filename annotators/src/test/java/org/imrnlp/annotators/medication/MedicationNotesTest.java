package org.imrnlp.annotators.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Medications and doses in progress-note medication lists, prescription sigs, topical compounds,
 * injections, general-medicine drug lists and UR/IMR rationale sentences (new sentences, expected
 * values checked by hand), run through the real pipeline and rendered by {@link MedicationRender}.
 */
class MedicationNotesTest {

    private static ImrExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static String render(String text) {
        return MedicationRender.render(extractor.extract(text));
    }

    /** Numbered and run-on medication lists; doses never cross to the next drug or sentence. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Current medications: 1. Norco 10/325 mg 1 tab PO q4-6h PRN pain => Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg amount=1 form=tablet route=oral frequency=q4-6h frequency=PRN
        Meds: Lyrica 75mg BID, Cymbalta 60 mg daily => Lyrica[pregabalin] strength=75 mg frequency=2/day; Cymbalta[duloxetine] strength=60 mg frequency=1/day
        2. Lidoderm 5% patch 12 hours on 12 hours off => Lidoderm[lidocaine] strength=5 % form=patch
        3. Butrans 10 mcg/hr patch every 7 days => Butrans[buprenorphine] strength=10 mcg/hour form=patch frequency=q7d
        Norco 5/325 #60, 1 po q6h prn, 0 refills => Norco[hydrocodone/acetaminophen] strength=5/325 quantity=60 amount=1 route=oral frequency=q6h frequency=PRN refills=0
        Oxycodone 5mg q4h prn breakthrough pain, MS Contin 15 mg q12h => Oxycodone[oxycodone] strength=5 mg frequency=q4h frequency=PRN; MS Contin[morphine] strength=15 mg frequency=q12h
        Medications: Protonix 40 mg daily, Colace 100 mg bid, Senna 8.6 mg 2 tabs qhs. => Protonix[pantoprazole] strength=40 mg frequency=1/day; Colace[docusate] strength=100 mg frequency=2/day; Senna[senna] strength=8.6 mg amount=2 form=tablet frequency=qhs
        Requested: Flexeril 7.5 mg #60; Prilosec 20 mg #30; Norco 10/325 mg #90. => Flexeril[cyclobenzaprine] strength=7.5 mg quantity=60; Prilosec[omeprazole] strength=20 mg quantity=30; Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg quantity=90
        Medication list: Valium 5 mg TID prn anxiety; Lexapro 10 mg daily; Buspar 15 mg bid. => Valium[diazepam] strength=5 mg frequency=3/day frequency=PRN; Lexapro[escitalopram] strength=10 mg frequency=1/day; Buspar[buspirone] strength=15 mg frequency=2/day
        Keppra 500 mg bid, Topamax 50 mg bid. => Keppra[levetiracetam] strength=500 mg frequency=2/day; Topamax[topiramate] strength=50 mg frequency=2/day
        Medications: Aleve OTC, Tylenol ES 500 mg 2 tabs prn. => Aleve[naproxen]; Tylenol ES[acetaminophen] strength=500 mg amount=2 form=tablet frequency=PRN
        Ambien 10mg, 1 PO QHS PRN sleep, #30, RF 1 => Ambien[zolpidem] strength=10 mg amount=1 route=oral frequency=qhs frequency=PRN quantity=30 refills=1
        Norco 10/325 mg #90 Ultram 50 mg #60 => Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg quantity=90; Ultram[tramadol] strength=50 mg quantity=60
        Medications: Lisinopril 10 mg qd Metformin 500 mg bid Lipitor 20 mg qhs => Lisinopril[lisinopril] strength=10 mg frequency=1/day; Metformin[metformin] strength=500 mg frequency=2/day; Lipitor[atorvastatin] strength=20 mg frequency=qhs
        Lyrica 50 mg 3 capsules daily, Cymbalta 30 mg 2 capsules daily => Lyrica[pregabalin] strength=50 mg amount=3 form=capsule frequency=1/day; Cymbalta[duloxetine] strength=30 mg amount=2 form=capsule frequency=1/day
        Per the progress report dated 03/14/2014, current medications include Norco 10/325 mg one tablet every 6 hours, Anaprox DS 550 mg twice a day and Prilosec 20 mg daily. => Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg amount=1 form=tablet frequency=q6h; Anaprox DS[naproxen] strength=550 mg frequency=2/day; Prilosec[omeprazole] strength=20 mg frequency=1/day
        The physician requested a refill of Soma 350mg #60 and Ultram ER 150mg #30. => Soma[carisoprodol] strength=350 mg quantity=60; Ultram ER[tramadol] strength=150 mg quantity=30
        The patient is currently on Xanax 0.5 mg prn and Zoloft 100 mg. => Xanax[alprazolam] strength=0.5 mg frequency=PRN; Zoloft[sertraline] strength=100 mg
        Norco 10/325mg, #90. Tramadol 50mg is also requested. => Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg quantity=90; Tramadol[tramadol] strength=50 mg
        Ibuprofen 600 mg q8h. Famotidine 20 mg daily. => Ibuprofen[ibuprofen] strength=600 mg frequency=q8h; Famotidine[famotidine] strength=20 mg frequency=1/day
        Discontinue Soma. Start Skelaxin 800 mg TID. => Soma[carisoprodol]; Skelaxin[metaxalone] strength=800 mg frequency=3/day
        """)
    void medicationListLines(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    /** Sig abbreviations (po, qhs, qAM, hs, ac, q5min, RF), tapers, ranges, supplies and refills. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Soma 350 mg 1 tab TID x 30 days #90 with 2 refills => Soma[carisoprodol] strength=350 mg amount=1 form=tablet frequency=3/day duration=30 days quantity=90 refills=2
        Ketoprofen 20% cream, dispense 1 tube, apply to affected area 2-3 times daily => Ketoprofen[ketoprofen] strength=20 % form=cream quantity=1 frequency=2-3/day
        Omeprazole 20 mg one-month supply => Omeprazole[omeprazole] strength=20 mg duration=1 month
        Tramadol ER 100 mg qAM => Tramadol ER[tramadol] strength=100 mg frequency=qam
        Trazodone 50 mg po qhs prn insomnia => Trazodone[trazodone] strength=50 mg route=oral frequency=qhs frequency=PRN
        Zolpidem 5 mg hs => Zolpidem[zolpidem] strength=5 mg frequency=qhs
        Metoclopramide 10 mg ac and hs => Metoclopramide[metoclopramide] strength=10 mg frequency=ac frequency=qhs
        Nitroglycerin 0.4 mg SL q5min prn chest pain => Nitroglycerin[nitroglycerin] strength=0.4 mg route=sublingual frequency=q5min frequency=PRN
        Fentanyl 25 mcg/hr transdermal q72h => Fentanyl[fentanyl] strength=25 mcg/hour route=transdermal frequency=q72h
        Meloxicam 7.5 mg po daily with food => Meloxicam[meloxicam] strength=7.5 mg route=oral frequency=1/day
        Bactrim DS 1 tab po bid x 14 days => Bactrim DS[sulfamethoxazole/trimethoprim] amount=1 form=tablet route=oral frequency=2/day duration=14 days
        Prednisone taper: 40 mg daily x 3 days, then 20 mg daily x 3 days, then 10 mg daily x 3 days. => Prednisone[prednisone] strength=40 mg frequency=1/day duration=3 days strength=20 mg frequency=1/day duration=3 days strength=10 mg frequency=1/day duration=3 days
        Hydrocodone-acetaminophen 7.5-325 mg tablet, take 1 tablet by mouth every 6 hours as needed => Hydrocodone-acetaminophen[hydrocodone/acetaminophen] strength=7.5/325 mg/mg form=tablet amount=1 form=tablet route=oral frequency=q6h frequency=PRN
        Gabapentin 300 mg capsule 1 cap po tid => Gabapentin[gabapentin] strength=300 mg form=capsule amount=1 form=capsule route=oral frequency=3/day
        Naproxen 500mg 1 po bid #60 RF x1 => Naproxen[naproxen] strength=500 mg amount=1 route=oral frequency=2/day quantity=60 refills=1
        Cyclobenzaprine 10 mg tablet 1/2 to 1 tablet at bedtime as needed for spasm => Cyclobenzaprine[cyclobenzaprine] strength=10 mg form=tablet amount=0.5-1 form=tablet frequency=qhs frequency=PRN
        Pennsaid 2% solution 2 pumps twice daily => Pennsaid[diclofenac] strength=2 % form=solution amount=2 frequency=2/day
        Neurontin 600 mg po tid, max 3600 mg/day. => Neurontin[gabapentin] strength=600 mg route=oral frequency=3/day
        Relafen 750 mg 1 tab po bid => Relafen[nabumetone] strength=750 mg amount=1 form=tablet route=oral frequency=2/day
        Nucynta 50 mg 1-2 tabs q4-6h prn, not to exceed 6 tabs per day => Nucynta[tapentadol] strength=50 mg amount=1-2 form=tablet frequency=q4-6h frequency=PRN
        Belbuca 150 mcg buccal film every 12 hours => Belbuca[buprenorphine] strength=150 mcg route=buccal form=film frequency=q12h
        Lunesta 3 mg qhs #30 => Lunesta[eszopiclone] strength=3 mg frequency=qhs quantity=30
        Restoril 15 mg at hs => Restoril[temazepam] strength=15 mg frequency=qhs
        Sertraline 50mg 1 PO QD => Sertraline[sertraline] strength=50 mg amount=1 route=oral frequency=1/day
        Effexor XR 75 mg every morning => Effexor XR[venlafaxine] strength=75 mg frequency=qam
        Elavil 10 mg po qhs x 1 month => Elavil[amitriptyline] strength=10 mg route=oral frequency=qhs duration=1 month
        Tizanidine 4mg 1 tab po q8h prn spasm #90 refills: 2 => Tizanidine[tizanidine] strength=4 mg amount=1 form=tablet route=oral frequency=q8h frequency=PRN quantity=90 refills=2
        Requested treatment: Omeprazole DR 20mg #60 x 3 refills => Omeprazole DR[omeprazole] strength=20 mg quantity=60 refills=3
        Gabapentin 300-600 mg at bedtime => Gabapentin[gabapentin] strength=300-600 mg frequency=qhs
        Klonopin 0.5-1 mg bid prn anxiety #60 => Klonopin[clonazepam] strength=0.5-1 mg frequency=2/day frequency=PRN quantity=60
        Tramadol 50 mg 1-2 po q6h prn #120 => Tramadol[tramadol] strength=50 mg amount=1-2 route=oral frequency=q6h frequency=PRN quantity=120
        Cymbalta 60 mg every day; Norco 5/325 mg q.i.d. p.r.n. => Cymbalta[duloxetine] strength=60 mg frequency=1/day; Norco[hydrocodone/acetaminophen] strength=5/325 mg/mg frequency=4/day frequency=PRN
        Gabapentin: The request is not medically necessary. => Gabapentin[gabapentin]
        Oxycodone 5-10 mg q4h prn => Oxycodone[oxycodone] strength=5-10 mg frequency=q4h frequency=PRN
        Norco 10-325 mg 1 tab q 6 hrs prn => Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg amount=1 form=tablet frequency=q6h frequency=PRN
        Percocet 7.5-325mg every 4-6 hours as needed for pain. => Percocet[oxycodone/acetaminophen] strength=7.5/325 mg/mg frequency=q4-6h frequency=PRN
        Levothyroxine 0.088 mg daily before breakfast => Levothyroxine[levothyroxine] strength=0.088 mg frequency=1/day
        Gabapentin was titrated up to 600 mg TID. => Gabapentin[gabapentin] strength=600 mg frequency=3/day
        The patient was taking Gabapentin; 300 mg three times a day was not tolerated. => Gabapentin[gabapentin]
        He takes Norco for pain. 2 tablets a day are requested. => Norco[hydrocodone/acetaminophen]
        Norco. 10 tablets were left in the bottle. => Norco[hydrocodone/acetaminophen]
        """)
    void prescriptionSigs(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    /** Patches, gels, lotions and compounds; a volume or weight after the form is the quantity dispensed. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Lidocaine 5% Gabapentin 6% cream => Lidocaine[lidocaine] strength=5 %; Gabapentin[gabapentin] strength=6 % form=cream
        Lidocaine 2% jelly 30 ml => Lidocaine[lidocaine] strength=2 % form=jelly quantity=30 ml
        Fentanyl patch 50 mcg/hr q 72 hours, #10 => Fentanyl[fentanyl] form=patch strength=50 mcg/hour frequency=q72h quantity=10
        Flurbiprofen 20%/Baclofen 2%/Lidocaine 5% cream 180 gm => Flurbiprofen[flurbiprofen] strength=20 %; Baclofen[baclofen] strength=2 %; Lidocaine[lidocaine] strength=5 % form=cream quantity=180 g
        Voltaren 1% gel, apply 4 g to the knee four times a day => Voltaren[diclofenac] strength=1 % form=gel amount=4 g
        Terocin lotion 120 ml => Terocin[methyl salicylate/capsaicin/menthol/lidocaine] form=lotion quantity=120 ml
        Menthoderm gel 240 gm => Menthoderm[methyl salicylate/menthol] form=gel quantity=240 g
        Dendracin lotion was prescribed. => Dendracin[methyl salicylate/menthol/capsaicin] form=lotion
        EMLA cream applied 1 hour prior to the procedure. => EMLA[lidocaine/prilocaine] form=cream
        Pt was given Sprix nasal spray. => Sprix[ketorolac] form=spray
        Apply Lidoderm patch to the low back 12 hrs on/12 hrs off. => Lidoderm[lidocaine] form=patch
        Topical compound: Ketoprofen 10%, Gabapentin 6%, Bupivacaine 2%, Baclofen 2%, Cyclobenzaprine 2%, Clonidine 0.2% in 240 g => Ketoprofen[ketoprofen] strength=10 %; Gabapentin[gabapentin] strength=6 %; Bupivacaine[bupivacaine] strength=2 %; Baclofen[baclofen] strength=2 %; Cyclobenzaprine[cyclobenzaprine] strength=2 %; Clonidine[clonidine] strength=0.2 % quantity=240 g
        Request for Terocin patch #30 for the lumbar spine is not medically necessary. => Terocin[methyl salicylate/capsaicin/menthol/lidocaine] form=patch quantity=30
        The request for LidoPro ointment 121 gm is not medically necessary. => LidoPro[methyl salicylate/capsaicin/menthol/lidocaine] form=ointment quantity=121 g
        Ketoprofen cream is not FDA approved for topical application. => Ketoprofen[ketoprofen] form=cream
        """)
    void topicalsAndCompounds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    /** Injections: a volume before {@code of} or after the strength is the amount injected. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Toradol 60 mg IM was administered in the clinic today. => Toradol[ketorolac] strength=60 mg route=intramuscular
        Depo-Medrol 80 mg / lidocaine 1% 2 cc were injected into the right shoulder. => Depo-Medrol[methylprednisolone] strength=80 mg; lidocaine[lidocaine] strength=1 % amount=2 ml
        Kenalog 40 mg was injected into the subacromial space. => Kenalog[triamcinolone] strength=40 mg
        Celestone 6 mg and 1 cc of Marcaine 0.5% were injected. => Celestone[betamethasone] strength=6 mg; Marcaine[bupivacaine] amount=1 ml strength=0.5 %
        Lidocaine 1% 3 ml and Kenalog 40 mg were injected into the trochanteric bursa. => Lidocaine[lidocaine] strength=1 % amount=3 ml; Kenalog[triamcinolone] strength=40 mg
        He was given 2 ml of 0.5% Marcaine and 40 mg of Kenalog. => Marcaine[bupivacaine] amount=2 ml strength=0.5 %; Kenalog[triamcinolone] strength=40 mg
        Kenalog-40 1 ml with 4 ml of 1% lidocaine was injected. => Kenalog-40[triamcinolone] amount=1 ml; lidocaine[lidocaine] amount=4 ml strength=1 %
        A sample of Celebrex was given. => Celebrex[celecoxib]
        Trial of Toradol 30 mg IM injection. => Toradol[ketorolac] strength=30 mg route=intramuscular form=injection
        He received a Toradol injection of 60 mg. => Toradol[ketorolac] form=injection strength=60 mg
        Depo-Medrol 40 mg with 3 cc of 1% lidocaine was injected at L4-5. => Depo-Medrol[methylprednisolone] strength=40 mg; lidocaine[lidocaine] amount=3 ml strength=1 %
        Testosterone cypionate 200 mg IM every 2 weeks => Testosterone cypionate[testosterone] strength=200 mg route=intramuscular frequency=q2w
        Vitamin B12 1,000 mcg IM monthly => Vitamin B12[cyanocobalamin] strength=1000 mcg route=intramuscular frequency=1/month
        Toradol 30 mg IV every 6 hours for no more than 5 days => Toradol[ketorolac] strength=30 mg route=intravenous frequency=q6h
        """)
    void injections(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    /** Antihypertensives, diabetes drugs, statins, anticoagulants, thyroid, inhalers and antibiotics. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Amlodipine 10 mg daily, losartan 50 mg daily, and hydrochlorothiazide 25 mg daily for hypertension. => Amlodipine[amlodipine] strength=10 mg frequency=1/day; losartan[losartan] strength=50 mg frequency=1/day; hydrochlorothiazide[hydrochlorothiazide] strength=25 mg frequency=1/day
        Metformin ER 1000 mg with dinner; glipizide 5 mg qAM. => Metformin ER[metformin] strength=1000 mg; glipizide[glipizide] strength=5 mg frequency=qam
        Simvastatin 20 mg qhs => Simvastatin[simvastatin] strength=20 mg frequency=qhs
        Warfarin 5 mg daily, INR goal 2-3. => Warfarin[warfarin] strength=5 mg frequency=1/day
        Xarelto 20 mg with evening meal => Xarelto[rivaroxaban] strength=20 mg
        Synthroid 75 mcg daily => Synthroid[levothyroxine] strength=75 mcg frequency=1/day
        ProAir HFA 90 mcg 2 puffs q4-6h prn wheezing => ProAir HFA[albuterol] strength=90 mcg amount=2 frequency=q4-6h frequency=PRN
        Advair 250/50 one puff twice daily => Advair[fluticasone/salmeterol] strength=250/50 amount=1 frequency=2/day
        Symbicort 160/4.5 mcg 2 puffs BID => Symbicort[budesonide/formoterol] strength=160/4.5 mcg/mcg amount=2 frequency=2/day
        Augmentin 875 mg bid x 10 days => Augmentin[amoxicillin/clavulanate] strength=875 mg frequency=2/day duration=10 days
        Cipro 500 mg twice daily for 7 days => Cipro[ciprofloxacin] strength=500 mg frequency=2/day duration=7 days
        Medrol Dosepak as directed => Medrol Dosepak[methylprednisolone]
        The patient takes Lisinopril, Plavix, Lipitor and Coumadin. => Lisinopril[lisinopril]; Plavix[clopidogrel]; Lipitor[atorvastatin]; Coumadin[warfarin]
        He is diabetic on insulin and Januvia. => insulin[insulin]; Januvia[sitagliptin]
        Insulin glargine 30 units qhs and Humalog sliding scale. => Insulin glargine[insulin glargine] strength=30 units frequency=qhs; Humalog[insulin lispro]
        Lantus 25 units at bedtime, Novolog 8 units with meals. => Lantus[insulin glargine] strength=25 units frequency=qhs; Novolog[insulin aspart] strength=8 units
        Losartan-HCTZ 100-25 mg daily => Losartan-HCTZ[losartan/hydrochlorothiazide] strength=100/25 mg/mg frequency=1/day
        He uses albuterol inhaler 2 puffs as needed. => albuterol[albuterol] form=inhaler amount=2 frequency=PRN
        Flonase 50 mcg 2 sprays each nostril daily => Flonase[fluticasone] strength=50 mcg amount=2 frequency=1/day
        Spiriva 18 mcg inhaled daily => Spiriva[tiotropium] strength=18 mcg route=inhaled frequency=1/day
        Zithromax Z-Pak as directed for 5 days => Zithromax[azithromycin]; Z-Pak[azithromycin] duration=5 days
        Plavix 75 mg daily, aspirin 81 mg daily, and Lipitor 80 mg at bedtime. => Plavix[clopidogrel] strength=75 mg frequency=1/day; aspirin[aspirin] strength=81 mg frequency=1/day; Lipitor[atorvastatin] strength=80 mg frequency=qhs
        Coumadin 5 mg Monday through Friday and 2.5 mg on weekends. => Coumadin[warfarin] strength=5 mg
        Methotrexate 15 mg weekly with folic acid 1 mg daily => Methotrexate[methotrexate] strength=15 mg frequency=1/week; folic acid[folic acid] strength=1 mg frequency=1/day
        A Medrol dose pack was given. => Medrol dose pack[methylprednisolone]
        Ultracet 37.5/325 mg #60 => Ultracet[tramadol/acetaminophen] strength=37.5/325 mg/mg quantity=60
        Tylenol with Codeine #3 one tablet q6h => Tylenol with Codeine #3[codeine/acetaminophen] amount=1 form=tablet frequency=q6h
        Zipsor 25 mg capsules => Zipsor[diclofenac] strength=25 mg form=capsule
        Duexis 800/26.6 mg tid => Duexis[ibuprofen/famotidine] strength=800/26.6 mg/mg frequency=3/day
        Vimovo 500/20 mg bid => Vimovo[naproxen/esomeprazole] strength=500/20 mg/mg frequency=2/day
        Xtampza ER 13.5 mg q12h => Xtampza ER[oxycodone] strength=13.5 mg frequency=q12h
        Hysingla ER 30 mg daily => Hysingla ER[hydrocodone] strength=30 mg frequency=1/day
        Vitamin D3 2000 IU daily => Vitamin D3[cholecalciferol] strength=2000 units frequency=1/day
        """)
    void generalMedicine(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    /** Utilization review and IMR rationale phrasing, drug screens, history and allergies. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        The request for Norco 10/325mg #120 is not medically necessary. => Norco[hydrocodone/acetaminophen] strength=10/325 mg/mg quantity=120
        The request for a trial of Gabapentin 300 mg is medically necessary. => Gabapentin[gabapentin] strength=300 mg
        She is status post a trial of Lyrica which caused weight gain. => Lyrica[pregabalin]
        The guidelines support a trial of Cymbalta 30 mg for neuropathic pain. => Cymbalta[duloxetine] strength=30 mg
        The requested Zanaflex 4mg #90 is not medically necessary; the prior request for Norco was modified to #60 for weaning. => Zanaflex[tizanidine] strength=4 mg quantity=90; Norco[hydrocodone/acetaminophen]
        There is no documentation of functional improvement with the use of Norco. => Norco[hydrocodone/acetaminophen]
        The patient's mother took Coumadin. => Coumadin[warfarin]
        The patient states that Neurontin helps "a little" and he takes 3 a day. => Neurontin[gabapentin]
        He is taking Oxycontin 40 mg three times a day, which exceeds 120 mg morphine equivalent dose. => Oxycontin[oxycodone] strength=40 mg frequency=3/day
        Morphine equivalent dose is 180 mg per day. => ~~
        She has been prescribed Ativan 1mg at bedtime for anxiety since 2011. => Ativan[lorazepam] strength=1 mg frequency=qhs
        The patient was given samples of Celebrex. => Celebrex[celecoxib]
        The claimant has tried physical therapy, chiropractic, acupuncture, and medications including Naprosyn and Flexeril without benefit. => Naprosyn[naproxen]; Flexeril[cyclobenzaprine]
        A urine drug screen was consistent with prescribed hydrocodone. => hydrocodone[hydrocodone]
        Urine toxicology was positive for oxycodone and negative for alprazolam. => oxycodone[oxycodone]; alprazolam[alprazolam]
        Omeprazole 20mg DR capsule #60 is not medically necessary as there is no GI risk. => Omeprazole[omeprazole] strength=20 mg form=capsule quantity=60
        The patient reports gastritis with use of ibuprofen. => ibuprofen[ibuprofen]
        He takes aspirin 325 mg occasionally for headaches. => aspirin[aspirin] strength=325 mg
        Allergies: Penicillin, sulfa, codeine. => Penicillin[penicillin]; codeine[codeine]
        He has a morphine allergy. => morphine[morphine]
        The patient was counseled on Percocet versus Norco. => Percocet[oxycodone/acetaminophen]; Norco[hydrocodone/acetaminophen]
        He takes Advil and Aleve intermittently. => Advil[ibuprofen]; Aleve[naproxen]
        """)
    void reviewRationaleAndHistory(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, render(sentence));
    }

    /** Words and phrases that contain or resemble drug names but name no medication. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Her daily morphine equivalent dose is 90 mg.",
        "Dosing should not exceed 120 morphine milligram equivalents per day.",
        "The insulin-dependent diabetes mellitus is well controlled by his internist.",
        "Non-insulin dependent diabetes was noted in the past medical history.",
        "She has nicotine dependence and was advised to stop smoking.",
        "He complains of a stiff neck and a sore back, with a tender Adam's apple.",
        "The patient was advised to use ice and heat and to continue the home exercise program.",
        "The patient drinks alcohol socially and denies tobacco use.",
        "Medications: None.",
        "The patient reports no known drug allergies.",
        "The motor exam shows 5/5 strength; sensation is intact in the L4, L5 and S1 dermatomes.",
        "Physical therapy twice a week for 6 weeks was requested.",
        "He was seen by Dr. Norman Keller at the Kaiser clinic."
    })
    void namesNoMedication(String sentence) {
        assertEquals("", render(sentence));
    }
}
