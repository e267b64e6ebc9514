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
        Current medications: 1. Norco 10/325 mg 1 tab PO q4-6h PRN pain => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet route=oral frequency=q4-6h frequency=PRN
        Meds: Lyrica 75mg BID, Cymbalta 60 mg daily => Lyrica[pregabalin] strength=75 mg frequency=2/day; Cymbalta[duloxetine] strength=60 mg frequency=1/day
        2. Lidoderm 5% patch 12 hours on 12 hours off => Lidoderm[lidocaine] strength=5% form=patch frequency=1/day
        3. Butrans 10 mcg/hr patch every 7 days => Butrans[buprenorphine] strength=10 mcg/hr form=patch frequency=q7d
        Norco 5/325 #60, 1 po q6h prn, 0 refills => Norco[hydrocodone/acetaminophen] strength=5/325 quantity=60 amount=1 route=oral frequency=q6h frequency=PRN refills=0
        Oxycodone 5mg q4h prn breakthrough pain, MS Contin 15 mg q12h => Oxycodone[oxycodone] strength=5 mg frequency=q4h frequency=PRN; MS Contin[morphine] strength=15 mg frequency=q12h
        Medications: Protonix 40 mg daily, Colace 100 mg bid, Senna 8.6 mg 2 tabs qhs. => Protonix[pantoprazole] strength=40 mg frequency=1/day; Colace[docusate] strength=100 mg frequency=2/day; Senna[senna] strength=8.6 mg amount=2 form=tablet frequency=qhs
        Requested: Flexeril 7.5 mg #60; Prilosec 20 mg #30; Norco 10/325 mg #90. => Flexeril[cyclobenzaprine] strength=7.5 mg quantity=60; Prilosec[omeprazole] strength=20 mg quantity=30; Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=90
        Medication list: Valium 5 mg TID prn anxiety; Lexapro 10 mg daily; Buspar 15 mg bid. => Valium[diazepam] strength=5 mg frequency=3/day frequency=PRN; Lexapro[escitalopram] strength=10 mg frequency=1/day; Buspar[buspirone] strength=15 mg frequency=2/day
        Keppra 500 mg bid, Topamax 50 mg bid. => Keppra[levetiracetam] strength=500 mg frequency=2/day; Topamax[topiramate] strength=50 mg frequency=2/day
        Medications: Aleve OTC, Tylenol ES 500 mg 2 tabs prn. => Aleve[naproxen]; Tylenol ES[acetaminophen] strength=500 mg amount=2 form=tablet frequency=PRN
        Ambien 10mg, 1 PO QHS PRN sleep, #30, RF 1 => Ambien[zolpidem] strength=10 mg amount=1 route=oral frequency=qhs frequency=PRN quantity=30 refills=1
        Norco 10/325 mg #90 Ultram 50 mg #60 => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=90; Ultram[tramadol] strength=50 mg quantity=60
        Medications: Lisinopril 10 mg qd Metformin 500 mg bid Lipitor 20 mg qhs => Lisinopril[lisinopril] strength=10 mg frequency=1/day; Metformin[metformin] strength=500 mg frequency=2/day; Lipitor[atorvastatin] strength=20 mg frequency=qhs
        Lyrica 50 mg 3 capsules daily, Cymbalta 30 mg 2 capsules daily => Lyrica[pregabalin] strength=50 mg amount=3 form=capsule frequency=1/day; Cymbalta[duloxetine] strength=30 mg amount=2 form=capsule frequency=1/day
        Per the progress report dated 03/14/2014, current medications include Norco 10/325 mg one tablet every 6 hours, Anaprox DS 550 mg twice a day and Prilosec 20 mg daily. => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet frequency=q6h; Anaprox DS[naproxen] strength=550 mg frequency=2/day; Prilosec[omeprazole] strength=20 mg frequency=1/day
        The physician requested a refill of Soma 350mg #60 and Ultram ER 150mg #30. => Soma[carisoprodol] strength=350 mg quantity=60; Ultram ER[tramadol] strength=150 mg quantity=30
        The patient is currently on Xanax 0.5 mg prn and Zoloft 100 mg. => Xanax[alprazolam] strength=0.5 mg frequency=PRN; Zoloft[sertraline] strength=100 mg
        Norco 10/325mg, #90. Tramadol 50mg is also requested. => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=90; Tramadol[tramadol] strength=50 mg
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
        Ketoprofen 20% cream, dispense 1 tube, apply to affected area 2-3 times daily => Ketoprofen[ketoprofen] strength=20% form=cream quantity=1 frequency=2-3/day
        Omeprazole 20 mg one-month supply => Omeprazole[omeprazole] strength=20 mg duration=1 month
        Tramadol ER 100 mg qAM => Tramadol ER[tramadol] strength=100 mg frequency=qam
        Trazodone 50 mg po qhs prn insomnia => Trazodone[trazodone] strength=50 mg route=oral frequency=qhs frequency=PRN
        Zolpidem 5 mg hs => Zolpidem[zolpidem] strength=5 mg frequency=qhs
        Metoclopramide 10 mg ac and hs => Metoclopramide[metoclopramide] strength=10 mg frequency=ac frequency=qhs
        Nitroglycerin 0.4 mg SL q5min prn chest pain => Nitroglycerin[nitroglycerin] strength=0.4 mg route=sublingual frequency=q5min frequency=PRN
        Fentanyl 25 mcg/hr transdermal q72h => Fentanyl[fentanyl] strength=25 mcg/hr route=transdermal frequency=q72h
        Meloxicam 7.5 mg po daily with food => Meloxicam[meloxicam] strength=7.5 mg route=oral frequency=1/day
        Bactrim DS 1 tab po bid x 14 days => Bactrim DS[sulfamethoxazole/trimethoprim] amount=1 form=tablet route=oral frequency=2/day duration=14 days
        Prednisone taper: 40 mg daily x 3 days, then 20 mg daily x 3 days, then 10 mg daily x 3 days. => Prednisone[prednisone] strength=40 mg frequency=1/day duration=3 days strength=20 mg frequency=1/day duration=3 days strength=10 mg frequency=1/day duration=3 days
        Hydrocodone-acetaminophen 7.5-325 mg tablet, take 1 tablet by mouth every 6 hours as needed => Hydrocodone-acetaminophen[hydrocodone/acetaminophen] strength=7.5/325 mg form=tablet amount=1 form=tablet route=oral frequency=q6h frequency=PRN
        Gabapentin 300 mg capsule 1 cap po tid => Gabapentin[gabapentin] strength=300 mg form=capsule amount=1 form=capsule route=oral frequency=3/day
        Naproxen 500mg 1 po bid #60 RF x1 => Naproxen[naproxen] strength=500 mg amount=1 route=oral frequency=2/day quantity=60 refills=1
        Cyclobenzaprine 10 mg tablet 1/2 to 1 tablet at bedtime as needed for spasm => Cyclobenzaprine[cyclobenzaprine] strength=10 mg form=tablet amount=0.5-1 form=tablet frequency=qhs frequency=PRN
        Pennsaid 2% solution 2 pumps twice daily => Pennsaid[diclofenac] strength=2% form=solution amount=2 frequency=2/day
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
        Cymbalta 60 mg every day; Norco 5/325 mg q.i.d. p.r.n. => Cymbalta[duloxetine] strength=60 mg frequency=1/day; Norco[hydrocodone/acetaminophen] strength=5/325 mg frequency=4/day frequency=PRN
        Gabapentin: The request is not medically necessary. => Gabapentin[gabapentin]
        Oxycodone 5-10 mg q4h prn => Oxycodone[oxycodone] strength=5-10 mg frequency=q4h frequency=PRN
        Norco 10-325 mg 1 tab q 6 hrs prn => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet frequency=q6h frequency=PRN
        Percocet 7.5-325mg every 4-6 hours as needed for pain. => Percocet[oxycodone/acetaminophen] strength=7.5/325 mg frequency=q4-6h frequency=PRN
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
        Lidocaine 5% Gabapentin 6% cream => Lidocaine[lidocaine] strength=5%; Gabapentin[gabapentin] strength=6% form=cream
        Lidocaine 2% jelly 30 ml => Lidocaine[lidocaine] strength=2% form=jelly quantity=30 ml
        Fentanyl patch 50 mcg/hr q 72 hours, #10 => Fentanyl[fentanyl] form=patch strength=50 mcg/hr frequency=q72h quantity=10
        Flurbiprofen 20%/Baclofen 2%/Lidocaine 5% cream 180 gm => Flurbiprofen[flurbiprofen] strength=20%; Baclofen[baclofen] strength=2%; Lidocaine[lidocaine] strength=5% form=cream quantity=180 g
        Voltaren 1% gel, apply 4 g to the knee four times a day => Voltaren[diclofenac] strength=1% form=gel amount=4 g frequency=4/day
        Terocin lotion 120 ml => Terocin[methyl salicylate/capsaicin/menthol/lidocaine] form=lotion quantity=120 ml
        Menthoderm gel 240 gm => Menthoderm[methyl salicylate/menthol] form=gel quantity=240 g
        Dendracin lotion was prescribed. => Dendracin[methyl salicylate/menthol/capsaicin] form=lotion
        EMLA cream applied 1 hour prior to the procedure. => EMLA[lidocaine/prilocaine] form=cream
        Pt was given Sprix nasal spray. => Sprix[ketorolac] form=spray
        Apply Lidoderm patch to the low back 12 hrs on/12 hrs off. => Lidoderm[lidocaine] form=patch frequency=1/day
        Topical compound: Ketoprofen 10%, Gabapentin 6%, Bupivacaine 2%, Baclofen 2%, Cyclobenzaprine 2%, Clonidine 0.2% in 240 g => Ketoprofen[ketoprofen] strength=10%; Gabapentin[gabapentin] strength=6%; Bupivacaine[bupivacaine] strength=2%; Baclofen[baclofen] strength=2%; Cyclobenzaprine[cyclobenzaprine] strength=2%; Clonidine[clonidine] strength=0.2% quantity=240 g
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
        Depo-Medrol 80 mg / lidocaine 1% 2 cc were injected into the right shoulder. => Depo-Medrol[methylprednisolone] strength=80 mg; lidocaine[lidocaine] strength=1% amount=2 ml
        Kenalog 40 mg was injected into the subacromial space. => Kenalog[triamcinolone] strength=40 mg
        Celestone 6 mg and 1 cc of Marcaine 0.5% were injected. => Celestone[betamethasone] strength=6 mg; Marcaine[bupivacaine] amount=1 ml strength=0.5%
        Lidocaine 1% 3 ml and Kenalog 40 mg were injected into the trochanteric bursa. => Lidocaine[lidocaine] strength=1% amount=3 ml; Kenalog[triamcinolone] strength=40 mg
        He was given 2 ml of 0.5% Marcaine and 40 mg of Kenalog. => Marcaine[bupivacaine] amount=2 ml strength=0.5%; Kenalog[triamcinolone] strength=40 mg
        Kenalog-40 1 ml with 4 ml of 1% lidocaine was injected. => Kenalog-40[triamcinolone] amount=1 ml; lidocaine[lidocaine] amount=4 ml strength=1%
        A sample of Celebrex was given. => Celebrex[celecoxib]
        Trial of Toradol 30 mg IM injection. => Toradol[ketorolac] strength=30 mg route=intramuscular form=injection
        He received a Toradol injection of 60 mg. => Toradol[ketorolac] form=injection strength=60 mg
        Depo-Medrol 40 mg with 3 cc of 1% lidocaine was injected at L4-5. => Depo-Medrol[methylprednisolone] strength=40 mg; lidocaine[lidocaine] amount=3 ml strength=1%
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
        Symbicort 160/4.5 mcg 2 puffs BID => Symbicort[budesonide/formoterol] strength=160/4.5 mcg amount=2 frequency=2/day
        Augmentin 875 mg bid x 10 days => Augmentin[amoxicillin/clavulanate] strength=875 mg frequency=2/day duration=10 days
        Cipro 500 mg twice daily for 7 days => Cipro[ciprofloxacin] strength=500 mg frequency=2/day duration=7 days
        Medrol Dosepak as directed => Medrol Dosepak[methylprednisolone]
        The patient takes Lisinopril, Plavix, Lipitor and Coumadin. => Lisinopril[lisinopril]; Plavix[clopidogrel]; Lipitor[atorvastatin]; Coumadin[warfarin]
        He is diabetic on insulin and Januvia. => insulin[insulin]; Januvia[sitagliptin]
        Insulin glargine 30 units qhs and Humalog sliding scale. => Insulin glargine[insulin glargine] strength=30 units frequency=qhs; Humalog[insulin lispro]
        Lantus 25 units at bedtime, Novolog 8 units with meals. => Lantus[insulin glargine] strength=25 units frequency=qhs; Novolog[insulin aspart] strength=8 units
        Losartan-HCTZ 100-25 mg daily => Losartan-HCTZ[losartan/hydrochlorothiazide] strength=100/25 mg frequency=1/day
        He uses albuterol inhaler 2 puffs as needed. => albuterol[albuterol] form=inhaler amount=2 frequency=PRN
        Flonase 50 mcg 2 sprays each nostril daily => Flonase[fluticasone] strength=50 mcg amount=2 frequency=1/day
        Spiriva 18 mcg inhaled daily => Spiriva[tiotropium] strength=18 mcg route=inhaled frequency=1/day
        Zithromax Z-Pak as directed for 5 days => Zithromax[azithromycin]; Z-Pak[azithromycin] duration=5 days
        Plavix 75 mg daily, aspirin 81 mg daily, and Lipitor 80 mg at bedtime. => Plavix[clopidogrel] strength=75 mg frequency=1/day; aspirin[aspirin] strength=81 mg frequency=1/day; Lipitor[atorvastatin] strength=80 mg frequency=qhs
        Coumadin 5 mg Monday through Friday and 2.5 mg on weekends. => Coumadin[warfarin] strength=5 mg
        Methotrexate 15 mg weekly with folic acid 1 mg daily => Methotrexate[methotrexate] strength=15 mg frequency=1/week; folic acid[folic acid] strength=1 mg frequency=1/day
        A Medrol dose pack was given. => Medrol dose pack[methylprednisolone]
        Ultracet 37.5/325 mg #60 => Ultracet[tramadol/acetaminophen] strength=37.5/325 mg quantity=60
        Tylenol with Codeine #3 one tablet q6h => Tylenol with Codeine #3[codeine/acetaminophen] amount=1 form=tablet frequency=q6h
        Zipsor 25 mg capsules => Zipsor[diclofenac] strength=25 mg form=capsule
        Duexis 800/26.6 mg tid => Duexis[ibuprofen/famotidine] strength=800/26.6 mg frequency=3/day
        Vimovo 500/20 mg bid => Vimovo[naproxen/esomeprazole] strength=500/20 mg frequency=2/day
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
        The request for Norco 10/325mg #120 is not medically necessary. => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=120
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

    /** PR-2 medication lists, flattened tables (PDF lines), Rx lines, refills, switched and stopped drugs, misspellings. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        ~Current medications:\\n\\n1. Norco 10/325 mg one tab po q6h prn pain #120\\n\\n2. Anaprox DS 550 mg one po bid #60\\n\\n3. Prilosec 20 mg one po qd #30\\n\\n4. Lidoderm 5% patch 12 hrs on/12 hrs off #30~ => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet route=oral frequency=q6h frequency=PRN quantity=120; Anaprox DS[naproxen] strength=550 mg amount=1 route=oral frequency=2/day quantity=60; Prilosec[omeprazole] strength=20 mg amount=1 route=oral frequency=1/day quantity=30; Lidoderm[lidocaine] strength=5% form=patch frequency=1/day quantity=30
        ~Medication Strength Sig Qty\\n\\nTramadol ER 150 mg 1 PO daily 30\\n\\nCyclobenzaprine 7.5 mg 1 PO qhs 30~ => Tramadol ER[tramadol] strength=150 mg amount=1 route=oral frequency=1/day quantity=30; Cyclobenzaprine[cyclobenzaprine] strength=7.5 mg amount=1 route=oral frequency=qhs quantity=30
        ~MEDICATION DOSE FREQUENCY QUANTITY\\n\\nNorco 10/325 mg Q6H PRN 120\\n\\nNaproxen 550 mg BID 60\\n\\nOmeprazole 20 mg QD 30~ => Norco[hydrocodone/acetaminophen] strength=10/325 mg frequency=q6h frequency=PRN quantity=120; Naproxen[naproxen] strength=550 mg frequency=2/day quantity=60; Omeprazole[omeprazole] strength=20 mg frequency=1/day quantity=30
        Medications: 1) Hydrocodone/APAP 10/325mg 1 q4-6h prn 2) Gabapentin 300mg 1 tid 3) Docusate 100mg bid => Hydrocodone/APAP[hydrocodone/acetaminophen] strength=10/325 mg amount=1 frequency=q4-6h frequency=PRN; Gabapentin[gabapentin] strength=300 mg amount=1 frequency=3/day; Docusate[docusate] strength=100 mg frequency=2/day
        MEDICATIONS: Norco 10/325 mg q.6h. p.r.n., Motrin 800 mg t.i.d., Flexeril 10 mg h.s. => Norco[hydrocodone/acetaminophen] strength=10/325 mg frequency=q6h frequency=PRN; Motrin[ibuprofen] strength=800 mg frequency=3/day; Flexeril[cyclobenzaprine] strength=10 mg frequency=qhs
        Medications prescribed this visit: Tramadol 50mg #90 1-2 tabs po q8h prn, Fexmid 7.5mg #60 1 tab po bid prn spasm. => Tramadol[tramadol] strength=50 mg quantity=90 amount=1-2 form=tablet route=oral frequency=q8h frequency=PRN; Fexmid[cyclobenzaprine] strength=7.5 mg quantity=60 amount=1 form=tablet route=oral frequency=2/day frequency=PRN
        PR-2 dated 05/12/2014: The patient is currently taking Norco 10/325 three times a day and Ambien 10 mg at night. => Norco[hydrocodone/acetaminophen] strength=10/325 frequency=3/day; Ambien[zolpidem] strength=10 mg frequency=qhs
        Norco 10/325mg #120 (1 tab q6h) was certified with modification to #60. => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=120 amount=1 form=tablet frequency=q6h
        Prescriptions: Nucynta ER 100mg q12h #60; Nucynta 50mg q6h prn #60. => Nucynta ER[tapentadol] strength=100 mg frequency=q12h quantity=60; Nucynta[tapentadol] strength=50 mg frequency=q6h frequency=PRN quantity=60
        Rx: Ultram ER 150mg #30 x 2 refills => Ultram ER[tramadol] strength=150 mg quantity=30 refills=2
        Rx Norco 10/325 mg #60 no refills => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=60 refills=0
        RX: Cyclobenzaprine 10 mg, sig: 1 tab po hs prn, disp: #30, refills: 0 => Cyclobenzaprine[cyclobenzaprine] strength=10 mg amount=1 form=tablet route=oral frequency=qhs frequency=PRN quantity=30 refills=0
        Norco 10/325 mg, sig: 1 po q4-6h prn pain, disp #180, RF 0. => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 route=oral frequency=q4-6h frequency=PRN quantity=180 refills=0
        Ultram 50mg, 1 tab q6h prn, #120, 2 refills. => Ultram[tramadol] strength=50 mg amount=1 form=tablet frequency=q6h frequency=PRN quantity=120 refills=2
        Prescribed: Mobic 15 mg po daily #30, refills x 3. => Mobic[meloxicam] strength=15 mg route=oral frequency=1/day quantity=30 refills=3
        Dispensed in office: Naproxen 550mg #60 and Omeprazole 20mg #60. => Naproxen[naproxen] strength=550 mg quantity=60; Omeprazole[omeprazole] strength=20 mg quantity=60
        The treating physician requested a refill of Norco 10/325mg #120 and Zanaflex 4mg #60 with 1 refill. => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=120; Zanaflex[tizanidine] strength=4 mg quantity=60 refills=1
        Refill request: Celebrex 200mg #30, Lyrica 75mg #60. => Celebrex[celecoxib] strength=200 mg quantity=30; Lyrica[pregabalin] strength=75 mg quantity=60
        Patient is requesting refill of Norco; last refill was 30 days ago. => Norco[hydrocodone/acetaminophen]
        He stopped taking Lyrica due to weight gain and was switched to Gabapentin 300 mg tid. => Lyrica[pregabalin]; Gabapentin[gabapentin] strength=300 mg frequency=3/day
        Discontinued Soma. Started Robaxin 500 mg 2 tabs po qid prn. => Soma[carisoprodol]; Robaxin[methocarbamol] strength=500 mg amount=2 form=tablet route=oral frequency=4/day frequency=PRN
        Tramadol was replaced with Tylenol #3 one tab q6h prn. => Tramadol[tramadol]; Tylenol #3[codeine/acetaminophen] amount=1 form=tablet frequency=q6h frequency=PRN
        Previously on Oxycontin 20 mg q12h, now off opioids. => Oxycontin[oxycodone] strength=20 mg frequency=q12h; class opioids[opioid]
        Medication was changed from Celebrex to Mobic 7.5 mg daily. => Celebrex[celecoxib]; Mobic[meloxicam] strength=7.5 mg frequency=1/day
        Cymbalta 30mg x 7 days then increase to 60mg daily => Cymbalta[duloxetine] strength=30 mg duration=7 days strength=60 mg frequency=1/day
        Lyrica 75 mg bid was discontinued on 03/12/2015 due to edema. => Lyrica[pregabalin] strength=75 mg frequency=2/day
        Meds: Tramadole 50 mg bid, Cyclobenzeprine 10 mg qhs. => Tramadole[tramadol] strength=50 mg frequency=2/day; Cyclobenzeprine[cyclobenzaprine] strength=10 mg frequency=qhs
        Current medications include Neurontin 600 mg tid, Ambian 10 mg qhs and Omeprazol 20 mg qd. => Neurontin[gabapentin] strength=600 mg frequency=3/day; Ambian[zolpidem] strength=10 mg frequency=qhs; Omeprazol[omeprazole] strength=20 mg frequency=1/day
        Lisinipril 20 mg daily and Metformine 500 mg bid. => Lisinipril[lisinopril] strength=20 mg frequency=1/day; Metformine[metformin] strength=500 mg frequency=2/day
        Duragesic 25 mcg/h patch, change every 72 hours, #10 => Duragesic[fentanyl] strength=25 mcg/hr form=patch frequency=q72h quantity=10
        ~Medication: Norco 10/325mg\\n\\nSig: 1 tab PO q6h PRN pain\\n\\nQty: 120\\n\\nRefills: 0~ => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet route=oral frequency=q6h frequency=PRN quantity=120 refills=0
        ~Medication: Tramadol ER 150 mg\\n\\nDirections: take 1 tablet by mouth daily\\n\\nDispense: 30\\n\\nRefills: 2\\n\\nMedication: Lyrica 75 mg\\n\\nSig: 1 cap po bid\\n\\nQty: 60~ => Tramadol ER[tramadol] strength=150 mg amount=1 form=tablet route=oral frequency=1/day quantity=30 refills=2; Lyrica[pregabalin] strength=75 mg amount=1 form=capsule route=oral frequency=2/day quantity=60
        ~Norco 10/325 mg.\\n\\nThe patient reports 50% relief. Qty: 90 was noted last month.~ => Norco[hydrocodone/acetaminophen] strength=10/325 mg
        Tramadol 50mg Qty: 90 Refills: 1 Sig: 1 tab q8h prn pain => Tramadol[tramadol] strength=50 mg quantity=90 refills=1 amount=1 form=tablet frequency=q8h frequency=PRN
        Naprosyn 500mg x 60 tablets => Naprosyn[naproxen] strength=500 mg quantity=60 form=tablet
        Cymbalta 20 mg, 1 q.d. => Cymbalta[duloxetine] strength=20 mg amount=1 frequency=1/day
        Klonopin 1 bid for anxiety. => Klonopin[clonazepam] amount=1 frequency=2/day
        Norco 10 mg 3 times a day. => Norco[hydrocodone/acetaminophen] strength=10 mg frequency=3/day
        Butrans 5 mcg patch, 1 patch every 7 days, #4 was modified to #2. => Butrans[buprenorphine] strength=5 mcg form=patch amount=1 form=patch frequency=q7d quantity=4
        ~The patient was prescribed Norco 10/325 mg one tablet\\n\\nevery 6 hours as needed for pain #120 on 04/02/2014.~ => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet frequency=q6h frequency=PRN quantity=120
        Per the PR-2 report, the patient takesNorco 10/325mg 4 times a day and Soma 350mg at bedtime. => Norco[hydrocodone/acetaminophen] strength=10/325 mg frequency=4/day; Soma[carisoprodol] strength=350 mg frequency=qhs
        He has been on Norco 10/325 since 2011 and has not had any improvement. => Norco[hydrocodone/acetaminophen] strength=10/325
        Medications: Vicoden 5/500, Tylenal Extra Strength. => Vicoden[hydrocodone/acetaminophen] strength=5/500; Tylenal[acetaminophen]
        Omeprazole DR 20 mg one capsule by mouth every morning before breakfast #30 => Omeprazole DR[omeprazole] strength=20 mg amount=1 form=capsule route=oral frequency=qam
        ~Medications: Norco 10/325 1 tab q 4-6 h prn\\n\\n60 Soma 350 mg requested~ => Norco[hydrocodone/acetaminophen] strength=10/325 amount=1 form=tablet frequency=q4-6h frequency=PRN; Soma[carisoprodol] quantity=60 strength=350 mg
        Norco 10/325 mg 1 tab q4-6 hrs PRN 120 tablets => Norco[hydrocodone/acetaminophen] strength=10/325 mg amount=1 form=tablet frequency=q4-6h frequency=PRN quantity=120 form=tablet
        Flexeril 10 mg 1 at bedtime => Flexeril[cyclobenzaprine] strength=10 mg amount=1 frequency=qhs
        Baclofen 10mg one by mouth three times a day #90 => Baclofen[baclofen] strength=10 mg amount=1 route=oral frequency=3/day quantity=90
        Celebrex 200 mg 1 orally daily => Celebrex[celecoxib] strength=200 mg amount=1 route=oral frequency=1/day
        Mobic 7.5 mg 1-2 daily => Mobic[meloxicam] strength=7.5 mg amount=1-2 frequency=1/day
        Lyrica 50 mg 1 cap tid x 1 week, then 2 caps tid => Lyrica[pregabalin] strength=50 mg amount=1 form=capsule frequency=3/day duration=1 week amount=2 form=capsule frequency=3/day
        Norco 10/325, 1 po q4h prn #180 30 day supply => Norco[hydrocodone/acetaminophen] strength=10/325 amount=1 route=oral frequency=q4h frequency=PRN quantity=180 duration=30 days
        He reports taking Norco 3 per day on the left side of the bed. => Norco[hydrocodone/acetaminophen] frequency=3/day
        The patient has been taking Norco for over 2 years with no documented functional improvement and 2 prior UDS were inconsistent. => Norco[hydrocodone/acetaminophen]
        Norco was certified for 1 month for weaning purposes; 2 further refills are not supported. => Norco[hydrocodone/acetaminophen]
        Tylenol 500 mg 2 tabs q6h prn, not to exceed 3 grams per day. => Tylenol[acetaminophen] strength=500 mg amount=2 form=tablet frequency=q6h frequency=PRN
        Tylenol 500 mg 2 tabs q6h prn, max 3 grams per day, #100 => Tylenol[acetaminophen] strength=500 mg amount=2 form=tablet frequency=q6h frequency=PRN quantity=100
        Percocet 10/325 mg 1 tablet q4h prn, maximum of 6 tablets in 24 hours, #180 => Percocet[oxycodone/acetaminophen] strength=10/325 mg amount=1 form=tablet frequency=q4h frequency=PRN quantity=180
        Ultram 50 mg 1 tab by mouth every 6 hours as needed for pain, maximum 4 per day, #120, refills: 1 => Ultram[tramadol] strength=50 mg amount=1 form=tablet route=oral frequency=q6h frequency=PRN quantity=120 refills=1
        Oxycontin 20mg q12h, Oxycodone IR 10 mg q6h prn, Zanaflex 4 mg qhs, Senokot-S 2 tabs qhs. => Oxycontin[oxycodone] strength=20 mg frequency=q12h; Oxycodone IR[oxycodone] strength=10 mg frequency=q6h frequency=PRN; Zanaflex[tizanidine] strength=4 mg frequency=qhs; Senokot-S[sennosides/docusate] amount=2 form=tablet frequency=qhs
        Duloxetine DR 30 mg cap, take 1 cap daily x 7 days then 2 caps daily => Duloxetine DR[duloxetine] strength=30 mg form=capsule amount=1 form=capsule frequency=1/day duration=7 days amount=2 form=capsule frequency=1/day
        Medications: Neurontin 600mg tid, Nortryptiline 25 mg qhs, Cyclobenzeprene 10 mg => Neurontin[gabapentin] strength=600 mg frequency=3/day; Nortryptiline[nortriptyline] strength=25 mg frequency=qhs; Cyclobenzeprene[cyclobenzaprine] strength=10 mg
        """)
    void progressReportsTablesAndRefills(String sentence, String expected) {
        assertEquals(expected, render(sentence.replace("\\n", "\n")));
    }

    /** Vitamin D and calcium products, medical foods, patches worn 12 hours on and off, compounds written as ingredient lists. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Vitamin D 50,000 IU weekly => Vitamin D[vitamin d] strength=50000 units frequency=1/week
        vitamin D3 50,000 IU weekly => vitamin D3[cholecalciferol] strength=50000 units frequency=1/week
        Vitamin D 50,000 units po once a week x 8 weeks => Vitamin D[vitamin d] strength=50000 units route=oral frequency=1/week duration=8 weeks
        He takes calcium with vitamin D daily. => calcium with vitamin D[calcium/vitamin d] frequency=1/day
        Calcium with Vitamin D 600mg/400IU 1 tab bid => Calcium with Vitamin D[calcium/vitamin d] strength=600 mg/400 units amount=1 form=tablet frequency=2/day
        She takes vitamin D 1000 IU daily and calcium 500 mg bid. => vitamin D[vitamin d] strength=1000 units frequency=1/day; calcium[calcium] strength=500 mg frequency=2/day
        She has vitamin D deficiency and was started on vitamin D. => vitamin D[vitamin d]
        He takes a calcium channel blocker for hypertension. => class calcium channel blocker[calcium channel blocker]
        Theramine #120 is not medically necessary. => Theramine[theramine] quantity=120
        Sentra AM #60 and Sentra PM #60 were requested. => Sentra AM[sentra am] quantity=60; Sentra PM[sentra pm] quantity=60
        Trepadone #120, GABAdone #60 and Percura #120 are not medically necessary. => Trepadone[trepadone] quantity=120; GABAdone[gabadone] quantity=60; Percura[percura] quantity=120
        The request for Theramine, 2 capsules three times a day, #180 is not medically necessary. => Theramine[theramine] amount=2 form=capsule frequency=3/day quantity=180
        Theramine is a medical food and is not recommended for chronic pain. => Theramine[theramine]; class medical food[medical food]
        Trepadone 1 capsule bid #120 was requested for joint pain. => Trepadone[trepadone] amount=1 form=capsule frequency=2/day quantity=120
        Lidoderm 5% patch, 12 hours on 12 hours off, #30 => Lidoderm[lidocaine] strength=5% form=patch frequency=1/day quantity=30
        Lidoderm 5% patch apply 12 hrs on/12 hrs off #30 with 2 refills => Lidoderm[lidocaine] strength=5% form=patch frequency=1/day quantity=30 refills=2
        Lidoderm patches, apply one patch on for 12 hours and off for 12 hours, #30 => Lidoderm[lidocaine] form=patch amount=1 form=patch frequency=1/day quantity=30
        Flurbiprofen 20%/Lidocaine 5% cream 180 gm => Flurbiprofen[flurbiprofen] strength=20%; Lidocaine[lidocaine] strength=5% form=cream quantity=180 g
        Compounded cream: ketoprofen 10%, cyclobenzaprine 3%, lidocaine 5% => ketoprofen[ketoprofen] strength=10%; cyclobenzaprine[cyclobenzaprine] strength=3%; lidocaine[lidocaine] strength=5%
        Gabapentin 10%/Amitriptyline 10%/Bupivacaine 5% in cream base 210 g => Gabapentin[gabapentin] strength=10%; Amitriptyline[amitriptyline] strength=10%; Bupivacaine[bupivacaine] strength=5% quantity=210 g
        Capsaicin 0.025%/Flurbiprofen 15%/Gabapentin 10%/Menthol 2%/Camphor 2% 180gm => Capsaicin[capsaicin] strength=0.025%; Flurbiprofen[flurbiprofen] strength=15%; Gabapentin[gabapentin] strength=10%; Menthol[menthol] strength=2%; Camphor[camphor] strength=2% quantity=180 g
        Compounded cream: Flurbiprofen 25%, Cyclobenzaprine 2%, Lidocaine 5%, 240 g, apply thin layer tid. => Flurbiprofen[flurbiprofen] strength=25%; Cyclobenzaprine[cyclobenzaprine] strength=2%; Lidocaine[lidocaine] strength=5% quantity=240 g
        Topical: Terocin lotion apply bid to affected area 120 ml. => Terocin[methyl salicylate/capsaicin/menthol/lidocaine] form=lotion frequency=2/day quantity=120 ml
        She uses Voltaren gel 1% 2g qid to the knees. => Voltaren[diclofenac] form=gel strength=1% amount=2 g frequency=4/day
        The patient uses Flector 1.3% patch bid to the right elbow. => Flector[diclofenac] strength=1.3% form=patch frequency=2/day
        Fluriflex 180 gm and TGHot 180 gm were dispensed on 2/1/14. => Fluriflex[flurbiprofen/cyclobenzaprine] quantity=180 g; TGHot[tramadol/gabapentin/menthol/camphor/capsaicin] quantity=180 g
        Ketoprofen 20% cream 120 gm apply to the knees three times a day => Ketoprofen[ketoprofen] strength=20% form=cream quantity=120 g frequency=3/day
        Lactulose 30 ml daily => Lactulose[lactulose] amount=30 ml frequency=1/day
        MiraLAX 17 g daily in 8 oz water => MiraLAX[polyethylene glycol] strength=17 g frequency=1/day
        Percura 2 capsules bid #120 and Theramine 2 capsules tid #180 => Percura[percura] amount=2 form=capsule frequency=2/day quantity=120; Theramine[theramine] amount=2 form=capsule frequency=3/day quantity=180
        ODG does not recommend medical foods such as Sentra PM for insomnia. => class medical foods[medical food]; Sentra PM[sentra pm]
        Gabadone capsules #60 were dispensed. => Gabadone[gabadone] form=capsule quantity=60
        Vitamin D 2000 IU daily; Multivitamin daily. => Vitamin D[vitamin d] strength=2000 units frequency=1/day; Multivitamin[multivitamin] frequency=1/day
        He applies Voltaren gel to both knees 3 times daily and reports 20% improvement. => Voltaren[diclofenac] form=gel frequency=3/day
        Calcium and vitamin D supplementation were recommended for osteopenia. => Calcium and vitamin D[calcium/vitamin d]
        There is no indication for Theramine and Sentra PM 2 capsules at night. => Theramine[theramine]; Sentra PM[sentra pm] amount=2 form=capsule frequency=qhs
        """)
    void vitaminsMedicalFoodsPatchesAndCompounds(String sentence, String expected) {
        assertEquals(expected, render(sentence));
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
        "He was seen by Dr. Norman Keller at the Kaiser clinic.",
        "Vitamin D level was low at 18 ng/ml.",
        "Serum calcium was normal; 25-hydroxy vitamin D was 22.",
        "Labs showed vitamin D 25-OH of 19 and normal calcium.",
        "CT showed calcium deposits in the supraspinatus tendon.",
        "He gets calcium and vitamin D in his diet.",
        "She was counseled on dietary calcium and adequate vitamin D intake.",
        "The Forte study was cited. Ultra sound was normal. Dr. Levin and Dr. Morin saw him.",
        "Alert and oriented. Relax the shoulders. The actors were in a Lyric play.",
        "Alive and well. Baker reported alive with an alert affect."
    })
    void namesNoMedication(String sentence) {
        assertEquals("", render(sentence));
    }

    /** Misspelled five-letter names: one letter added or dropped, capitalized words only. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        He was taking Norcco 10/325 for pain. => Norcco[hydrocodone/acetaminophen] strength=10/325
        Advill 200 mg as needed. => Advill[ibuprofen] strength=200 mg frequency=PRN
        Motrn 800 mg tid. => Motrn[ibuprofen] strength=800 mg frequency=3/day
        Norcoo 10/325 #120 was requested. => Norcoo[hydrocodone/acetaminophen] strength=10/325 quantity=120
        She takes XANAXX 0.5 mg at bedtime. => XANAXX[alprazolam] strength=0.5 mg frequency=qhs
        """)
    void shortMisspellings(String sentence, String expected) {
        assertEquals(expected, render(sentence));
    }

    /** Dose changes (only the new dose counts), calcium products, compounds with their percentages after the names. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        Norco was decreased from 4 tablets per day to 3. => Norco[hydrocodone/acetaminophen] frequency=3/day
        Gabapentin was reduced from 600 mg tid to 300 mg bid. => Gabapentin[gabapentin] strength=300 mg frequency=2/day
        Oxycodone was tapered from 30 mg a day to 20 mg a day. => Oxycodone[oxycodone] strength=20 mg frequency=1/day
        Plan: increase gabapentin to 600 mg tid. => gabapentin[gabapentin] strength=600 mg frequency=3/day
        Prednisone taper to 5 mg daily. => Prednisone[prednisone] strength=5 mg frequency=1/day
        She takes Norco 10/325 mg from 2 to 3 times a day. => Norco[hydrocodone/acetaminophen] strength=10/325 mg
        Os-Cal 500 + D one tablet daily. => Os-Cal[calcium/vitamin d] strength=500 amount=1 form=tablet frequency=1/day
        Caltrate 600+D3 twice daily. => Caltrate[calcium/vitamin d] strength=600 frequency=2/day
        Flurbiprofen/Cyclobenzaprine/Menthol cream (20%/10%/4%) 180gm => Flurbiprofen/Cyclobenzaprine[flurbiprofen/cyclobenzaprine] strength=20/10%; Menthol[menthol] form=cream strength=4% quantity=180 g
        Ketoprofen/Gabapentin/Lidocaine cream 10%/6%/5% 120 g => Ketoprofen[ketoprofen] strength=10%; Gabapentin[gabapentin] strength=6%; Lidocaine[lidocaine] form=cream strength=5% quantity=120 g
        Tramadol/Gabapentin/Menthol/Camphor (8%/10%/2%/2%) 180gm is not recommended. => Tramadol[tramadol] strength=8%; Gabapentin[gabapentin] strength=10%; Menthol[menthol] strength=2%; Camphor[camphor] strength=2% quantity=180 g
        Flurbiprofen/Cyclobenzaprine/Menthol cream (20%/10%) 180gm => Flurbiprofen/Cyclobenzaprine[flurbiprofen/cyclobenzaprine]; Menthol[menthol] form=cream quantity=180 g
        The patient is on hydrocodone 10/325 four times a day. => hydrocodone[hydrocodone] strength=10/325 frequency=4/day
        Trazodone 50 mg at bedtime for sleep, #30. => Trazodone[trazodone] strength=50 mg frequency=qhs quantity=30
        Ambien 10 mg for insomnia #30 is not medically necessary. => Ambien[zolpidem] strength=10 mg quantity=30
        Norco 10/325 mg for the past 2 years. => Norco[hydrocodone/acetaminophen] strength=10/325 mg
        Flexeril 10 mg for muscle spasms 1 tab tid. => Flexeril[cyclobenzaprine] strength=10 mg
        """)
    void doseChangesCalciumAndCompoundLists(String sentence, String expected) {
        assertEquals(expected, render(sentence));
    }

    /** IMR rationale sentences: requests, certifications, weaning, history of use, urine drug screens. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', textBlock = """
        The request for Norco 10/325 mg #120 is not medically necessary. => Norco[hydrocodone/acetaminophen] strength=10/325 mg quantity=120
        Prilosec 20mg #60 is certified. => Prilosec[omeprazole] strength=20 mg quantity=60
        Therefore, weaning of Soma is recommended. => Soma[carisoprodol]
        The patient has been on opioids since 2012. => class opioids[opioid]
        The requested Tramadol ER 150 mg #30 with 2 refills is not medically necessary and appropriate. => Tramadol ER[tramadol] strength=150 mg quantity=30 refills=2
        Retrospective request for Ketoprofen 20% cream 120gm (DOS 4/12/2014) is non-certified. => Ketoprofen[ketoprofen] strength=20% form=cream quantity=120 g
        The patient has been taking Norco since at least 01/2013 without documented functional improvement. => Norco[hydrocodone/acetaminophen]
        Prospective request for 1 prescription of Lyrica 75mg #60 between 6/1/2014 and 7/16/2014 is not certified. => Lyrica[pregabalin] strength=75 mg quantity=60
        Cyclobenzaprine 7.5mg #90 is not medically necessary as it is recommended for short-term use only. => Cyclobenzaprine[cyclobenzaprine] strength=7.5 mg quantity=90
        There is no documentation of GI risk factors to support Omeprazole 20 mg #60. => Omeprazole[omeprazole] strength=20 mg quantity=60
        A urine drug screen on 3/5/2014 was consistent with prescribed Norco and Xanax. => Norco[hydrocodone/acetaminophen]; Xanax[alprazolam]
        The prior reviewer modified the request to Norco 10/325 #60 for weaning purposes. => Norco[hydrocodone/acetaminophen] strength=10/325 quantity=60
        Continued use of Ambien 10 mg #30 is not supported beyond 6 weeks. => Ambien[zolpidem] strength=10 mg quantity=30
        Terocin patches #30 are not medically necessary. => Terocin[methyl salicylate/capsaicin/menthol/lidocaine] form=patch quantity=30
        The injured worker reports 50% relief with Percocet 5/325 one every 6 hours as needed. => Percocet[oxycodone/acetaminophen] strength=5/325 amount=1 frequency=q6h frequency=PRN
        The claimant was prescribed Duexis 800/26.6 mg #90 on 05/14/2014. => Duexis[ibuprofen/famotidine] strength=800/26.6 mg quantity=90
        Fioricet #60 with 1 refill is not medically necessary. => Fioricet[butalbital/acetaminophen/caffeine] quantity=60 refills=1
        The patient was switched from Vicodin to Nucynta 50 mg every 6 hours. => Vicodin[hydrocodone/acetaminophen]; Nucynta[tapentadol] strength=50 mg frequency=q6h
        Butrans 10mcg/hr #4 is medically necessary. => Butrans[buprenorphine] strength=10 mcg/hr quantity=4
        The patient was weaned off Oxycontin 40 mg in 2013. => Oxycontin[oxycodone] strength=40 mg
        Ultracet 37.5/325mg #60 is certified. => Ultracet[tramadol/acetaminophen] strength=37.5/325 mg quantity=60
        Xanax 0.5 mg, quantity 60, is not medically necessary. => Xanax[alprazolam] strength=0.5 mg quantity=60
        MS Contin 30mg q12h #60 is not certified; a taper is recommended. => MS Contin[morphine] strength=30 mg frequency=q12h quantity=60
        Zolpidem 10mg #30 x 3 refills is non-certified. => Zolpidem[zolpidem] strength=10 mg quantity=30 refills=3
        Methoderm gel 120 ml is not medically necessary. => Methoderm[methyl salicylate/menthol] form=gel quantity=120 ml
        Norco 10/325 two daily as needed. => Norco[hydrocodone/acetaminophen] strength=10/325 amount=2 frequency=1/day frequency=PRN
        Ondansetron ODT 8mg #30 is not medically necessary for nausea secondary to opioid use. => Ondansetron ODT[ondansetron] strength=8 mg quantity=30; class opioid[opioid]
        The physician is requesting Oxycodone 15mg every 4 hours as needed, #180. => Oxycodone[oxycodone] strength=15 mg frequency=q4h frequency=PRN quantity=180
        Topical compound: Gabapentin 10%, Lidocaine 5%, Tramadol 15% 180 grams is not recommended. => Gabapentin[gabapentin] strength=10%; Lidocaine[lidocaine] strength=5%; Tramadol[tramadol] strength=15% quantity=180 g
        """)
    void imrRationaleRequests(String sentence, String expected) {
        assertEquals(expected, render(sentence));
    }
}
