# Danish (da). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hej,
billing-greeting = Hej,
button-fallback = Hvis knappen ikke virker, kan du kopiere dette link ind i din browser:
cart-quantity = Antal: { $quantity }
cart-more-items =
    { $count ->
        [one] og { $count } vare mere
       *[other] og { $count } varer mere
    }
cart-total = I alt: { $total }
cart-button = Tilbage til din kurv
cart-link-text = Fortsæt, hvor du slap:
cart-promo-code = Brug rabatkoden { $code } i kassen.
cart-footer-reason = Du modtager denne e-mail, fordi du har sagt ja til at modtage e-mails fra { $shop }.
cart-footer-unsubscribe = <a>Afmeld</a> disse e-mails.
cart-footer-unsubscribe-text = Afmeld disse e-mails:
billing-footer = Denne e-mail handler om dit abonnement hos { $shop }. Vi har sendt den til den e-mailadresse, der er registreret på din konto.
billing-amount-due = Beløb til betaling: { $amount }
billing-update-button = Opdater betalingsmetode
billing-update-text = Opdater din betalingsmetode her:
retention-offer = Overvejer du at opsige dit abonnement? Før du går, kan du <a>se, hvad vi kan tilbyde dig</a>.
retention-offer-text = Overvejer du at opsige dit abonnement? Før du går, kan du se, hvad vi kan tilbyde dig:

## recovery: the first mail about an abandoned cart

recovery-subject = Du har glemt noget i din kurv hos { $shop }
recovery-intro = Du har glemt noget i din kurv hos { $shop }. Bare rolig, vi har gemt det til dig, så du kan fortsætte præcis, hvor du slap.

## recovery-reminder: the second

recovery-reminder-subject = Din kurv hos { $shop } venter stadig på dig
recovery-reminder-intro = Vi vil bare minde dig om, at de varer, du valgte hos { $shop }, stadig ligger i din kurv – gemt til dig.

## recovery-last-call: the last

recovery-last-call-subject = Sidste påmindelse: din kurv hos { $shop }
recovery-last-call-intro = Dette er vores sidste påmindelse om den kurv, du efterlod hos { $shop }. Den er stadig gemt til dig, hvis du vil gøre din bestilling færdig.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Din betaling mislykkedes
billing-payment-failed-subject-amount = Din betaling på { $amount } mislykkedes
billing-payment-failed-intro = Vi kunne ikke trække betalingen for dit abonnement hos { $shop } via din registrerede betalingsmetode.
billing-payment-failed-next-attempt = Vi prøver igen den { $date }. Opdater venligst din betalingsmetode inden da, så dit abonnement fortsætter uden afbrydelse.
billing-payment-failed-update = Opdater venligst din betalingsmetode, så dit abonnement fortsætter uden afbrydelse.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Påmindelse: din betaling udestår stadig
billing-payment-reminder-subject-amount = Påmindelse: din betaling på { $amount } udestår stadig
billing-payment-reminder-intro = Vi har igen forsøgt at trække betalingen for dit abonnement hos { $shop } via din registrerede betalingsmetode, men betalingen mislykkedes igen.
billing-payment-reminder-next-attempt = Vores næste forsøg bliver den { $date }. Opdater venligst din betalingsmetode inden da, så dit abonnement forbliver aktivt.
billing-payment-reminder-update = Opdater venligst din betalingsmetode, så dit abonnement forbliver aktivt.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Sidste varsel: din betaling mislykkedes
billing-final-notice-subject-amount = Sidste varsel: din betaling på { $amount } mislykkedes
billing-final-notice-intro = Vi kunne ikke opkræve betalingen for dit abonnement hos { $shop }. Det var vores sidste automatiske forsøg: vi vil ikke forsøge at trække på din betalingsmetode igen.
billing-final-notice-pay = For at beholde dit abonnement skal du betale fakturaen nu.
billing-final-notice-pay-or-update = For at beholde dit abonnement skal du betale fakturaen nu eller opdatere din betalingsmetode.
billing-final-notice-update = For at beholde dit abonnement skal du opdatere din betalingsmetode nu.
billing-final-notice-pay-button = Betal faktura
billing-final-notice-or-update = Eller <a>opdater din betalingsmetode</a>
billing-final-notice-pay-text = For at beholde dit abonnement skal du betale fakturaen nu:
billing-final-notice-or-update-text = Eller opdater din betalingsmetode her:
billing-final-notice-update-text = For at beholde dit abonnement skal du opdatere din betalingsmetode nu:
billing-final-notice-consequence = Hvis betalingen ikke gennemføres, kan dit abonnement blive sat på pause eller annulleret.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Bekræft venligst din betaling
billing-payment-action-required-subject-amount = Bekræft venligst din betaling på { $amount }
billing-payment-action-required-intro = Din bank har bedt dig om at bekræfte betalingen for dit abonnement hos { $shop }. Det er et ekstra sikkerhedstjek, f.eks. 3-D Secure, der skal sikre, at det virkelig er dig. Betalingen kan ikke gennemføres, før du har bekræftet den.
billing-payment-action-required-button = Bekræft betaling
billing-payment-action-required-text = Bekræft din betaling på den sikre betalingsside:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Dit abonnement er annulleret
billing-cancellation-confirmation-confirmed = Hermed bekræfter vi, at dit abonnement hos { $shop } er annulleret. Det bliver ikke fornyet.
billing-cancellation-confirmation-confirmed-date = Hermed bekræfter vi, at dit abonnement hos { $shop } er annulleret med virkning fra den { $date }. Det bliver ikke fornyet.
billing-cancellation-confirmation-again = Hvis du vil abonnere igen senere, kan du til enhver tid gøre det.
billing-cancellation-confirmation-button = Abonner igen
billing-cancellation-confirmation-text = Hvis du vil abonnere igen senere, kan du gøre det her:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Dit kort udløber før din næste betaling
billing-card-expiring-subject-last4 = Dit kort med slutcifrene { $last4 } udløber før din næste betaling
card = kortet
card-brand = { $brand }-kortet
card-last4 = kortet med slutcifrene { $last4 }
card-brand-last4 = { $brand }-kortet med slutcifrene { $last4 }
billing-card-expiring-expiry = Udløbsdatoen for { $card }, der er tilknyttet dit abonnement hos { $shop }, er { $expiry }.
billing-card-expiring-soon = Udløbsdatoen for { $card }, der er tilknyttet dit abonnement hos { $shop }, nærmer sig.
billing-card-expiring-charge = Din næste betaling forfalder den { $date }, efter kortets udløbsdato, så den kan ikke trækkes på dette kort. Opdater venligst din betalingsmetode inden da, så betalingen kan gennemføres.
billing-card-expiring-charge-amount = Din næste betaling på { $amount } forfalder den { $date }, efter kortets udløbsdato, så den kan ikke trækkes på dette kort. Opdater venligst din betalingsmetode inden da, så betalingen kan gennemføres.
billing-card-expiring-update = Opdater venligst din betalingsmetode, så din næste betaling kan gennemføres.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Dit abonnement fornyes snart
billing-renewal-reminder-subject-date = Dit abonnement fornyes den { $date }
billing-renewal-reminder-renews = Vi minder dig om, at dit abonnement hos { $shop } snart fornyes.
billing-renewal-reminder-renews-date = Vi minder dig om, at dit abonnement hos { $shop } fornyes den { $date }.
billing-renewal-reminder-amount = Beløb, der opkræves: { $amount }
billing-renewal-reminder-automatic = Beløbet trækkes automatisk via din registrerede betalingsmetode, så du behøver ikke gøre noget for at beholde dit abonnement. Hvis du vil ændre eller opsige det eller opdatere din betalingsmetode, skal du gøre det, før det fornyes.
billing-renewal-reminder-button = Administrer abonnement
billing-renewal-reminder-text = Administrer dit abonnement her:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Din prøveperiode slutter snart
billing-trial-ending-subject-date = Din prøveperiode slutter den { $date }
billing-trial-ending-ends = Prøveperioden for dit abonnement hos { $shop } slutter snart, og der er endnu ikke registreret nogen betalingsmetode.
billing-trial-ending-ends-date = Prøveperioden for dit abonnement hos { $shop } slutter den { $date }, og der er endnu ikke registreret nogen betalingsmetode.
billing-trial-ending-add = For at beholde dit abonnement efter prøveperioden skal du tilføje en betalingsmetode inden da. Ellers kan dit abonnement blive sat på pause eller annulleret, når prøveperioden slutter.
billing-trial-ending-button = Tilføj betalingsmetode
billing-trial-ending-text = Tilføj en betalingsmetode her:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Din betaling er gennemført
billing-payment-recovered-subject-amount = Din betaling på { $amount } er gennemført
billing-payment-recovered-received = Vi har modtaget din betaling for dit abonnement hos { $shop }. Mange tak.
billing-payment-recovered-received-amount = Vi har modtaget din betaling på { $amount } for dit abonnement hos { $shop }. Mange tak.
billing-payment-recovered-continues = Dit abonnement fortsætter uden afbrydelse, og du behøver ikke gøre mere. Hvis du tidligere har fået en e-mail fra os om denne betaling, kan du se bort fra den.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Bekræft venligst dit kort til dit abonnement hos { $shop }
billing-setup-action-required-intro = Din bank beder dig bekræfte det kort, der er gemt til dit abonnement hos { $shop }. Det er et ekstra sikkerhedstjek, f.eks. 3-D Secure, der skal sikre, at det virkelig er dig.
billing-setup-action-required-until = Indtil du har bekræftet det, kan vi ikke trække de næste betalinger for dit abonnement på dette kort. Det tager kun et øjeblik.
billing-setup-action-required-button = Bekræft dit kort
billing-setup-action-required-text = Bekræft dit kort på vores sikre side:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Dit kort til dit abonnement hos { $shop } kunne ikke gemmes
billing-setup-payment-method-required-intro = Vi forsøgte at gemme kortet til dit abonnement hos { $shop }, men din bank afviste det.
billing-setup-payment-method-required-add = Tilføj venligst et andet kort eller en anden betalingsmetode, så de næste betalinger for dit abonnement kan gennemføres.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Vil du afmelde disse e-mails?
unsubscribe-confirm = Du vil ikke længere modtage e-mails som denne fra os.
unsubscribe-button = Afmeld
unsubscribe-changed-mind = Har du fortrudt? Luk bare denne side: intet ændres, før du trykker på knappen.
unsubscribe-done-title = Du er afmeldt
unsubscribe-done = Du vil ikke længere modtage disse e-mails fra os. Du behøver ikke gøre mere.
unsubscribe-expired-title = Dette link er udløbet
unsubscribe-expired = Afmeldingslinks virker i et år. Brug venligst linket i en nyere e-mail fra os, eller svar på en af vores e-mails, så fjerner vi dig fra listen.
unsubscribe-unavailable-title = Prøv venligst igen
unsubscribe-unavailable = Vi kunne ikke gemme din anmodning lige nu. Åbn venligst linket igen om et par minutter.
unsubscribe-invalid-title = Dette link er ugyldigt
unsubscribe-invalid = Linket er måske blevet afkortet, da det blev kopieret. Åbn det igen fra e-mailen, eller svar på e-mailen, så fjerner vi dig fra listen.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Dette link er udløbet
portal-expired = Af hensyn til din sikkerhed virker faktureringslinks kun i en begrænset periode. Brug linket i vores seneste e-mail, eller log ind på din konto for at administrere din fakturering.
portal-invalid-title = Dette link er ugyldigt
portal-invalid = Linket er måske blevet afkortet, da det blev kopieret. Åbn det igen fra e-mailen, eller log ind på din konto for at administrere din fakturering.
portal-unknown-customer-title = Vi kunne ikke finde din konto
portal-unknown-customer = Den konto, som dette link blev oprettet til, findes ikke længere. Hvis du mener, at det er en fejl, så svar på vores e-mail, så hjælper vi dig.
portal-unavailable-title = Prøv venligst igen om lidt
portal-unavailable = Vi kunne ikke åbne din faktureringsside lige nu. Åbn venligst linket igen om et minut.
portal-other-title = Faktureringssiden er ikke tilgængelig
portal-other = Log ind på din konto for at administrere din fakturering, eller svar på vores e-mail, så hjælper vi dig.
portal-dry-run-title = Testkørsel: ingen portalsession oprettet
portal-dry-run = STRIPE_SECRET_KEY er ikke angivet, så dette er, hvad der ville blive sendt til { $endpoint }:
portal-confirmation = Så er det klaret: dit abonnement er opdateret. Tak!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Bekræft dit kort
setup-ready = Din bank beder dig bekræfte det kort, der er gemt til dit abonnement. Tryk på knappen, og følg derefter anvisningerne fra din bank.
setup-working = Venter på din bank…
setup-succeeded = Dit kort er bekræftet. Tak! Du kan lukke denne side.
setup-failed = Dit kort kunne ikke bekræftes. Prøv igen, eller tilføj et andet kort fra din konto.
setup-button = Bekræft mit kort
setup-nothing-to-do-title = Der er intet at gøre
setup-nothing-to-do = Dit kort kræver ikke mere fra dig: det er allerede bekræftet, eller denne anmodning er ikke længere åben. Du kan lukke denne side.
setup-expired-title = Dette link er udløbet
setup-expired = Af hensyn til din sikkerhed virker disse links kun i en begrænset periode. Log ind på din konto for at administrere din fakturering.
setup-unavailable-title = Prøv venligst igen om lidt
setup-unavailable = Vi kunne ikke åbne denne side lige nu. Åbn venligst linket igen om et minut.
setup-invalid-title = Dette link er ugyldigt
setup-invalid = Linket er måske blevet afkortet, da det blev kopieret. Åbn det igen fra e-mailen, eller log ind på din konto for at administrere din fakturering.
