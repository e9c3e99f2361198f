# Romanian (ro). Translated from en.ftl.

## Shared by the mails

cart-greeting = Bună ziua,
billing-greeting = Bună ziua,
button-fallback = Dacă butonul nu funcționează, copiați acest link în browser:
cart-quantity = Cantitate: { $quantity }
cart-more-items =
    { $count ->
        [one] și încă { $count } produs
        [few] și încă { $count } produse
       *[other] și încă { $count } de produse
    }
cart-total = Total coș: { $total }
cart-button = Înapoi la coș
cart-link-text = Continuați de unde ați rămas:
cart-promo-code = Introduceți codul promoțional { $code } la finalizarea comenzii.
cart-footer-reason = Primiți acest e-mail deoarece ați acceptat să primiți e-mailuri de la { $shop }.
cart-footer-unsubscribe = Dacă nu mai doriți să primiți aceste e-mailuri, vă puteți <a>dezabona</a>.
cart-footer-unsubscribe-text = Dezabonare de la aceste e-mailuri:
billing-footer = Acest e-mail se referă la abonamentul dvs. la { $shop }. L-am trimis la adresa de e-mail asociată contului dvs.
billing-amount-due = Suma de plată: { $amount }
billing-update-button = Actualizați metoda de plată
billing-update-text = Actualizați metoda de plată aici:
retention-offer = Vă gândiți să anulați abonamentul? Înainte de a pleca, <a>vedeți ce vă putem oferi</a>.
retention-offer-text = Vă gândiți să anulați abonamentul? Înainte de a pleca, vedeți ce vă putem oferi:

## recovery: the first mail about an abandoned cart

recovery-subject = Ați lăsat ceva în coș la { $shop }
recovery-intro = Ați lăsat ceva în coșul de cumpărături la { $shop }. Nu vă faceți griji, l-am păstrat pentru dvs., ca să puteți continua exact de unde ați rămas.

## recovery-reminder: the second

recovery-reminder-subject = Coșul dvs. de la { $shop } vă așteaptă în continuare
recovery-reminder-intro = Vă reamintim că produsele alese la { $shop } sunt încă în coș, păstrate pentru dvs.

## recovery-last-call: the last

recovery-last-call-subject = Ultimul memento: coșul dvs. de la { $shop }
recovery-last-call-intro = Acesta este ultimul nostru memento despre coșul pe care l-ați lăsat la { $shop }. Este încă păstrat pentru dvs., dacă doriți să finalizați comanda.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Plata dvs. nu a reușit
billing-payment-failed-subject-amount = Plata dvs. de { $amount } nu a reușit
billing-payment-failed-intro = Nu am putut debita metoda de plată înregistrată pentru abonamentul dvs. la { $shop }.
billing-payment-failed-next-attempt = Vom încerca din nou pe { $date }. Vă rugăm să actualizați metoda de plată înainte de această dată, pentru ca abonamentul să continue fără întrerupere.
billing-payment-failed-update = Vă rugăm să actualizați metoda de plată, pentru ca abonamentul să continue fără întrerupere.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Memento: plata dvs. este încă restantă
billing-payment-reminder-subject-amount = Memento: plata dvs. de { $amount } este încă restantă
billing-payment-reminder-intro = Am încercat din nou să debităm metoda de plată înregistrată pentru abonamentul dvs. la { $shop }, dar plata a eșuat din nou.
billing-payment-reminder-next-attempt = Următoarea încercare va avea loc pe { $date }. Vă rugăm să actualizați metoda de plată înainte de această dată pentru a vă păstra abonamentul activ.
billing-payment-reminder-update = Vă rugăm să actualizați metoda de plată pentru a vă păstra abonamentul activ.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Ultima notificare: plata dvs. nu a reușit
billing-final-notice-subject-amount = Ultima notificare: plata dvs. de { $amount } nu a reușit
billing-final-notice-intro = Nu am putut încasa plata pentru abonamentul dvs. la { $shop }. Aceasta a fost ultima noastră încercare automată: nu vom mai încerca să debităm metoda dvs. de plată.
billing-final-notice-pay = Pentru a vă păstra abonamentul, vă rugăm să plătiți factura acum.
billing-final-notice-pay-or-update = Pentru a vă păstra abonamentul, vă rugăm să plătiți factura acum sau să actualizați metoda de plată.
billing-final-notice-update = Pentru a vă păstra abonamentul, vă rugăm să actualizați acum metoda de plată.
billing-final-notice-pay-button = Plătiți factura
billing-final-notice-or-update = Sau <a>actualizați metoda de plată</a>
billing-final-notice-pay-text = Pentru a vă păstra abonamentul, vă rugăm să plătiți factura acum:
billing-final-notice-or-update-text = Sau actualizați metoda de plată aici:
billing-final-notice-update-text = Pentru a vă păstra abonamentul, vă rugăm să actualizați acum metoda de plată:
billing-final-notice-consequence = Dacă plata nu este efectuată, abonamentul dvs. poate fi suspendat sau anulat.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Vă rugăm să confirmați plata
billing-payment-action-required-subject-amount = Vă rugăm să confirmați plata de { $amount }
billing-payment-action-required-intro = Banca dvs. v-a solicitat să confirmați plata pentru abonamentul dvs. la { $shop }. Aceasta este o verificare suplimentară de securitate, precum 3-D Secure, pentru a vă confirma identitatea. Plata nu poate fi efectuată până nu o confirmați.
billing-payment-action-required-button = Confirmați plata
billing-payment-action-required-text = Confirmați plata pe pagina de plată securizată:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Abonamentul dvs. a fost anulat
billing-cancellation-confirmation-confirmed = Vă confirmăm că abonamentul dvs. la { $shop } a fost anulat. Acesta nu va fi reînnoit.
billing-cancellation-confirmation-confirmed-date = Vă confirmăm că abonamentul dvs. la { $shop } a fost anulat, începând cu { $date }. Acesta nu va fi reînnoit.
billing-cancellation-confirmation-again = Dacă doriți să vă abonați din nou mai târziu, o puteți face oricând.
billing-cancellation-confirmation-button = Abonați-vă din nou
billing-cancellation-confirmation-text = Dacă doriți să vă abonați din nou mai târziu, o puteți face aici:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Cardul dvs. expiră înainte de următoarea plată
billing-card-expiring-subject-last4 = Cardul dvs. cu terminația { $last4 } expiră înainte de următoarea plată
card = cardul
card-brand = cardul { $brand }
card-last4 = cardul cu terminația { $last4 }
card-brand-last4 = cardul { $brand } cu terminația { $last4 }
billing-card-expiring-expiry = Vă informăm că { $card } înregistrat pentru abonamentul dvs. la { $shop } are data de expirare { $expiry }.
billing-card-expiring-soon = Vă informăm că { $card } înregistrat pentru abonamentul dvs. la { $shop } expiră în curând.
billing-card-expiring-charge = Următoarea plată este programată pe { $date }, după data de expirare a cardului, așa că nu va putea fi debitată de pe acest card. Vă rugăm să actualizați metoda de plată înainte de această dată, pentru ca plata să fie efectuată cu succes.
billing-card-expiring-charge-amount = Următoarea plată, de { $amount }, este programată pe { $date }, după data de expirare a cardului, așa că nu va putea fi debitată de pe acest card. Vă rugăm să actualizați metoda de plată înainte de această dată, pentru ca plata să fie efectuată cu succes.
billing-card-expiring-update = Vă rugăm să actualizați metoda de plată, pentru ca următoarea plată să fie efectuată cu succes.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Abonamentul dvs. se reînnoiește în curând
billing-renewal-reminder-subject-date = Abonamentul dvs. se reînnoiește pe { $date }
billing-renewal-reminder-renews = Vă reamintim că abonamentul dvs. la { $shop } se reînnoiește în curând.
billing-renewal-reminder-renews-date = Vă reamintim că abonamentul dvs. la { $shop } se reînnoiește pe { $date }.
billing-renewal-reminder-amount = Suma care va fi debitată: { $amount }
billing-renewal-reminder-automatic = Metoda de plată înregistrată va fi debitată automat, așa că nu trebuie să faceți nimic pentru a vă păstra abonamentul. Dacă doriți să îl modificați sau să îl anulați ori să actualizați metoda de plată, vă rugăm să faceți acest lucru înainte de reînnoire.
billing-renewal-reminder-button = Gestionați abonamentul
billing-renewal-reminder-text = Gestionați abonamentul aici:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Perioada de probă se încheie în curând
billing-trial-ending-subject-date = Perioada de probă se încheie pe { $date }
billing-trial-ending-ends = Perioada de probă a abonamentului dvs. la { $shop } se încheie în curând și nu există încă nicio metodă de plată înregistrată.
billing-trial-ending-ends-date = Perioada de probă a abonamentului dvs. la { $shop } se încheie pe { $date } și nu există încă nicio metodă de plată înregistrată.
billing-trial-ending-add = Pentru a vă păstra abonamentul după perioada de probă, vă rugăm să adăugați o metodă de plată înainte ca aceasta să se încheie. În caz contrar, abonamentul poate fi suspendat sau anulat la sfârșitul perioadei de probă.
billing-trial-ending-button = Adăugați o metodă de plată
billing-trial-ending-text = Adăugați o metodă de plată aici:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Plata dvs. a fost efectuată cu succes
billing-payment-recovered-subject-amount = Plata dvs. de { $amount } a fost efectuată cu succes
billing-payment-recovered-received = Am primit plata pentru abonamentul dvs. la { $shop }. Vă mulțumim!
billing-payment-recovered-received-amount = Am primit plata de { $amount } pentru abonamentul dvs. la { $shop }. Vă mulțumim!
billing-payment-recovered-continues = Abonamentul dvs. continuă fără întrerupere și nu mai trebuie să faceți nimic. Dacă ați primit de la noi un e-mail anterior despre această plată, îl puteți ignora.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Vă rugăm să confirmați cardul pentru abonamentul dvs. la { $shop }
billing-setup-action-required-intro = Banca dvs. vă solicită să confirmați cardul salvat pentru abonamentul dvs. la { $shop }. Aceasta este o verificare suplimentară de securitate, precum 3-D Secure, pentru a vă confirma identitatea.
billing-setup-action-required-until = Până nu îl confirmați, nu vom putea debita acest card pentru următoarele plăți ale abonamentului. Durează doar un moment.
billing-setup-action-required-button = Confirmați cardul
billing-setup-action-required-text = Confirmați cardul pe pagina noastră securizată:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Cardul pentru abonamentul dvs. la { $shop } nu a putut fi salvat
billing-setup-payment-method-required-intro = Am încercat să salvăm cardul pentru abonamentul dvs. la { $shop }, dar banca dvs. l-a refuzat.
billing-setup-payment-method-required-add = Vă rugăm să adăugați un alt card sau o altă metodă de plată, pentru ca următoarele plăți ale abonamentului să poată fi efectuate.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Vă dezabonați de la aceste e-mailuri?
unsubscribe-confirm = Nu veți mai primi de la noi e-mailuri ca acesta.
unsubscribe-button = Dezabonare
unsubscribe-changed-mind = V-ați răzgândit? Închideți pur și simplu această pagină: nu se schimbă nimic până nu apăsați butonul.
unsubscribe-done-title = V-ați dezabonat
unsubscribe-done = Nu veți mai primi aceste e-mailuri de la noi. Nu mai trebuie să faceți nimic.
unsubscribe-expired-title = Acest link a expirat
unsubscribe-expired = Linkurile de dezabonare sunt valabile un an. Vă rugăm să folosiți linkul dintr-un e-mail mai recent de la noi sau să răspundeți la unul dintre e-mailurile noastre și vă vom elimina din listă.
unsubscribe-unavailable-title = Vă rugăm să încercați din nou
unsubscribe-unavailable = Nu am putut salva solicitarea dvs. în acest moment. Vă rugăm să deschideți din nou linkul peste câteva minute.
unsubscribe-invalid-title = Acest link nu este valid
unsubscribe-invalid = Este posibil ca linkul să fi fost trunchiat la copiere. Vă rugăm să îl deschideți din nou din e-mail sau să răspundeți la e-mail și vă vom elimina din listă.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Acest link a expirat
portal-expired = Pentru siguranța dvs., linkurile de facturare sunt valabile o perioadă limitată. Vă rugăm să folosiți linkul din cel mai recent e-mail de la noi sau să vă conectați la contul dvs. pentru a gestiona facturarea.
portal-invalid-title = Acest link nu este valid
portal-invalid = Este posibil ca linkul să fi fost trunchiat la copiere. Vă rugăm să îl deschideți din nou din e-mail sau să vă conectați la contul dvs. pentru a gestiona facturarea.
portal-unknown-customer-title = Nu am găsit contul dvs.
portal-unknown-customer = Contul pentru care a fost creat acest link nu mai există. Dacă credeți că este o greșeală, răspundeți la e-mailul nostru și vă vom ajuta.
portal-unavailable-title = Încercați din nou peste un moment
portal-unavailable = Nu am putut deschide pagina de facturare în acest moment. Vă rugăm să deschideți din nou linkul peste un minut.
portal-other-title = Pagina de facturare nu este disponibilă
portal-other = Vă rugăm să vă conectați la contul dvs. pentru a gestiona facturarea sau să răspundeți la e-mailul nostru și vă vom ajuta.
portal-dry-run-title = Rulare de test: nu a fost creată nicio sesiune de portal
portal-dry-run = STRIPE_SECRET_KEY nu este setată, așa că iată ce s-ar trimite la { $endpoint }:
portal-confirmation = Gata: abonamentul dvs. a fost actualizat. Vă mulțumim!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confirmați cardul
setup-ready = Banca dvs. vă solicită să confirmați cardul salvat pentru abonament. Apăsați butonul, apoi urmați pașii indicați de bancă.
setup-working = Se așteaptă răspunsul băncii…
setup-succeeded = Cardul dvs. a fost confirmat. Vă mulțumim! Puteți închide această pagină.
setup-failed = Cardul dvs. nu a putut fi confirmat. Vă rugăm să încercați din nou sau să adăugați un alt card din contul dvs.
setup-button = Confirmați cardul
setup-nothing-to-do-title = Nu este necesară nicio acțiune
setup-nothing-to-do = Nu mai trebuie să faceți nimic pentru card: a fost deja confirmat sau această solicitare nu mai este activă. Puteți închide această pagină.
setup-expired-title = Acest link a expirat
setup-expired = Pentru siguranța dvs., aceste linkuri sunt valabile o perioadă limitată. Vă rugăm să vă conectați la contul dvs. pentru a gestiona facturarea.
setup-unavailable-title = Încercați din nou peste un moment
setup-unavailable = Nu am putut deschide această pagină în acest moment. Vă rugăm să deschideți din nou linkul peste un minut.
setup-invalid-title = Acest link nu este valid
setup-invalid = Este posibil ca linkul să fi fost trunchiat la copiere. Vă rugăm să îl deschideți din nou din e-mail sau să vă conectați la contul dvs. pentru a gestiona facturarea.
