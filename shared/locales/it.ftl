# Italian (it). Translated from en.ftl.

## Shared by the mails

cart-greeting = Salve,
billing-greeting = Gentile cliente,
button-fallback = Se il pulsante non funziona, copi questo link nel browser:
cart-quantity = Quantità: { $quantity }
cart-more-items =
    { $count ->
        [one] e { $count } altro articolo
       *[other] e altri { $count } articoli
    }
cart-total = Totale carrello: { $total }
cart-button = Torna al carrello
cart-link-text = Riprenda l'acquisto da dove l'aveva lasciato:
cart-promo-code = Inserisca il codice promozionale { $code } al momento del pagamento.
cart-footer-reason = Riceve questa email perché ha accettato di ricevere email da { $shop }.
cart-footer-unsubscribe = Se non desidera più ricevere queste email, può <a>annullare l'iscrizione</a>.
cart-footer-unsubscribe-text = Per annullare l'iscrizione a queste email:
billing-footer = Questa email riguarda il suo abbonamento a { $shop }. L'abbiamo inviata all'indirizzo email associato al suo account.
billing-amount-due = Importo dovuto: { $amount }
billing-update-button = Aggiorna metodo di pagamento
billing-update-text = Aggiorni qui il suo metodo di pagamento:
retention-offer = Sta pensando di disdire? Prima di andare, <a>scopra cosa possiamo offrirle</a>.
retention-offer-text = Sta pensando di disdire? Prima di andare, scopra cosa possiamo offrirle:

## recovery: the first mail about an abandoned cart

recovery-subject = Ha lasciato qualcosa nel carrello su { $shop }
recovery-intro = Ha lasciato qualcosa nel carrello su { $shop }. Non si preoccupi: l'abbiamo salvato per lei, così può riprendere esattamente da dove aveva interrotto.

## recovery-reminder: the second

recovery-reminder-subject = Il suo carrello su { $shop } la aspetta ancora
recovery-reminder-intro = Solo un promemoria: gli articoli che ha scelto su { $shop } sono ancora nel suo carrello, salvati per lei.

## recovery-last-call: the last

recovery-last-call-subject = Ultimo promemoria: il suo carrello su { $shop }
recovery-last-call-intro = Questo è il nostro ultimo promemoria sul carrello che ha lasciato su { $shop }. È ancora salvato, se desidera completare l'ordine.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Il suo pagamento non è andato a buon fine
billing-payment-failed-subject-amount = Il suo pagamento di { $amount } non è andato a buon fine
billing-payment-failed-intro = Non siamo riusciti ad addebitare l'importo sul metodo di pagamento registrato per il suo abbonamento a { $shop }.
billing-payment-failed-next-attempt = Riproveremo il { $date }. Aggiorni il suo metodo di pagamento prima di allora per evitare interruzioni dell'abbonamento.
billing-payment-failed-update = Aggiorni il suo metodo di pagamento per evitare interruzioni dell'abbonamento.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Promemoria: il suo pagamento è ancora in sospeso
billing-payment-reminder-subject-amount = Promemoria: il suo pagamento di { $amount } è ancora in sospeso
billing-payment-reminder-intro = Abbiamo riprovato ad addebitare l'importo sul metodo di pagamento registrato per il suo abbonamento a { $shop }, ma anche questa volta il pagamento non è andato a buon fine.
billing-payment-reminder-next-attempt = Il prossimo tentativo sarà il { $date }. Aggiorni il suo metodo di pagamento prima di allora per mantenere attivo l'abbonamento.
billing-payment-reminder-update = Aggiorni il suo metodo di pagamento per mantenere attivo l'abbonamento.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Ultimo avviso: il suo pagamento non è andato a buon fine
billing-final-notice-subject-amount = Ultimo avviso: il suo pagamento di { $amount } non è andato a buon fine
billing-final-notice-intro = Non siamo riusciti a riscuotere il pagamento per il suo abbonamento a { $shop }. Era il nostro ultimo tentativo automatico: non proveremo più ad addebitare l'importo sul suo metodo di pagamento.
billing-final-notice-pay = Per mantenere il suo abbonamento, paghi ora la fattura.
billing-final-notice-pay-or-update = Per mantenere il suo abbonamento, paghi ora la fattura o aggiorni il suo metodo di pagamento.
billing-final-notice-update = Per mantenere il suo abbonamento, aggiorni ora il suo metodo di pagamento.
billing-final-notice-pay-button = Paga la fattura
billing-final-notice-or-update = Oppure <a>aggiorni il suo metodo di pagamento</a>
billing-final-notice-pay-text = Per mantenere il suo abbonamento, paghi ora la fattura:
billing-final-notice-or-update-text = Oppure aggiorni qui il suo metodo di pagamento:
billing-final-notice-update-text = Per mantenere il suo abbonamento, aggiorni ora il suo metodo di pagamento:
billing-final-notice-consequence = Se il pagamento non verrà effettuato, il suo abbonamento potrebbe essere sospeso o annullato.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Confermi il suo pagamento
billing-payment-action-required-subject-amount = Confermi il suo pagamento di { $amount }
billing-payment-action-required-intro = La sua banca le ha chiesto di confermare il pagamento per il suo abbonamento a { $shop }. Si tratta di un controllo di sicurezza aggiuntivo, come 3-D Secure, per verificare che sia davvero lei. Il pagamento non potrà essere completato finché non lo avrà confermato.
billing-payment-action-required-button = Conferma il pagamento
billing-payment-action-required-text = Confermi il suo pagamento sulla pagina di pagamento sicura:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Il suo abbonamento è stato annullato
billing-cancellation-confirmation-confirmed = Le confermiamo che il suo abbonamento a { $shop } è stato annullato. Non verrà rinnovato.
billing-cancellation-confirmation-confirmed-date = Le confermiamo che il suo abbonamento a { $shop } è stato annullato con effetto dal { $date }. Non verrà rinnovato.
billing-cancellation-confirmation-again = Se in futuro desidera abbonarsi di nuovo, può farlo in qualsiasi momento.
billing-cancellation-confirmation-button = Riattiva l'abbonamento
billing-cancellation-confirmation-text = Se in futuro desidera abbonarsi di nuovo, può farlo qui:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = La sua carta scade prima del prossimo pagamento
billing-card-expiring-subject-last4 = La sua carta che termina con { $last4 } scade prima del prossimo pagamento
card = carta
card-brand = carta { $brand }
card-last4 = carta che termina con { $last4 }
card-brand-last4 = carta { $brand } che termina con { $last4 }
billing-card-expiring-expiry = La { $card } registrata per il suo abbonamento a { $shop } ha come data di scadenza { $expiry }.
billing-card-expiring-soon = La { $card } registrata per il suo abbonamento a { $shop } sta per scadere.
billing-card-expiring-charge = Il suo prossimo pagamento è previsto per il { $date }, dopo la data di scadenza della carta, quindi non potrà essere addebitato su questa carta. Aggiorni il suo metodo di pagamento prima di allora affinché il pagamento vada a buon fine.
billing-card-expiring-charge-amount = Il suo prossimo pagamento di { $amount } è previsto per il { $date }, dopo la data di scadenza della carta, quindi non potrà essere addebitato su questa carta. Aggiorni il suo metodo di pagamento prima di allora affinché il pagamento vada a buon fine.
billing-card-expiring-update = Aggiorni il suo metodo di pagamento affinché il prossimo pagamento vada a buon fine.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Il suo abbonamento si rinnoverà a breve
billing-renewal-reminder-subject-date = Il suo abbonamento si rinnoverà il { $date }
billing-renewal-reminder-renews = Le ricordiamo che il suo abbonamento a { $shop } si rinnoverà a breve.
billing-renewal-reminder-renews-date = Le ricordiamo che il suo abbonamento a { $shop } si rinnoverà il { $date }.
billing-renewal-reminder-amount = Importo da addebitare: { $amount }
billing-renewal-reminder-automatic = L'importo verrà addebitato automaticamente sul metodo di pagamento registrato, quindi non deve fare nulla per mantenere il suo abbonamento. Se desidera modificarlo o annullarlo, oppure aggiornare il suo metodo di pagamento, lo faccia prima del rinnovo.
billing-renewal-reminder-button = Gestisci abbonamento
billing-renewal-reminder-text = Gestisca qui il suo abbonamento:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Il suo periodo di prova sta per terminare
billing-trial-ending-subject-date = Il suo periodo di prova termina il { $date }
billing-trial-ending-ends = Il periodo di prova del suo abbonamento a { $shop } sta per terminare e non è ancora stato registrato alcun metodo di pagamento.
billing-trial-ending-ends-date = Il periodo di prova del suo abbonamento a { $shop } termina il { $date } e non è ancora stato registrato alcun metodo di pagamento.
billing-trial-ending-add = Per mantenere il suo abbonamento dopo il periodo di prova, aggiunga un metodo di pagamento prima che questo termini. In caso contrario, il suo abbonamento potrebbe essere sospeso o annullato al termine del periodo di prova.
billing-trial-ending-button = Aggiungi metodo di pagamento
billing-trial-ending-text = Aggiunga qui un metodo di pagamento:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Il suo pagamento è andato a buon fine
billing-payment-recovered-subject-amount = Il suo pagamento di { $amount } è andato a buon fine
billing-payment-recovered-received = Abbiamo ricevuto il suo pagamento per l'abbonamento a { $shop }. Grazie.
billing-payment-recovered-received-amount = Abbiamo ricevuto il suo pagamento di { $amount } per l'abbonamento a { $shop }. Grazie.
billing-payment-recovered-continues = Il suo abbonamento prosegue senza interruzioni e non deve fare nient'altro. Se ha ricevuto da noi un'email precedente riguardo a questo pagamento, può ignorarla.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Confermi la sua carta per l'abbonamento a { $shop }
billing-setup-action-required-intro = La sua banca le chiede di confermare la carta salvata per il suo abbonamento a { $shop }. Si tratta di un controllo di sicurezza aggiuntivo, come 3-D Secure, per verificare che sia davvero lei.
billing-setup-action-required-until = Finché non la conferma, non potremo addebitare su questa carta i prossimi pagamenti del suo abbonamento. Basta un attimo.
billing-setup-action-required-button = Conferma la carta
billing-setup-action-required-text = Confermi la sua carta sulla nostra pagina sicura:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Non è stato possibile salvare la carta per il suo abbonamento a { $shop }
billing-setup-payment-method-required-intro = Abbiamo provato a salvare la carta per il suo abbonamento a { $shop }, ma la sua banca l'ha rifiutata.
billing-setup-payment-method-required-add = Aggiunga un'altra carta o un altro metodo di pagamento affinché i prossimi pagamenti del suo abbonamento vadano a buon fine.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Annullare l'iscrizione a queste email?
unsubscribe-confirm = Non riceverà più da noi email come questa.
unsubscribe-button = Annulla l'iscrizione
unsubscribe-changed-mind = Ha cambiato idea? Chiuda semplicemente questa pagina: non cambierà nulla finché non preme il pulsante.
unsubscribe-done-title = Iscrizione annullata
unsubscribe-done = Non riceverà più queste email da noi. Non deve fare nient'altro.
unsubscribe-expired-title = Questo link è scaduto
unsubscribe-expired = I link per annullare l'iscrizione sono validi per un anno. Usi il link contenuto in una nostra email più recente, oppure risponda a una delle nostre email e la rimuoveremo dalla lista.
unsubscribe-unavailable-title = Riprovi
unsubscribe-unavailable = Non siamo riusciti a salvare la sua richiesta in questo momento. Riapra il link tra qualche minuto.
unsubscribe-invalid-title = Questo link non è valido
unsubscribe-invalid = Il link potrebbe essere stato troncato durante la copia. Lo riapra dall'email, oppure risponda all'email e la rimuoveremo dalla lista.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Questo link è scaduto
portal-expired = Per la sua sicurezza, i link di fatturazione sono validi per un tempo limitato. Usi il link contenuto nella nostra email più recente oppure acceda al suo account per gestire la fatturazione.
portal-invalid-title = Questo link non è valido
portal-invalid = Il link potrebbe essere stato troncato durante la copia. Lo riapra dall'email oppure acceda al suo account per gestire la fatturazione.
portal-unknown-customer-title = Non abbiamo trovato il suo account
portal-unknown-customer = L'account per cui è stato creato questo link non esiste più. Se pensa che si tratti di un errore, risponda alla nostra email e la aiuteremo.
portal-unavailable-title = Riprovi tra un momento
portal-unavailable = Non siamo riusciti ad aprire la sua pagina di fatturazione in questo momento. Riapra il link tra un minuto.
portal-other-title = La pagina di fatturazione non è disponibile
portal-other = Acceda al suo account per gestire la fatturazione oppure risponda alla nostra email e la aiuteremo.
portal-dry-run-title = Simulazione: nessuna sessione del portale creata
portal-dry-run = STRIPE_SECRET_KEY non è impostata, quindi ecco cosa verrebbe inviato a { $endpoint }:
portal-confirmation = Fatto: il suo abbonamento è stato aggiornato. Grazie!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confermi la sua carta
setup-ready = La sua banca le chiede di confermare la carta salvata per il suo abbonamento. Prema il pulsante, poi segua i passaggi indicati dalla sua banca.
setup-working = In attesa della sua banca…
setup-succeeded = La sua carta è stata confermata. Grazie! Può chiudere questa pagina.
setup-failed = Non è stato possibile confermare la sua carta. Riprovi oppure aggiunga un'altra carta dal suo account.
setup-button = Conferma la mia carta
setup-nothing-to-do-title = Nessuna azione necessaria
setup-nothing-to-do = Per la sua carta non serve altro: è già stata confermata oppure questa richiesta non è più aperta. Può chiudere questa pagina.
setup-expired-title = Questo link è scaduto
setup-expired = Per la sua sicurezza, questi link sono validi per un tempo limitato. Acceda al suo account per gestire la fatturazione.
setup-unavailable-title = Riprovi tra un momento
setup-unavailable = Non siamo riusciti ad aprire questa pagina in questo momento. Riapra il link tra un minuto.
setup-invalid-title = Questo link non è valido
setup-invalid = Il link potrebbe essere stato troncato durante la copia. Lo riapra dall'email oppure acceda al suo account per gestire la fatturazione.
