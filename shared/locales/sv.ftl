# Swedish (sv). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hej,
billing-greeting = Hej,
button-fallback = Om knappen inte fungerar kan du kopiera den här länken till din webbläsare:
cart-quantity = Antal: { $quantity }
cart-more-items =
    { $count ->
        [one] och { $count } produkt till
       *[other] och { $count } produkter till
    }
cart-total = Summa i varukorgen: { $total }
cart-button = Tillbaka till varukorgen
cart-link-text = Fortsätt där du slutade:
cart-promo-code = Ange rabattkoden { $code } i kassan.
cart-footer-reason = Du får det här mejlet eftersom du har godkänt att få mejl från { $shop }.
cart-footer-unsubscribe = <a>Avregistrera dig</a> från de här mejlen.
cart-footer-unsubscribe-text = Avregistrera dig från de här mejlen:
billing-footer = Det här mejlet gäller din prenumeration hos { $shop }. Vi har skickat det till den e-postadress som är registrerad för ditt konto.
billing-amount-due = Belopp att betala: { $amount }
billing-update-button = Uppdatera betalningsmetod
billing-update-text = Uppdatera din betalningsmetod här:
retention-offer = Funderar du på att säga upp din prenumeration? Innan du går: <a>se vad vi kan erbjuda dig</a>.
retention-offer-text = Funderar du på att säga upp din prenumeration? Innan du går, se vad vi kan erbjuda dig:

## recovery: the first mail about an abandoned cart

recovery-subject = Du har glömt något i din varukorg hos { $shop }
recovery-intro = Du har glömt något i din varukorg hos { $shop }. Ingen fara, vi har sparat det åt dig så att du kan fortsätta precis där du slutade.

## recovery-reminder: the second

recovery-reminder-subject = Din varukorg hos { $shop } väntar fortfarande
recovery-reminder-intro = En liten påminnelse: varorna du valde hos { $shop } ligger kvar i din varukorg, sparade åt dig.

## recovery-last-call: the last

recovery-last-call-subject = Sista påminnelsen: din varukorg hos { $shop }
recovery-last-call-intro = Det här är vår sista påminnelse om varukorgen du lämnade hos { $shop }. Den är fortfarande sparad åt dig om du vill slutföra din beställning.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Din betalning misslyckades
billing-payment-failed-subject-amount = Din betalning på { $amount } misslyckades
billing-payment-failed-intro = Vi kunde inte debitera den registrerade betalningsmetoden för din prenumeration hos { $shop }.
billing-payment-failed-next-attempt = Vi försöker igen den { $date }. Uppdatera din betalningsmetod innan dess så att din prenumeration fortsätter utan avbrott.
billing-payment-failed-update = Uppdatera din betalningsmetod så att din prenumeration fortsätter utan avbrott.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Påminnelse: din betalning är fortfarande utestående
billing-payment-reminder-subject-amount = Påminnelse: din betalning på { $amount } är fortfarande utestående
billing-payment-reminder-intro = Vi har försökt debitera den registrerade betalningsmetoden för din prenumeration hos { $shop } igen, men betalningen misslyckades även den här gången.
billing-payment-reminder-next-attempt = Vi gör nästa försök den { $date }. Uppdatera din betalningsmetod innan dess så att din prenumeration förblir aktiv.
billing-payment-reminder-update = Uppdatera din betalningsmetod så att din prenumeration förblir aktiv.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Slutlig påminnelse: din betalning misslyckades
billing-final-notice-subject-amount = Slutlig påminnelse: din betalning på { $amount } misslyckades
billing-final-notice-intro = Vi kunde inte ta betalt för din prenumeration hos { $shop }. Det var vårt sista automatiska försök: vi kommer inte att försöka debitera din betalningsmetod igen.
billing-final-notice-pay = Betala fakturan nu för att behålla din prenumeration.
billing-final-notice-pay-or-update = Betala fakturan nu eller uppdatera din betalningsmetod för att behålla din prenumeration.
billing-final-notice-update = Uppdatera din betalningsmetod nu för att behålla din prenumeration.
billing-final-notice-pay-button = Betala faktura
billing-final-notice-or-update = Eller <a>uppdatera din betalningsmetod</a>
billing-final-notice-pay-text = Betala fakturan nu för att behålla din prenumeration:
billing-final-notice-or-update-text = Eller uppdatera din betalningsmetod här:
billing-final-notice-update-text = Uppdatera din betalningsmetod nu för att behålla din prenumeration:
billing-final-notice-consequence = Om betalningen inte görs kan din prenumeration pausas eller avslutas.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Bekräfta din betalning
billing-payment-action-required-subject-amount = Bekräfta din betalning på { $amount }
billing-payment-action-required-intro = Din bank har bett dig bekräfta betalningen för din prenumeration hos { $shop }. Det är en extra säkerhetskontroll, till exempel 3-D Secure, för att säkerställa att det verkligen är du. Betalningen kan inte genomföras förrän du har bekräftat den.
billing-payment-action-required-button = Bekräfta betalning
billing-payment-action-required-text = Bekräfta din betalning på den säkra betalningssidan:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Din prenumeration har avslutats
billing-cancellation-confirmation-confirmed = Vi bekräftar härmed att din prenumeration hos { $shop } har avslutats. Den förnyas inte.
billing-cancellation-confirmation-confirmed-date = Vi bekräftar härmed att din prenumeration hos { $shop } har avslutats från och med den { $date }. Den förnyas inte.
billing-cancellation-confirmation-again = Om du vill prenumerera igen längre fram kan du göra det när som helst.
billing-cancellation-confirmation-button = Prenumerera igen
billing-cancellation-confirmation-text = Om du vill prenumerera igen längre fram kan du göra det här:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Ditt kort går ut före din nästa betalning
billing-card-expiring-subject-last4 = Ditt kort med slutsiffrorna { $last4 } går ut före din nästa betalning
card = kortet
card-brand = { $brand }-kortet
card-last4 = kortet med slutsiffrorna { $last4 }
card-brand-last4 = { $brand }-kortet med slutsiffrorna { $last4 }
billing-card-expiring-expiry = Utgångsdatumet för { $card } som är kopplat till din prenumeration hos { $shop } är { $expiry }.
billing-card-expiring-soon = Utgångsdatumet för { $card } som är kopplat till din prenumeration hos { $shop } närmar sig.
billing-card-expiring-charge = Din nästa betalning förfaller den { $date }, efter kortets utgångsdatum, så den kan inte dras från det här kortet. Uppdatera din betalningsmetod innan dess så att betalningen går igenom.
billing-card-expiring-charge-amount = Din nästa betalning på { $amount } förfaller den { $date }, efter kortets utgångsdatum, så den kan inte dras från det här kortet. Uppdatera din betalningsmetod innan dess så att betalningen går igenom.
billing-card-expiring-update = Uppdatera din betalningsmetod så att din nästa betalning går igenom.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Din prenumeration förnyas snart
billing-renewal-reminder-subject-date = Din prenumeration förnyas den { $date }
billing-renewal-reminder-renews = Det här är en påminnelse om att din prenumeration hos { $shop } snart förnyas.
billing-renewal-reminder-renews-date = Det här är en påminnelse om att din prenumeration hos { $shop } förnyas den { $date }.
billing-renewal-reminder-amount = Belopp som kommer att debiteras: { $amount }
billing-renewal-reminder-automatic = Beloppet dras automatiskt från din registrerade betalningsmetod, så du behöver inte göra något för att behålla din prenumeration. Om du vill ändra eller säga upp den, eller uppdatera din betalningsmetod, gör det innan den förnyas.
billing-renewal-reminder-button = Hantera prenumeration
billing-renewal-reminder-text = Hantera din prenumeration här:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Din provperiod slutar snart
billing-trial-ending-subject-date = Din provperiod slutar den { $date }
billing-trial-ending-ends = Provperioden för din prenumeration hos { $shop } slutar snart, och ingen betalningsmetod är registrerad ännu.
billing-trial-ending-ends-date = Provperioden för din prenumeration hos { $shop } slutar den { $date }, och ingen betalningsmetod är registrerad ännu.
billing-trial-ending-add = Lägg till en betalningsmetod innan dess för att behålla din prenumeration efter provperioden. Annars kan din prenumeration pausas eller avslutas när provperioden slutar.
billing-trial-ending-button = Lägg till betalningsmetod
billing-trial-ending-text = Lägg till en betalningsmetod här:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Din betalning har gått igenom
billing-payment-recovered-subject-amount = Din betalning på { $amount } har gått igenom
billing-payment-recovered-received = Vi har tagit emot din betalning för din prenumeration hos { $shop }. Tack!
billing-payment-recovered-received-amount = Vi har tagit emot din betalning på { $amount } för din prenumeration hos { $shop }. Tack!
billing-payment-recovered-continues = Din prenumeration fortsätter utan avbrott och du behöver inte göra något mer. Om du har fått ett tidigare mejl från oss om den här betalningen kan du bortse från det.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Bekräfta ditt kort för din prenumeration hos { $shop }
billing-setup-action-required-intro = Din bank ber dig bekräfta kortet som är sparat för din prenumeration hos { $shop }. Det är en extra säkerhetskontroll, till exempel 3-D Secure, för att säkerställa att det verkligen är du.
billing-setup-action-required-until = Tills du har bekräftat det kan vi inte dra kommande betalningar för din prenumeration från det här kortet. Det tar bara ett ögonblick.
billing-setup-action-required-button = Bekräfta ditt kort
billing-setup-action-required-text = Bekräfta ditt kort på vår säkra sida:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Ditt kort för din prenumeration hos { $shop } kunde inte sparas
billing-setup-payment-method-required-intro = Vi försökte spara kortet för din prenumeration hos { $shop }, men din bank nekade det.
billing-setup-payment-method-required-add = Lägg till ett annat kort eller en annan betalningsmetod så att kommande betalningar för din prenumeration kan gå igenom.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Vill du avregistrera dig från de här mejlen?
unsubscribe-confirm = Du kommer inte längre att få mejl som det här från oss.
unsubscribe-button = Avregistrera mig
unsubscribe-changed-mind = Ångrat dig? Stäng bara den här sidan – inget ändras förrän du trycker på knappen.
unsubscribe-done-title = Du är avregistrerad
unsubscribe-done = Du kommer inte längre att få de här mejlen från oss. Du behöver inte göra något mer.
unsubscribe-expired-title = Länken har gått ut
unsubscribe-expired = Avregistreringslänkar fungerar i ett år. Använd länken i ett nyare mejl från oss, eller svara på något av våra mejl så tar vi bort dig från listan.
unsubscribe-unavailable-title = Försök igen
unsubscribe-unavailable = Vi kunde inte spara din begäran just nu. Öppna länken igen om några minuter.
unsubscribe-invalid-title = Länken är ogiltig
unsubscribe-invalid = Länken kan ha klippts av när den kopierades. Öppna den igen från mejlet, eller svara på mejlet så tar vi bort dig från listan.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Länken har gått ut
portal-expired = Av säkerhetsskäl fungerar faktureringslänkar bara under en begränsad tid. Använd länken i vårt senaste mejl, eller logga in på ditt konto för att hantera din fakturering.
portal-invalid-title = Länken är ogiltig
portal-invalid = Länken kan ha klippts av när den kopierades. Öppna den igen från mejlet, eller logga in på ditt konto för att hantera din fakturering.
portal-unknown-customer-title = Vi kunde inte hitta ditt konto
portal-unknown-customer = Kontot som länken skapades för finns inte längre. Om du tror att det är ett misstag kan du svara på vårt mejl, så hjälper vi dig.
portal-unavailable-title = Försök igen om en stund
portal-unavailable = Vi kunde inte öppna din faktureringssida just nu. Öppna länken igen om en minut.
portal-other-title = Faktureringssidan är inte tillgänglig
portal-other = Logga in på ditt konto för att hantera din fakturering, eller svara på vårt mejl så hjälper vi dig.
portal-dry-run-title = Testkörning: ingen portalsession skapades
portal-dry-run = STRIPE_SECRET_KEY är inte angiven, så det här är vad som skulle skickas till { $endpoint }:
portal-confirmation = Klart! Din prenumeration är uppdaterad. Tack!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Bekräfta ditt kort
setup-ready = Din bank ber dig bekräfta kortet som är sparat för din prenumeration. Tryck på knappen och följ sedan bankens anvisningar.
setup-working = Väntar på din bank…
setup-succeeded = Ditt kort är bekräftat. Tack! Du kan stänga den här sidan.
setup-failed = Ditt kort kunde inte bekräftas. Försök igen, eller lägg till ett annat kort från ditt konto.
setup-button = Bekräfta mitt kort
setup-nothing-to-do-title = Inget att göra
setup-nothing-to-do = Ditt kort behöver inget mer från dig: det är redan bekräftat, eller så är den här begäran inte längre öppen. Du kan stänga den här sidan.
setup-expired-title = Länken har gått ut
setup-expired = Av säkerhetsskäl fungerar de här länkarna bara under en begränsad tid. Logga in på ditt konto för att hantera din fakturering.
setup-unavailable-title = Försök igen om en stund
setup-unavailable = Vi kunde inte öppna den här sidan just nu. Öppna länken igen om en minut.
setup-invalid-title = Länken är ogiltig
setup-invalid = Länken kan ha klippts av när den kopierades. Öppna den igen från mejlet, eller logga in på ditt konto för att hantera din fakturering.
