# Norwegian Bokmål (nb). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hei,
billing-greeting = Hei,
button-fallback = Hvis knappen ikke fungerer, kan du kopiere denne lenken inn i nettleseren din:
cart-quantity = Antall: { $quantity }
cart-more-items =
    { $count ->
        [one] og { $count } vare til
       *[other] og { $count } varer til
    }
cart-total = Totalt i handlekurven: { $total }
cart-button = Tilbake til handlekurven
cart-link-text = Fortsett der du slapp:
cart-promo-code = Skriv inn rabattkoden { $code } i kassen.
cart-footer-reason = Du mottar denne e-posten fordi du har samtykket til å motta e-post fra { $shop }.
cart-footer-unsubscribe = <a>Meld deg av</a> disse e-postene.
cart-footer-unsubscribe-text = Meld deg av disse e-postene:
billing-footer = Denne e-posten gjelder abonnementet ditt hos { $shop }. Vi har sendt den til e-postadressen som er registrert på kontoen din.
billing-amount-due = Beløp å betale: { $amount }
billing-update-button = Oppdater betalingsmåte
billing-update-text = Oppdater betalingsmåten din her:
retention-offer = Vurderer du å si opp abonnementet? Før du går, kan du <a>se hva vi kan tilby deg</a>.
retention-offer-text = Vurderer du å si opp abonnementet? Før du går, kan du se hva vi kan tilby deg:

## recovery: the first mail about an abandoned cart

recovery-subject = Du har glemt noe i handlekurven din hos { $shop }
recovery-intro = Du har glemt noe i handlekurven din hos { $shop }. Ingen fare, vi har lagret det for deg, så du kan fortsette akkurat der du slapp.

## recovery-reminder: the second

recovery-reminder-subject = Handlekurven din hos { $shop } venter fortsatt
recovery-reminder-intro = Bare en påminnelse: Varene du valgte hos { $shop }, ligger fortsatt i handlekurven din, lagret for deg.

## recovery-last-call: the last

recovery-last-call-subject = Siste påminnelse: handlekurven din hos { $shop }
recovery-last-call-intro = Dette er vår siste påminnelse om handlekurven du la igjen hos { $shop }. Den er fortsatt lagret for deg hvis du vil fullføre bestillingen.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Betalingen din mislyktes
billing-payment-failed-subject-amount = Betalingen din på { $amount } mislyktes
billing-payment-failed-intro = Vi kunne ikke belaste den registrerte betalingsmåten for abonnementet ditt hos { $shop }.
billing-payment-failed-next-attempt = Vi prøver igjen { $date }. Oppdater betalingsmåten din før det, slik at abonnementet ditt fortsetter uten avbrudd.
billing-payment-failed-update = Oppdater betalingsmåten din, slik at abonnementet ditt fortsetter uten avbrudd.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Påminnelse: betalingen din er fortsatt utestående
billing-payment-reminder-subject-amount = Påminnelse: betalingen din på { $amount } er fortsatt utestående
billing-payment-reminder-intro = Vi har forsøkt å belaste den registrerte betalingsmåten for abonnementet ditt hos { $shop } på nytt, men betalingen mislyktes igjen.
billing-payment-reminder-next-attempt = Neste forsøk blir { $date }. Oppdater betalingsmåten din før det, slik at abonnementet ditt forblir aktivt.
billing-payment-reminder-update = Oppdater betalingsmåten din, slik at abonnementet ditt forblir aktivt.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Siste varsel: betalingen din mislyktes
billing-final-notice-subject-amount = Siste varsel: betalingen din på { $amount } mislyktes
billing-final-notice-intro = Vi kunne ikke innhente betalingen for abonnementet ditt hos { $shop }. Det var vårt siste automatiske forsøk: Vi kommer ikke til å belaste betalingsmåten din igjen.
billing-final-notice-pay = For å beholde abonnementet ditt må du betale fakturaen nå.
billing-final-notice-pay-or-update = For å beholde abonnementet ditt må du betale fakturaen nå eller oppdatere betalingsmåten din.
billing-final-notice-update = For å beholde abonnementet ditt må du oppdatere betalingsmåten din nå.
billing-final-notice-pay-button = Betal faktura
billing-final-notice-or-update = Eller <a>oppdater betalingsmåten din</a>
billing-final-notice-pay-text = For å beholde abonnementet ditt må du betale fakturaen nå:
billing-final-notice-or-update-text = Eller oppdater betalingsmåten din her:
billing-final-notice-update-text = For å beholde abonnementet ditt må du oppdatere betalingsmåten din nå:
billing-final-notice-consequence = Hvis betalingen ikke blir gjennomført, kan abonnementet ditt bli satt på pause eller avsluttet.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Bekreft betalingen din
billing-payment-action-required-subject-amount = Bekreft betalingen din på { $amount }
billing-payment-action-required-intro = Banken din har bedt deg om å bekrefte betalingen for abonnementet ditt hos { $shop }. Dette er en ekstra sikkerhetskontroll, for eksempel 3-D Secure, for å sikre at det virkelig er deg. Betalingen kan ikke gjennomføres før du har bekreftet den.
billing-payment-action-required-button = Bekreft betaling
billing-payment-action-required-text = Bekreft betalingen din på den sikre betalingssiden:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Abonnementet ditt er avsluttet
billing-cancellation-confirmation-confirmed = Vi bekrefter at abonnementet ditt hos { $shop } er avsluttet. Det blir ikke fornyet.
billing-cancellation-confirmation-confirmed-date = Vi bekrefter at abonnementet ditt hos { $shop } er avsluttet med virkning fra { $date }. Det blir ikke fornyet.
billing-cancellation-confirmation-again = Hvis du vil abonnere igjen senere, kan du gjøre det når som helst.
billing-cancellation-confirmation-button = Abonner igjen
billing-cancellation-confirmation-text = Hvis du vil abonnere igjen senere, kan du gjøre det her:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Kortet ditt utløper før neste betaling
billing-card-expiring-subject-last4 = Kortet ditt med sluttsifrene { $last4 } utløper før neste betaling
card = kortet
card-brand = { $brand }-kortet
card-last4 = kortet med sluttsifrene { $last4 }
card-brand-last4 = { $brand }-kortet med sluttsifrene { $last4 }
billing-card-expiring-expiry = Utløpsdatoen for { $card } som er knyttet til abonnementet ditt hos { $shop }, er { $expiry }.
billing-card-expiring-soon = Utløpsdatoen for { $card } som er knyttet til abonnementet ditt hos { $shop }, nærmer seg.
billing-card-expiring-charge = Neste betaling forfaller { $date }, etter kortets utløpsdato, så den kan ikke belastes dette kortet. Oppdater betalingsmåten din før det, slik at betalingen går gjennom.
billing-card-expiring-charge-amount = Neste betaling på { $amount } forfaller { $date }, etter kortets utløpsdato, så den kan ikke belastes dette kortet. Oppdater betalingsmåten din før det, slik at betalingen går gjennom.
billing-card-expiring-update = Oppdater betalingsmåten din, slik at neste betaling går gjennom.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Abonnementet ditt fornyes snart
billing-renewal-reminder-subject-date = Abonnementet ditt fornyes { $date }
billing-renewal-reminder-renews = Dette er en påminnelse om at abonnementet ditt hos { $shop } snart fornyes.
billing-renewal-reminder-renews-date = Dette er en påminnelse om at abonnementet ditt hos { $shop } fornyes { $date }.
billing-renewal-reminder-amount = Beløp som blir belastet: { $amount }
billing-renewal-reminder-automatic = Den registrerte betalingsmåten din blir belastet automatisk, så du trenger ikke gjøre noe for å beholde abonnementet. Hvis du vil endre eller si opp abonnementet, eller oppdatere betalingsmåten din, må du gjøre det før det fornyes.
billing-renewal-reminder-button = Administrer abonnement
billing-renewal-reminder-text = Administrer abonnementet ditt her:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Prøveperioden din slutter snart
billing-trial-ending-subject-date = Prøveperioden din slutter { $date }
billing-trial-ending-ends = Prøveperioden for abonnementet ditt hos { $shop } slutter snart, og det er ikke registrert noen betalingsmåte ennå.
billing-trial-ending-ends-date = Prøveperioden for abonnementet ditt hos { $shop } slutter { $date }, og det er ikke registrert noen betalingsmåte ennå.
billing-trial-ending-add = For å beholde abonnementet etter prøveperioden må du legge til en betalingsmåte før det. Ellers kan abonnementet ditt bli satt på pause eller avsluttet når prøveperioden er over.
billing-trial-ending-button = Legg til betalingsmåte
billing-trial-ending-text = Legg til en betalingsmåte her:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Betalingen din er gjennomført
billing-payment-recovered-subject-amount = Betalingen din på { $amount } er gjennomført
billing-payment-recovered-received = Vi har mottatt betalingen for abonnementet ditt hos { $shop }. Takk!
billing-payment-recovered-received-amount = Vi har mottatt betalingen på { $amount } for abonnementet ditt hos { $shop }. Takk!
billing-payment-recovered-continues = Abonnementet ditt fortsetter uten avbrudd, og du trenger ikke gjøre noe mer. Hvis du har fått en tidligere e-post fra oss om denne betalingen, kan du se bort fra den.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Bekreft kortet ditt for abonnementet hos { $shop }
billing-setup-action-required-intro = Banken din ber deg bekrefte kortet som er lagret for abonnementet ditt hos { $shop }. Dette er en ekstra sikkerhetskontroll, for eksempel 3-D Secure, for å sikre at det virkelig er deg.
billing-setup-action-required-until = Inntil du har bekreftet det, kan vi ikke belaste dette kortet for de neste betalingene for abonnementet ditt. Det tar bare et øyeblikk.
billing-setup-action-required-button = Bekreft kortet ditt
billing-setup-action-required-text = Bekreft kortet ditt på vår sikre side:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Kortet ditt for abonnementet hos { $shop } kunne ikke lagres
billing-setup-payment-method-required-intro = Vi forsøkte å lagre kortet for abonnementet ditt hos { $shop }, men banken din avviste det.
billing-setup-payment-method-required-add = Legg til et annet kort eller en annen betalingsmåte, slik at de neste betalingene for abonnementet ditt kan gå gjennom.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Vil du melde deg av disse e-postene?
unsubscribe-confirm = Du vil ikke lenger motta e-poster som denne fra oss.
unsubscribe-button = Meld meg av
unsubscribe-changed-mind = Ombestemt deg? Bare lukk denne siden – ingenting endres før du trykker på knappen.
unsubscribe-done-title = Du er meldt av
unsubscribe-done = Du vil ikke lenger motta disse e-postene fra oss. Du trenger ikke gjøre noe mer.
unsubscribe-expired-title = Denne lenken er utløpt
unsubscribe-expired = Avmeldingslenker virker i ett år. Bruk lenken i en nyere e-post fra oss, eller svar på en av e-postene våre, så fjerner vi deg fra listen.
unsubscribe-unavailable-title = Prøv igjen
unsubscribe-unavailable = Vi kunne ikke lagre forespørselen din akkurat nå. Åpne lenken igjen om noen minutter.
unsubscribe-invalid-title = Denne lenken er ugyldig
unsubscribe-invalid = Lenken kan ha blitt kuttet av da den ble kopiert. Åpne den på nytt fra e-posten, eller svar på e-posten, så fjerner vi deg fra listen.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Denne lenken er utløpt
portal-expired = Av sikkerhetshensyn virker faktureringslenker bare i en begrenset periode. Bruk lenken i den nyeste e-posten fra oss, eller logg på kontoen din for å administrere faktureringen.
portal-invalid-title = Denne lenken er ugyldig
portal-invalid = Lenken kan ha blitt kuttet av da den ble kopiert. Åpne den på nytt fra e-posten, eller logg på kontoen din for å administrere faktureringen.
portal-unknown-customer-title = Vi fant ikke kontoen din
portal-unknown-customer = Kontoen denne lenken ble laget for, finnes ikke lenger. Hvis du tror dette er en feil, kan du svare på e-posten vår, så hjelper vi deg.
portal-unavailable-title = Prøv igjen om litt
portal-unavailable = Vi kunne ikke åpne faktureringssiden din akkurat nå. Åpne lenken igjen om et minutt.
portal-other-title = Faktureringssiden er ikke tilgjengelig
portal-other = Logg på kontoen din for å administrere faktureringen, eller svar på e-posten vår, så hjelper vi deg.
portal-dry-run-title = Testkjøring: ingen portaløkt opprettet
portal-dry-run = STRIPE_SECRET_KEY er ikke satt, så dette er det som ville blitt sendt til { $endpoint }:
portal-confirmation = Alt klart! Abonnementet ditt er oppdatert. Takk!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Bekreft kortet ditt
setup-ready = Banken din ber deg bekrefte kortet som er lagret for abonnementet ditt. Trykk på knappen, og følg deretter instruksjonene fra banken din.
setup-working = Venter på banken din…
setup-succeeded = Kortet ditt er bekreftet. Takk! Du kan lukke denne siden.
setup-failed = Kortet ditt kunne ikke bekreftes. Prøv igjen, eller legg til et annet kort fra kontoen din.
setup-button = Bekreft kortet mitt
setup-nothing-to-do-title = Ingenting å gjøre
setup-nothing-to-do = Kortet ditt trenger ikke noe mer fra deg: Det er allerede bekreftet, eller denne forespørselen er ikke lenger åpen. Du kan lukke denne siden.
setup-expired-title = Denne lenken er utløpt
setup-expired = Av sikkerhetshensyn virker disse lenkene bare i en begrenset periode. Logg på kontoen din for å administrere faktureringen.
setup-unavailable-title = Prøv igjen om litt
setup-unavailable = Vi kunne ikke åpne denne siden akkurat nå. Åpne lenken igjen om et minutt.
setup-invalid-title = Denne lenken er ugyldig
setup-invalid = Lenken kan ha blitt kuttet av da den ble kopiert. Åpne den på nytt fra e-posten, eller logg på kontoen din for å administrere faktureringen.
