# Lithuanian (lt). Translated from en.ftl.

## Shared by the mails

cart-greeting = Sveiki,
billing-greeting = Sveiki,
button-fallback = Jei mygtukas neveikia, nukopijuokite šią nuorodą į naršyklę:
cart-quantity = Kiekis: { $quantity }
cart-more-items =
    { $count ->
        [one] ir dar { $count } prekė
        [few] ir dar { $count } prekės
        [many] ir dar { $count } prekės
       *[other] ir dar { $count } prekių
    }
cart-total = Krepšelio suma: { $total }
cart-button = Grįžti į krepšelį
cart-link-text = Tęskite apsipirkimą ten, kur baigėte:
cart-promo-code = Pateikdami užsakymą įveskite nuolaidos kodą { $code }.
cart-footer-reason = Šį el. laišką gaunate, nes sutikote gauti el. laiškus iš parduotuvės { $shop }.
cart-footer-unsubscribe = <a>Atsisakyti</a> šių el. laiškų.
cart-footer-unsubscribe-text = Šių el. laiškų galite atsisakyti čia:
billing-footer = Šis el. laiškas susijęs su Jūsų { $shop } prenumerata. Jį išsiuntėme Jūsų paskyroje nurodytu el. pašto adresu.
billing-amount-due = Mokėtina suma: { $amount }
billing-update-button = Atnaujinti mokėjimo būdą
billing-update-text = Mokėjimo būdą galite atnaujinti čia:
retention-offer = Galvojate atsisakyti prenumeratos? Prieš išeidami <a>pažiūrėkite, ką galime Jums pasiūlyti</a>.
retention-offer-text = Galvojate atsisakyti prenumeratos? Prieš išeidami pažiūrėkite, ką galime Jums pasiūlyti:

## recovery: the first mail about an abandoned cart

recovery-subject = Kai ką palikote krepšelyje parduotuvėje { $shop }
recovery-intro = Kai ką palikote krepšelyje parduotuvėje { $shop }. Nesijaudinkite – viską išsaugojome, tad galite tęsti ten, kur baigėte.

## recovery-reminder: the second

recovery-reminder-subject = Jūsų krepšelis parduotuvėje { $shop } vis dar laukia
recovery-reminder-intro = Primename: parduotuvėje { $shop } išsirinktos prekės vis dar išsaugotos Jūsų krepšelyje.

## recovery-last-call: the last

recovery-last-call-subject = Paskutinis priminimas: Jūsų krepšelis parduotuvėje { $shop }
recovery-last-call-intro = Tai paskutinis mūsų priminimas apie krepšelį, kurį palikote parduotuvėje { $shop }. Jis vis dar išsaugotas, jei norėtumėte užbaigti užsakymą.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Mokėjimas nepavyko
billing-payment-failed-subject-amount = Nepavyko atlikti { $amount } mokėjimo
billing-payment-failed-intro = Nepavyko nuskaityti lėšų naudojant Jūsų { $shop } prenumeratai išsaugotą mokėjimo būdą.
billing-payment-failed-next-attempt = Bandysime dar kartą { $date }. Prašome iki tol atnaujinti mokėjimo būdą, kad prenumerata tęstųsi be pertrūkių.
billing-payment-failed-update = Prašome atnaujinti mokėjimo būdą, kad prenumerata tęstųsi be pertrūkių.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Priminimas: mokėjimas vis dar neatliktas
billing-payment-reminder-subject-amount = Priminimas: { $amount } mokėjimas vis dar neatliktas
billing-payment-reminder-intro = Dar kartą bandėme nuskaityti lėšas naudodami Jūsų { $shop } prenumeratai išsaugotą mokėjimo būdą, tačiau mokėjimas vėl nepavyko.
billing-payment-reminder-next-attempt = Kitą kartą bandysime { $date }. Prašome iki tol atnaujinti mokėjimo būdą, kad prenumerata išliktų aktyvi.
billing-payment-reminder-update = Prašome atnaujinti mokėjimo būdą, kad prenumerata išliktų aktyvi.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Paskutinis pranešimas: mokėjimas nepavyko
billing-final-notice-subject-amount = Paskutinis pranešimas: nepavyko atlikti { $amount } mokėjimo
billing-final-notice-intro = Nepavyko gauti mokėjimo už Jūsų { $shop } prenumeratą. Tai buvo paskutinis automatinis bandymas: daugiau nebandysime nuskaityti lėšų Jūsų mokėjimo būdu.
billing-final-notice-pay = Jei norite išlaikyti prenumeratą, prašome dabar apmokėti sąskaitą faktūrą.
billing-final-notice-pay-or-update = Jei norite išlaikyti prenumeratą, prašome dabar apmokėti sąskaitą faktūrą arba atnaujinti mokėjimo būdą.
billing-final-notice-update = Jei norite išlaikyti prenumeratą, prašome dabar atnaujinti mokėjimo būdą.
billing-final-notice-pay-button = Apmokėti sąskaitą
billing-final-notice-or-update = Arba <a>atnaujinkite mokėjimo būdą</a>
billing-final-notice-pay-text = Jei norite išlaikyti prenumeratą, prašome dabar apmokėti sąskaitą faktūrą:
billing-final-notice-or-update-text = Arba atnaujinkite mokėjimo būdą čia:
billing-final-notice-update-text = Jei norite išlaikyti prenumeratą, prašome dabar atnaujinti mokėjimo būdą:
billing-final-notice-consequence = Jei mokėjimas nebus atliktas, Jūsų prenumerata gali būti sustabdyta arba atšaukta.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Patvirtinkite mokėjimą
billing-payment-action-required-subject-amount = Patvirtinkite { $amount } mokėjimą
billing-payment-action-required-intro = Jūsų bankas prašo patvirtinti mokėjimą už Jūsų { $shop } prenumeratą. Tai papildomas saugumo patikrinimas, pavyzdžiui, 3-D Secure, skirtas įsitikinti, kad tai tikrai Jūs. Kol mokėjimo nepatvirtinsite, jis negalės būti atliktas.
billing-payment-action-required-button = Patvirtinti mokėjimą
billing-payment-action-required-text = Patvirtinkite mokėjimą saugiame mokėjimo puslapyje:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Jūsų prenumerata atšaukta
billing-cancellation-confirmation-confirmed = Patvirtiname, kad Jūsų { $shop } prenumerata atšaukta. Ji nebus pratęsta.
billing-cancellation-confirmation-confirmed-date = Patvirtiname, kad Jūsų { $shop } prenumerata atšaukta nuo { $date }. Ji nebus pratęsta.
billing-cancellation-confirmation-again = Jei vėliau norėsite vėl užsiprenumeruoti, tai galėsite padaryti bet kada.
billing-cancellation-confirmation-button = Vėl užsiprenumeruoti
billing-cancellation-confirmation-text = Jei vėliau norėsite vėl užsiprenumeruoti, tai galite padaryti čia:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Jūsų kortelė nustos galioti iki kito mokėjimo
billing-card-expiring-subject-last4 = Jūsų kortelė, kurios numeris baigiasi { $last4 }, nustos galioti iki kito mokėjimo
card = kortelė
card-brand = { $brand } kortelė
card-last4 = kortelė, kurios numeris baigiasi { $last4 }
card-brand-last4 = { $brand } kortelė, kurios numeris baigiasi { $last4 }
billing-card-expiring-expiry = Iki { $expiry } galioja Jūsų { $shop } prenumeratai išsaugota { $card }.
billing-card-expiring-soon = Netrukus nustos galioti Jūsų { $shop } prenumeratai išsaugota { $card }.
billing-card-expiring-charge = Kitas mokėjimas turi būti atliktas { $date }, jau pasibaigus kortelės galiojimui, todėl šia kortele jo atlikti nepavyks. Prašome iki tol atnaujinti mokėjimo būdą, kad mokėjimas būtų sėkmingas.
billing-card-expiring-charge-amount = Kitas { $amount } mokėjimas turi būti atliktas { $date }, jau pasibaigus kortelės galiojimui, todėl šia kortele jo atlikti nepavyks. Prašome iki tol atnaujinti mokėjimo būdą, kad mokėjimas būtų sėkmingas.
billing-card-expiring-update = Prašome atnaujinti mokėjimo būdą, kad kitas mokėjimas būtų sėkmingas.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Jūsų prenumerata netrukus bus pratęsta
billing-renewal-reminder-subject-date = Jūsų prenumerata bus pratęsta { $date }
billing-renewal-reminder-renews = Primename, kad Jūsų { $shop } prenumerata netrukus bus pratęsta.
billing-renewal-reminder-renews-date = Primename, kad Jūsų { $shop } prenumerata bus pratęsta { $date }.
billing-renewal-reminder-amount = Nuskaitoma suma: { $amount }
billing-renewal-reminder-automatic = Lėšos bus automatiškai nuskaitytos išsaugotu mokėjimo būdu, todėl, kad išlaikytumėte prenumeratą, nieko daryti nereikia. Jei norite ją pakeisti ar atšaukti arba atnaujinti mokėjimo būdą, padarykite tai iki pratęsimo.
billing-renewal-reminder-button = Tvarkyti prenumeratą
billing-renewal-reminder-text = Prenumeratą galite tvarkyti čia:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Jūsų bandomasis laikotarpis netrukus baigsis
billing-trial-ending-subject-date = Jūsų bandomasis laikotarpis baigsis { $date }
billing-trial-ending-ends = Jūsų { $shop } prenumeratos bandomasis laikotarpis netrukus baigsis, o mokėjimo būdo dar neišsaugojote.
billing-trial-ending-ends-date = Jūsų { $shop } prenumeratos bandomasis laikotarpis baigsis { $date }, o mokėjimo būdo dar neišsaugojote.
billing-trial-ending-add = Jei norite išlaikyti prenumeratą pasibaigus bandomajam laikotarpiui, prašome iki tol pridėti mokėjimo būdą. Priešingu atveju, pasibaigus bandomajam laikotarpiui, prenumerata gali būti sustabdyta arba atšaukta.
billing-trial-ending-button = Pridėti mokėjimo būdą
billing-trial-ending-text = Mokėjimo būdą galite pridėti čia:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Mokėjimas sėkmingai atliktas
billing-payment-recovered-subject-amount = { $amount } mokėjimas sėkmingai atliktas
billing-payment-recovered-received = Gavome Jūsų mokėjimą už { $shop } prenumeratą. Dėkojame.
billing-payment-recovered-received-amount = Gavome Jūsų { $amount } mokėjimą už { $shop } prenumeratą. Dėkojame.
billing-payment-recovered-continues = Jūsų prenumerata tęsiasi be pertrūkių, ir daugiau nieko daryti nereikia. Jei anksčiau gavote iš mūsų el. laišką dėl šio mokėjimo, galite į jį nekreipti dėmesio.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Patvirtinkite kortelę savo { $shop } prenumeratai
billing-setup-action-required-intro = Jūsų bankas prašo patvirtinti Jūsų { $shop } prenumeratai išsaugotą kortelę. Tai papildomas saugumo patikrinimas, pavyzdžiui, 3-D Secure, skirtas įsitikinti, kad tai tikrai Jūs.
billing-setup-action-required-until = Kol kortelės nepatvirtinsite, negalėsime ja apmokėti kitų prenumeratos mokėjimų. Tai užtruks tik akimirką.
billing-setup-action-required-button = Patvirtinti kortelę
billing-setup-action-required-text = Patvirtinkite kortelę mūsų saugiame puslapyje:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Nepavyko išsaugoti kortelės Jūsų { $shop } prenumeratai
billing-setup-payment-method-required-intro = Bandėme išsaugoti kortelę Jūsų { $shop } prenumeratai, tačiau Jūsų bankas ją atmetė.
billing-setup-payment-method-required-add = Prašome pridėti kitą kortelę arba mokėjimo būdą, kad kiti prenumeratos mokėjimai galėtų būti atlikti.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Atsisakyti šių el. laiškų?
unsubscribe-confirm = Nebegausite iš mūsų tokių el. laiškų kaip šis.
unsubscribe-button = Atsisakyti
unsubscribe-changed-mind = Persigalvojote? Tiesiog uždarykite šį puslapį: kol nepaspausite mygtuko, niekas nepasikeis.
unsubscribe-done-title = Laiškų atsisakėte
unsubscribe-done = Šių el. laiškų iš mūsų nebegausite. Daugiau nieko daryti nereikia.
unsubscribe-expired-title = Ši nuoroda nebegalioja
unsubscribe-expired = Atsisakymo nuorodos galioja metus. Pasinaudokite nuoroda iš naujesnio mūsų el. laiško arba atsakykite į bet kurį mūsų laišką, ir išbrauksime Jus iš sąrašo.
unsubscribe-unavailable-title = Bandykite dar kartą
unsubscribe-unavailable = Šiuo metu nepavyko išsaugoti Jūsų prašymo. Atidarykite nuorodą dar kartą po kelių minučių.
unsubscribe-invalid-title = Ši nuoroda negalioja
unsubscribe-invalid = Kopijuojant nuoroda galėjo būti nukirpta. Atidarykite ją dar kartą tiesiai iš el. laiško arba atsakykite į laišką, ir išbrauksime Jus iš sąrašo.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Ši nuoroda nebegalioja
portal-expired = Jūsų saugumo sumetimais atsiskaitymo nuorodos galioja ribotą laiką. Pasinaudokite nuoroda iš naujausio mūsų el. laiško arba prisijunkite prie savo paskyros, kad galėtumėte tvarkyti atsiskaitymus.
portal-invalid-title = Ši nuoroda negalioja
portal-invalid = Kopijuojant nuoroda galėjo būti nukirpta. Atidarykite ją dar kartą tiesiai iš el. laiško arba prisijunkite prie savo paskyros, kad galėtumėte tvarkyti atsiskaitymus.
portal-unknown-customer-title = Nepavyko rasti Jūsų paskyros
portal-unknown-customer = Paskyra, kuriai buvo sukurta ši nuoroda, nebeegzistuoja. Jei manote, kad tai klaida, atsakykite į mūsų el. laišką ir mes mielai padėsime.
portal-unavailable-title = Bandykite dar kartą po akimirkos
portal-unavailable = Šiuo metu nepavyko atidaryti atsiskaitymo puslapio. Atidarykite nuorodą dar kartą po minutės.
portal-other-title = Atsiskaitymo puslapis nepasiekiamas
portal-other = Prisijunkite prie savo paskyros, kad galėtumėte tvarkyti atsiskaitymus, arba atsakykite į mūsų el. laišką ir mes mielai padėsime.
portal-dry-run-title = Bandomasis paleidimas: portalo sesija nesukurta
portal-dry-run = STRIPE_SECRET_KEY nenustatytas, todėl į { $endpoint } būtų išsiųsta:
portal-confirmation = Atlikta: Jūsų prenumerata atnaujinta. Dėkojame!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Kortelės patvirtinimas
setup-ready = Jūsų bankas prašo patvirtinti prenumeratai išsaugotą kortelę. Paspauskite mygtuką ir vykdykite banko nurodymus.
setup-working = Laukiama banko atsakymo…
setup-succeeded = Jūsų kortelė patvirtinta. Dėkojame! Šį puslapį galite uždaryti.
setup-failed = Nepavyko patvirtinti Jūsų kortelės. Bandykite dar kartą arba pridėkite kitą kortelę savo paskyroje.
setup-button = Patvirtinti kortelę
setup-nothing-to-do-title = Nieko daryti nereikia
setup-nothing-to-do = Su Jūsų kortele daugiau nieko daryti nereikia: ji jau patvirtinta arba šis prašymas nebegalioja. Šį puslapį galite uždaryti.
setup-expired-title = Ši nuoroda nebegalioja
setup-expired = Jūsų saugumo sumetimais šios nuorodos galioja ribotą laiką. Prisijunkite prie savo paskyros, kad galėtumėte tvarkyti atsiskaitymus.
setup-unavailable-title = Bandykite dar kartą po akimirkos
setup-unavailable = Šiuo metu nepavyko atidaryti šio puslapio. Atidarykite nuorodą dar kartą po minutės.
setup-invalid-title = Ši nuoroda negalioja
setup-invalid = Kopijuojant nuoroda galėjo būti nukirpta. Atidarykite ją dar kartą tiesiai iš el. laiško arba prisijunkite prie savo paskyros, kad galėtumėte tvarkyti atsiskaitymus.
