# Latvian (lv). Translated from en.ftl.

## Shared by the mails

cart-greeting = Sveiki!
billing-greeting = Labdien!
button-fallback = Ja poga nedarbojas, iekopējiet šo saiti savā pārlūkprogrammā:
cart-quantity = Daudzums: { $quantity }
cart-more-items =
    { $count ->
        [zero] un vēl { $count } preces
        [one] un vēl { $count } prece
       *[other] un vēl { $count } preces
    }
cart-total = Groza kopsumma: { $total }
cart-button = Atgriezties pie groza
cart-link-text = Turpiniet tur, kur palikāt:
cart-promo-code = Noformējot pasūtījumu, ievadiet atlaides kodu { $code }.
cart-footer-reason = Jūs saņemat šo e-pasta vēstuli, jo piekritāt saņemt e-pasta vēstules no { $shop }.
cart-footer-unsubscribe = <a>Atteikties</a> no šīm e-pasta vēstulēm.
cart-footer-unsubscribe-text = Atteikties no šīm e-pasta vēstulēm:
billing-footer = Šī e-pasta vēstule attiecas uz Jūsu { $shop } abonementu. Mēs to nosūtījām uz Jūsu kontā norādīto e-pasta adresi.
billing-amount-due = Maksājamā summa: { $amount }
billing-update-button = Atjaunināt maksājuma veidu
billing-update-text = Atjauniniet maksājuma veidu šeit:
retention-offer = Domājat atcelt abonementu? Pirms to darāt, <a>apskatiet, ko varam Jums piedāvāt</a>.
retention-offer-text = Domājat atcelt abonementu? Pirms to darāt, apskatiet, ko varam Jums piedāvāt:

## recovery: the first mail about an abandoned cart

recovery-subject = Jūs kaut ko atstājāt savā grozā veikalā { $shop }
recovery-intro = Jūs kaut ko atstājāt savā grozā veikalā { $shop }. Neuztraucieties, mēs to saglabājām, lai Jūs varētu turpināt tieši tur, kur palikāt.

## recovery-reminder: the second

recovery-reminder-subject = Jūsu grozs veikalā { $shop } joprojām gaida
recovery-reminder-intro = Atgādinām: preces, ko izvēlējāties veikalā { $shop }, joprojām ir Jūsu grozā un ir saglabātas Jums.

## recovery-last-call: the last

recovery-last-call-subject = Pēdējais atgādinājums: Jūsu grozs veikalā { $shop }
recovery-last-call-intro = Šis ir mūsu pēdējais atgādinājums par grozu, ko atstājāt veikalā { $shop }. Tas joprojām ir saglabāts, ja vēlaties pabeigt pasūtījumu.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Jūsu maksājums neizdevās
billing-payment-failed-subject-amount = Jūsu maksājums { $amount } apmērā neizdevās
billing-payment-failed-intro = Mums neizdevās iekasēt maksājumu ar maksājuma veidu, kas saglabāts Jūsu { $shop } abonementam.
billing-payment-failed-next-attempt = Mēģināsim vēlreiz. Nākamā mēģinājuma datums: { $date }. Lūdzu, līdz tam atjauniniet maksājuma veidu, lai Jūsu abonements turpinātos bez pārtraukuma.
billing-payment-failed-update = Lūdzu, atjauniniet maksājuma veidu, lai Jūsu abonements turpinātos bez pārtraukuma.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Atgādinājums: Jūsu maksājums joprojām nav veikts
billing-payment-reminder-subject-amount = Atgādinājums: Jūsu maksājums { $amount } apmērā joprojām nav veikts
billing-payment-reminder-intro = Mēs vēlreiz mēģinājām iekasēt maksājumu par Jūsu { $shop } abonementu ar saglabāto maksājuma veidu, taču maksājums atkal neizdevās.
billing-payment-reminder-next-attempt = Nākamā mēģinājuma datums: { $date }. Lūdzu, līdz tam atjauniniet maksājuma veidu, lai Jūsu abonements paliktu aktīvs.
billing-payment-reminder-update = Lūdzu, atjauniniet maksājuma veidu, lai Jūsu abonements paliktu aktīvs.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Pēdējais paziņojums: Jūsu maksājums neizdevās
billing-final-notice-subject-amount = Pēdējais paziņojums: Jūsu maksājums { $amount } apmērā neizdevās
billing-final-notice-intro = Mums neizdevās iekasēt maksājumu par Jūsu { $shop } abonementu. Tas bija mūsu pēdējais automātiskais mēģinājums: mēs vairs nemēģināsim iekasēt maksājumu ar Jūsu maksājuma veidu.
billing-final-notice-pay = Lai saglabātu abonementu, lūdzu, apmaksājiet rēķinu tagad.
billing-final-notice-pay-or-update = Lai saglabātu abonementu, lūdzu, apmaksājiet rēķinu tagad vai atjauniniet maksājuma veidu.
billing-final-notice-update = Lai saglabātu abonementu, lūdzu, atjauniniet maksājuma veidu tagad.
billing-final-notice-pay-button = Apmaksāt rēķinu
billing-final-notice-or-update = Vai arī <a>atjauniniet maksājuma veidu</a>
billing-final-notice-pay-text = Lai saglabātu abonementu, lūdzu, apmaksājiet rēķinu tagad:
billing-final-notice-or-update-text = Vai arī atjauniniet maksājuma veidu šeit:
billing-final-notice-update-text = Lai saglabātu abonementu, lūdzu, atjauniniet maksājuma veidu tagad:
billing-final-notice-consequence = Ja maksājums netiks veikts, Jūsu abonements var tikt apturēts vai atcelts.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Lūdzu, apstipriniet savu maksājumu
billing-payment-action-required-subject-amount = Lūdzu, apstipriniet savu maksājumu { $amount } apmērā
billing-payment-action-required-intro = Jūsu banka lūdz apstiprināt maksājumu par Jūsu { $shop } abonementu. Tā ir papildu drošības pārbaude, piemēram, 3-D Secure, lai pārliecinātos, ka tas tiešām esat Jūs. Maksājumu nevar veikt, kamēr Jūs to neapstiprināsiet.
billing-payment-action-required-button = Apstiprināt maksājumu
billing-payment-action-required-text = Apstipriniet maksājumu drošajā maksājumu lapā:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Jūsu abonements ir atcelts
billing-cancellation-confirmation-confirmed = Apstiprinām, ka Jūsu { $shop } abonements ir atcelts. Tas vairs netiks atjaunots.
billing-cancellation-confirmation-confirmed-date = Apstiprinām, ka Jūsu { $shop } abonements ir atcelts. Atcelšanas datums: { $date }. Abonements vairs netiks atjaunots.
billing-cancellation-confirmation-again = Ja vēlāk vēlaties abonēt atkārtoti, to var izdarīt jebkurā laikā.
billing-cancellation-confirmation-button = Abonēt vēlreiz
billing-cancellation-confirmation-text = Ja vēlāk vēlaties abonēt atkārtoti, to var izdarīt šeit:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Jūsu kartes derīguma termiņš beigsies pirms nākamā maksājuma
billing-card-expiring-subject-last4 = Jūsu kartes, kuras numurs beidzas ar { $last4 }, derīguma termiņš beigsies pirms nākamā maksājuma
card = karte
card-brand = { $brand } karte
card-last4 = karte, kuras numurs beidzas ar { $last4 }
card-brand-last4 = { $brand } karte, kuras numurs beidzas ar { $last4 }
billing-card-expiring-expiry = Jūsu { $shop } abonementam ir saglabāta { $card }. Tās derīguma termiņš ir { $expiry }.
billing-card-expiring-soon = Jūsu { $shop } abonementam ir saglabāta { $card }. Tās derīguma termiņš drīz beigsies.
billing-card-expiring-charge = Jūsu nākamā maksājuma datums ir { $date }, un tas ir pēc kartes derīguma termiņa beigām, tāpēc šo maksājumu nevarēs iekasēt no šīs kartes. Lūdzu, līdz tam atjauniniet maksājuma veidu, lai maksājums tiktu veikts.
billing-card-expiring-charge-amount = Jūsu nākamā maksājuma ({ $amount }) datums ir { $date }, un tas ir pēc kartes derīguma termiņa beigām, tāpēc šo maksājumu nevarēs iekasēt no šīs kartes. Lūdzu, līdz tam atjauniniet maksājuma veidu, lai maksājums tiktu veikts.
billing-card-expiring-update = Lūdzu, atjauniniet maksājuma veidu, lai nākamais maksājums tiktu veikts.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Jūsu abonements drīz tiks atjaunots
billing-renewal-reminder-subject-date = Jūsu abonementa atjaunošanas datums: { $date }
billing-renewal-reminder-renews = Atgādinām, ka Jūsu { $shop } abonements drīz tiks atjaunots.
billing-renewal-reminder-renews-date = Atgādinām, ka Jūsu { $shop } abonementa atjaunošanas datums ir { $date }.
billing-renewal-reminder-amount = Iekasējamā summa: { $amount }
billing-renewal-reminder-automatic = Maksājums tiks automātiski iekasēts ar saglabāto maksājuma veidu, tāpēc, lai saglabātu abonementu, Jums nekas nav jādara. Ja vēlaties abonementu mainīt vai atcelt vai arī atjaunināt maksājuma veidu, lūdzu, izdariet to pirms abonementa atjaunošanas.
billing-renewal-reminder-button = Pārvaldīt abonementu
billing-renewal-reminder-text = Pārvaldiet savu abonementu šeit:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Jūsu izmēģinājuma periods drīz beigsies
billing-trial-ending-subject-date = Jūsu izmēģinājuma perioda beigu datums: { $date }
billing-trial-ending-ends = Jūsu { $shop } abonementa izmēģinājuma periods drīz beigsies, bet maksājuma veids vēl nav pievienots.
billing-trial-ending-ends-date = Jūsu { $shop } abonementa izmēģinājuma perioda beigu datums ir { $date }, bet maksājuma veids vēl nav pievienots.
billing-trial-ending-add = Lai saglabātu abonementu arī pēc izmēģinājuma perioda, lūdzu, pievienojiet maksājuma veidu pirms tā beigām. Pretējā gadījumā, beidzoties izmēģinājuma periodam, Jūsu abonements var tikt apturēts vai atcelts.
billing-trial-ending-button = Pievienot maksājuma veidu
billing-trial-ending-text = Pievienojiet maksājuma veidu šeit:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Jūsu maksājums ir veiksmīgi veikts
billing-payment-recovered-subject-amount = Jūsu maksājums { $amount } apmērā ir veiksmīgi veikts
billing-payment-recovered-received = Esam saņēmuši Jūsu maksājumu par { $shop } abonementu. Paldies!
billing-payment-recovered-received-amount = Esam saņēmuši Jūsu maksājumu { $amount } apmērā par { $shop } abonementu. Paldies!
billing-payment-recovered-continues = Jūsu abonements turpinās bez pārtraukuma, un Jums vairs nekas nav jādara. Ja iepriekš saņēmāt no mums e-pasta vēstuli par šo maksājumu, varat to neņemt vērā.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Lūdzu, apstipriniet karti savam { $shop } abonementam
billing-setup-action-required-intro = Jūsu banka lūdz apstiprināt karti, kas saglabāta Jūsu { $shop } abonementam. Tā ir papildu drošības pārbaude, piemēram, 3-D Secure, lai pārliecinātos, ka tas tiešām esat Jūs.
billing-setup-action-required-until = Kamēr karte nav apstiprināta, mēs nevaram no tās iekasēt nākamos abonementa maksājumus. Tas aizņems tikai mirkli.
billing-setup-action-required-button = Apstiprināt karti
billing-setup-action-required-text = Apstipriniet karti mūsu drošajā lapā:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Jūsu karti { $shop } abonementam neizdevās saglabāt
billing-setup-payment-method-required-intro = Mēs mēģinājām saglabāt karti Jūsu { $shop } abonementam, taču Jūsu banka to noraidīja.
billing-setup-payment-method-required-add = Lūdzu, pievienojiet citu karti vai maksājuma veidu, lai nākamie abonementa maksājumi varētu tikt veikti.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Atteikties no šīm e-pasta vēstulēm?
unsubscribe-confirm = Jūs vairs nesaņemsiet no mums šādas e-pasta vēstules.
unsubscribe-button = Atteikties
unsubscribe-changed-mind = Pārdomājāt? Vienkārši aizveriet šo lapu: nekas nemainīsies, kamēr nenospiedīsiet pogu.
unsubscribe-done-title = Atteikšanās ir apstiprināta
unsubscribe-done = Jūs vairs nesaņemsiet no mums šīs e-pasta vēstules. Nekas cits Jums nav jādara.
unsubscribe-expired-title = Šīs saites derīguma termiņš ir beidzies
unsubscribe-expired = Atteikšanās saites darbojas vienu gadu. Lūdzu, izmantojiet saiti kādā no mūsu jaunākajām e-pasta vēstulēm vai atbildiet uz kādu no mūsu vēstulēm, un mēs Jūs izslēgsim no saraksta.
unsubscribe-unavailable-title = Lūdzu, mēģiniet vēlreiz
unsubscribe-unavailable = Pašlaik neizdevās saglabāt Jūsu pieprasījumu. Lūdzu, pēc dažām minūtēm atveriet saiti vēlreiz.
unsubscribe-invalid-title = Šī saite nav derīga
unsubscribe-invalid = Iespējams, saite netika nokopēta pilnībā. Lūdzu, atveriet to vēlreiz no e-pasta vēstules vai atbildiet uz vēstuli, un mēs Jūs izslēgsim no saraksta.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Šīs saites derīguma termiņš ir beidzies
portal-expired = Jūsu drošībai norēķinu saites darbojas ierobežotu laiku. Lūdzu, izmantojiet saiti mūsu jaunākajā e-pasta vēstulē vai pierakstieties savā kontā, lai pārvaldītu norēķinus.
portal-invalid-title = Šī saite nav derīga
portal-invalid = Iespējams, saite netika nokopēta pilnībā. Lūdzu, atveriet to vēlreiz no e-pasta vēstules vai pierakstieties savā kontā, lai pārvaldītu norēķinus.
portal-unknown-customer-title = Neizdevās atrast Jūsu kontu
portal-unknown-customer = Konts, kuram šī saite tika izveidota, vairs nepastāv. Ja uzskatāt, ka tā ir kļūda, lūdzu, atbildiet uz mūsu e-pasta vēstuli, un mēs palīdzēsim.
portal-unavailable-title = Lūdzu, mēģiniet vēlreiz pēc brīža
portal-unavailable = Pašlaik neizdevās atvērt Jūsu norēķinu lapu. Lūdzu, pēc minūtes atveriet saiti vēlreiz.
portal-other-title = Norēķinu lapa nav pieejama
portal-other = Lūdzu, pierakstieties savā kontā, lai pārvaldītu norēķinus, vai atbildiet uz mūsu e-pasta vēstuli, un mēs palīdzēsim.
portal-dry-run-title = Testa režīms: portāla sesija netika izveidota
portal-dry-run = STRIPE_SECRET_KEY nav iestatīta, tāpēc uz { $endpoint } tiktu nosūtīts šāds saturs:
portal-confirmation = Gatavs! Jūsu abonements ir atjaunināts. Paldies!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Apstipriniet savu karti
setup-ready = Jūsu banka lūdz apstiprināt karti, kas saglabāta Jūsu abonementam. Nospiediet pogu un izpildiet bankas norādījumus.
setup-working = Gaidām atbildi no Jūsu bankas…
setup-succeeded = Jūsu karte ir apstiprināta. Paldies! Varat aizvērt šo lapu.
setup-failed = Jūsu karti neizdevās apstiprināt. Lūdzu, mēģiniet vēlreiz vai pievienojiet citu karti savā kontā.
setup-button = Apstiprināt manu karti
setup-nothing-to-do-title = Nekas nav jādara
setup-nothing-to-do = Ar Jūsu karti viss ir kārtībā: tā jau ir apstiprināta, vai arī šis pieprasījums vairs nav aktīvs. Varat aizvērt šo lapu.
setup-expired-title = Šīs saites derīguma termiņš ir beidzies
setup-expired = Jūsu drošībai šīs saites darbojas ierobežotu laiku. Lūdzu, pierakstieties savā kontā, lai pārvaldītu norēķinus.
setup-unavailable-title = Lūdzu, mēģiniet vēlreiz pēc brīža
setup-unavailable = Pašlaik neizdevās atvērt šo lapu. Lūdzu, pēc minūtes atveriet saiti vēlreiz.
setup-invalid-title = Šī saite nav derīga
setup-invalid = Iespējams, saite netika nokopēta pilnībā. Lūdzu, atveriet to vēlreiz no e-pasta vēstules vai pierakstieties savā kontā, lai pārvaldītu norēķinus.
