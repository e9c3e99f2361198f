# Maltese (mt). Translated from en.ftl.

## Shared by the mails

cart-greeting = Bonġu,
billing-greeting = Bonġu,
button-fallback = Jekk il-buttuna ma taħdimx, ikkopja din il-ħolqa fil-browser tiegħek:
cart-quantity = Kwantità: { $quantity }
cart-more-items =
    { $count ->
        [one] u { $count } oġġett ieħor
        [two] u { $count } oġġetti oħra
        [few] u { $count } oġġetti oħra
        [many] u { $count } oġġett ieħor
       *[other] u { $count } oġġett ieħor
    }
cart-total = Total tal-karrettun: { $total }
cart-button = Lura għall-karrettun
cart-link-text = Kompli minn fejn ħallejt:
cart-promo-code = Daħħal il-kodiċi promozzjonali { $code } meta tħallas.
cart-footer-reason = Qed tirċievi din l-email għax qbilt li tirċievi emails mingħand { $shop }.
cart-footer-unsubscribe = Biex ma tibqax tirċievi dawn l-emails, <a>neħħi ismek mil-lista</a>.
cart-footer-unsubscribe-text = Biex ma tibqax tirċievi dawn l-emails, neħħi ismek mil-lista hawn:
billing-footer = Din l-email hija dwar l-abbonament tiegħek ma' { $shop }. Bgħatnieha fl-indirizz tal-email reġistrat fil-kont tiegħek.
billing-amount-due = Ammont dovut: { $amount }
billing-update-button = Aġġorna l-metodu tal-ħlas
billing-update-text = Aġġorna l-metodu tal-ħlas tiegħek hawn:
retention-offer = Qed taħseb biex tikkanċella? Qabel ma titlaq, <a>ara x'nistgħu noffrulek</a>.
retention-offer-text = Qed taħseb biex tikkanċella? Qabel ma titlaq, ara x'nistgħu noffrulek:

## recovery: the first mail about an abandoned cart

recovery-subject = Ħallejt xi ħaġa fil-karrettun tiegħek għand { $shop }
recovery-intro = Ħallejt xi ħaġa fil-karrettun tiegħek għand { $shop }. Tinkwetax, żammejnieh għalik, biex tkun tista' tkompli eżatt minn fejn ħallejt.

## recovery-reminder: the second

recovery-reminder-subject = Il-karrettun tiegħek għand { $shop } għadu jistennik
recovery-reminder-intro = Tfakkira żgħira: l-oġġetti li għażilt għand { $shop } għadhom fil-karrettun tiegħek, maħżuna għalik.

## recovery-last-call: the last

recovery-last-call-subject = L-aħħar tfakkira: il-karrettun tiegħek għand { $shop }
recovery-last-call-intro = Din hija l-aħħar tfakkira tagħna dwar il-karrettun li ħallejt għand { $shop }. Għadu maħżun għalik, jekk tixtieq tlesti l-ordni tiegħek.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Il-pagament tiegħek ma rnexxiex
billing-payment-failed-subject-amount = Il-pagament tiegħek ta' { $amount } ma rnexxiex
billing-payment-failed-intro = Ma stajniex niġbru l-pagament mill-metodu tal-ħlas reġistrat għall-abbonament tiegħek ma' { $shop }.
billing-payment-failed-next-attempt = Se nerġgħu nippruvaw fid-data { $date }. Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek qabel dakinhar, biex l-abbonament tiegħek ikompli mingħajr interruzzjoni.
billing-payment-failed-update = Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek, biex l-abbonament tiegħek ikompli mingħajr interruzzjoni.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Tfakkira: il-pagament tiegħek għadu dovut
billing-payment-reminder-subject-amount = Tfakkira: il-pagament tiegħek ta' { $amount } għadu dovut
billing-payment-reminder-intro = Erġajna pprovajna niġbru l-pagament mill-metodu tal-ħlas reġistrat għall-abbonament tiegħek ma' { $shop }, iżda l-pagament reġa' ma rnexxiex.
billing-payment-reminder-next-attempt = It-tentattiv li jmiss se jkun fid-data { $date }. Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek qabel dakinhar, biex l-abbonament tiegħek jibqa' attiv.
billing-payment-reminder-update = Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek, biex l-abbonament tiegħek jibqa' attiv.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Avviż finali: il-pagament tiegħek ma rnexxiex
billing-final-notice-subject-amount = Avviż finali: il-pagament tiegħek ta' { $amount } ma rnexxiex
billing-final-notice-intro = Ma stajniex niġbru l-pagament għall-abbonament tiegħek ma' { $shop }. Dak kien l-aħħar tentattiv awtomatiku tagħna: ma nerġgħux nippruvaw niġbru l-pagament mill-metodu tal-ħlas tiegħek.
billing-final-notice-pay = Biex iżżomm l-abbonament tiegħek, jekk jogħġbok ħallas il-fattura issa.
billing-final-notice-pay-or-update = Biex iżżomm l-abbonament tiegħek, jekk jogħġbok ħallas il-fattura issa jew aġġorna l-metodu tal-ħlas tiegħek.
billing-final-notice-update = Biex iżżomm l-abbonament tiegħek, jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek issa.
billing-final-notice-pay-button = Ħallas il-fattura
billing-final-notice-or-update = Jew <a>aġġorna l-metodu tal-ħlas tiegħek</a>
billing-final-notice-pay-text = Biex iżżomm l-abbonament tiegħek, jekk jogħġbok ħallas il-fattura issa:
billing-final-notice-or-update-text = Jew aġġorna l-metodu tal-ħlas tiegħek hawn:
billing-final-notice-update-text = Biex iżżomm l-abbonament tiegħek, jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek issa:
billing-final-notice-consequence = Jekk il-pagament ma jsirx, l-abbonament tiegħek jista' jiġi sospiż jew ikkanċellat.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Jekk jogħġbok ikkonferma l-pagament tiegħek
billing-payment-action-required-subject-amount = Jekk jogħġbok ikkonferma l-pagament tiegħek ta' { $amount }
billing-payment-action-required-intro = Il-bank tiegħek talbek tikkonferma l-pagament għall-abbonament tiegħek ma' { $shop }. Din hija verifika ta' sigurtà addizzjonali, bħal 3-D Secure, biex ikun żgur li verament int. Il-pagament ma jistax isir qabel ma tikkonfermah.
billing-payment-action-required-button = Ikkonferma l-pagament
billing-payment-action-required-text = Ikkonferma l-pagament tiegħek fil-paġna sigura tal-pagament:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = L-abbonament tiegħek ġie kkanċellat
billing-cancellation-confirmation-confirmed = Qed nikkonfermaw li l-abbonament tiegħek ma' { $shop } ġie kkanċellat. Mhux se jiġġedded.
billing-cancellation-confirmation-confirmed-date = Qed nikkonfermaw li l-abbonament tiegħek ma' { $shop } ġie kkanċellat, b'effett mid-data { $date }. Mhux se jiġġedded.
billing-cancellation-confirmation-again = Jekk tixtieq terġa' tabbona aktar tard, tista' tagħmel dan meta trid.
billing-cancellation-confirmation-button = Erġa' abbona
billing-cancellation-confirmation-text = Jekk tixtieq terġa' tabbona aktar tard, tista' tagħmel dan hawn:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Il-karta tiegħek tiskadi qabel il-pagament li jmiss
billing-card-expiring-subject-last4 = Il-karta tiegħek bl-aħħar ċifri { $last4 } tiskadi qabel il-pagament li jmiss
card = il-karta
card-brand = il-karta { $brand }
card-last4 = il-karta bl-aħħar ċifri { $last4 }
card-brand-last4 = il-karta { $brand } bl-aħħar ċifri { $last4 }
billing-card-expiring-expiry = Nixtiequ ninfurmawk li { $card } reġistrata għall-abbonament tiegħek ma' { $shop } għandha d-data ta' skadenza { $expiry }.
billing-card-expiring-soon = Nixtiequ ninfurmawk li { $card } reġistrata għall-abbonament tiegħek ma' { $shop } se tiskadi dalwaqt.
billing-card-expiring-charge = Il-pagament li jmiss huwa dovut fid-data { $date }, wara d-data ta' skadenza tal-karta, għalhekk ma jistax jiġi ddebitat minn din il-karta. Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek qabel dakinhar, biex il-pagament isir.
billing-card-expiring-charge-amount = Il-pagament li jmiss, ta' { $amount }, huwa dovut fid-data { $date }, wara d-data ta' skadenza tal-karta, għalhekk ma jistax jiġi ddebitat minn din il-karta. Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek qabel dakinhar, biex il-pagament isir.
billing-card-expiring-update = Jekk jogħġbok aġġorna l-metodu tal-ħlas tiegħek, biex il-pagament li jmiss isir.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = L-abbonament tiegħek se jiġġedded dalwaqt
billing-renewal-reminder-subject-date = L-abbonament tiegħek se jiġġedded fid-data { $date }
billing-renewal-reminder-renews = Din hija tfakkira li l-abbonament tiegħek ma' { $shop } se jiġġedded dalwaqt.
billing-renewal-reminder-renews-date = Din hija tfakkira li l-abbonament tiegħek ma' { $shop } se jiġġedded fid-data { $date }.
billing-renewal-reminder-amount = Ammont li se jiġi ddebitat: { $amount }
billing-renewal-reminder-automatic = Il-pagament se jinġabar awtomatikament mill-metodu tal-ħlas reġistrat, għalhekk m'għandek bżonn tagħmel xejn biex iżżomm l-abbonament tiegħek. Jekk tixtieq tibdlu jew tikkanċellah, jew taġġorna l-metodu tal-ħlas tiegħek, jekk jogħġbok agħmel dan qabel ma jiġġedded.
billing-renewal-reminder-button = Immaniġġja l-abbonament
billing-renewal-reminder-text = Immaniġġja l-abbonament tiegħek hawn:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Il-perjodu ta' prova tiegħek jispiċċa dalwaqt
billing-trial-ending-subject-date = Il-perjodu ta' prova tiegħek jispiċċa fid-data { $date }
billing-trial-ending-ends = Il-perjodu ta' prova tal-abbonament tiegħek ma' { $shop } jispiċċa dalwaqt, u għad m'hemmx metodu tal-ħlas reġistrat.
billing-trial-ending-ends-date = Il-perjodu ta' prova tal-abbonament tiegħek ma' { $shop } jispiċċa fid-data { $date }, u għad m'hemmx metodu tal-ħlas reġistrat.
billing-trial-ending-add = Biex iżżomm l-abbonament tiegħek wara l-perjodu ta' prova, jekk jogħġbok żid metodu tal-ħlas qabel ma jispiċċa. Inkella, l-abbonament tiegħek jista' jiġi sospiż jew ikkanċellat meta jispiċċa l-perjodu ta' prova.
billing-trial-ending-button = Żid metodu tal-ħlas
billing-trial-ending-text = Żid metodu tal-ħlas hawn:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Il-pagament tiegħek sar b'suċċess
billing-payment-recovered-subject-amount = Il-pagament tiegħek ta' { $amount } sar b'suċċess
billing-payment-recovered-received = Irċevejna l-pagament tiegħek għall-abbonament tiegħek ma' { $shop }. Grazzi.
billing-payment-recovered-received-amount = Irċevejna l-pagament tiegħek ta' { $amount } għall-abbonament tiegħek ma' { $shop }. Grazzi.
billing-payment-recovered-continues = L-abbonament tiegħek ikompli mingħajr interruzzjoni, u m'għandek bżonn tagħmel xejn aktar. Jekk irċevejt email minna qabel dwar dan il-pagament, tista' tinjoraha.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Jekk jogħġbok ikkonferma l-karta tiegħek għall-abbonament ma' { $shop }
billing-setup-action-required-intro = Il-bank tiegħek qed jitlobek tikkonferma l-karta maħżuna għall-abbonament tiegħek ma' { $shop }. Din hija verifika ta' sigurtà addizzjonali, bħal 3-D Secure, biex ikun żgur li verament int.
billing-setup-action-required-until = Sakemm tikkonfermaha, ma nistgħux niddebitaw din il-karta għall-pagamenti li jmiss tal-abbonament tiegħek. Tieħu biss mument.
billing-setup-action-required-button = Ikkonferma l-karta tiegħek
billing-setup-action-required-text = Ikkonferma l-karta tiegħek fil-paġna sigura tagħna:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Il-karta tiegħek għall-abbonament ma' { $shop } ma setgħetx tinħażen
billing-setup-payment-method-required-intro = Ippruvajna naħżnu l-karta għall-abbonament tiegħek ma' { $shop }, iżda l-bank tiegħek irrifjutaha.
billing-setup-payment-method-required-add = Jekk jogħġbok żid karta oħra jew metodu tal-ħlas ieħor, biex il-pagamenti li jmiss tal-abbonament tiegħek ikunu jistgħu jsiru.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Trid tieqaf tirċievi dawn l-emails?
unsubscribe-confirm = Ma tibqax tirċievi emails bħal din mingħandna.
unsubscribe-button = Neħħini mil-lista
unsubscribe-changed-mind = Bdilt fehmtek? Sempliċement agħlaq din il-paġna: xejn ma jinbidel sakemm ma tagħfasx il-buttuna.
unsubscribe-done-title = Tneħħejt mil-lista
unsubscribe-done = Ma tibqax tirċievi dawn l-emails mingħandna. M'għandek bżonn tagħmel xejn aktar.
unsubscribe-expired-title = Din il-ħolqa skadiet
unsubscribe-expired = Il-ħoloq biex titneħħa mil-lista jaħdmu għal sena. Jekk jogħġbok uża l-ħolqa f'email aktar reċenti mingħandna, jew wieġeb għal waħda mill-emails tagħna u nneħħuk aħna mil-lista.
unsubscribe-unavailable-title = Jekk jogħġbok erġa' pprova
unsubscribe-unavailable = Ma stajniex nirreġistraw it-talba tiegħek bħalissa. Jekk jogħġbok erġa' iftaħ il-ħolqa fi ftit minuti.
unsubscribe-invalid-title = Din il-ħolqa mhix valida
unsubscribe-invalid = Forsi l-ħolqa nqatgħet meta ġiet ikkupjata. Jekk jogħġbok erġa' iftaħha mill-email, jew wieġeb għall-email u nneħħuk aħna mil-lista.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Din il-ħolqa skadiet
portal-expired = Għas-sigurtà tiegħek, il-ħoloq tal-fatturazzjoni jaħdmu għal żmien limitat. Jekk jogħġbok uża l-ħolqa fl-aħħar email tagħna, jew idħol fil-kont tiegħek biex timmaniġġja l-fatturazzjoni tiegħek.
portal-invalid-title = Din il-ħolqa mhix valida
portal-invalid = Forsi l-ħolqa nqatgħet meta ġiet ikkupjata. Jekk jogħġbok erġa' iftaħha mill-email, jew idħol fil-kont tiegħek biex timmaniġġja l-fatturazzjoni tiegħek.
portal-unknown-customer-title = Ma sibniex il-kont tiegħek
portal-unknown-customer = Il-kont li għalih saret din il-ħolqa m'għadux jeżisti. Jekk taħseb li hemm xi żball, wieġeb għall-email tagħna u ngħinuk.
portal-unavailable-title = Jekk jogħġbok erġa' pprova ftit wara
portal-unavailable = Ma stajniex niftħu l-paġna tal-fatturazzjoni tiegħek bħalissa. Jekk jogħġbok erġa' iftaħ il-ħolqa wara minuta.
portal-other-title = Il-paġna tal-fatturazzjoni mhix disponibbli
portal-other = Jekk jogħġbok idħol fil-kont tiegħek biex timmaniġġja l-fatturazzjoni tiegħek, jew wieġeb għall-email tagħna u ngħinuk.
portal-dry-run-title = Prova: ma nħolqot l-ebda sessjoni tal-portal
portal-dry-run = STRIPE_SECRET_KEY mhuwiex issettjat, għalhekk dan hu dak li kien jintbagħat lejn { $endpoint }:
portal-confirmation = Lest: l-abbonament tiegħek ġie aġġornat. Grazzi!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Ikkonferma l-karta tiegħek
setup-ready = Il-bank tiegħek qed jitlobek tikkonferma l-karta maħżuna għall-abbonament tiegħek. Agħfas il-buttuna, imbagħad segwi l-passi tal-bank tiegħek.
setup-working = Qed nistennew lill-bank tiegħek…
setup-succeeded = Il-karta tiegħek ġiet ikkonfermata. Grazzi! Tista' tagħlaq din il-paġna.
setup-failed = Il-karta tiegħek ma setgħetx tiġi kkonfermata. Jekk jogħġbok erġa' pprova, jew żid karta oħra mill-kont tiegħek.
setup-button = Ikkonferma l-karta tiegħi
setup-nothing-to-do-title = M'hemm xejn x'tagħmel
setup-nothing-to-do = M'hemmx bżonn tagħmel xejn aktar għall-karta tiegħek: diġà ġiet ikkonfermata, jew din it-talba m'għadhiex miftuħa. Tista' tagħlaq din il-paġna.
setup-expired-title = Din il-ħolqa skadiet
setup-expired = Għas-sigurtà tiegħek, dawn il-ħoloq jaħdmu għal żmien limitat. Jekk jogħġbok idħol fil-kont tiegħek biex timmaniġġja l-fatturazzjoni tiegħek.
setup-unavailable-title = Jekk jogħġbok erġa' pprova ftit wara
setup-unavailable = Ma stajniex niftħu din il-paġna bħalissa. Jekk jogħġbok erġa' iftaħ il-ħolqa wara minuta.
setup-invalid-title = Din il-ħolqa mhix valida
setup-invalid = Forsi l-ħolqa nqatgħet meta ġiet ikkupjata. Jekk jogħġbok erġa' iftaħha mill-email, jew idħol fil-kont tiegħek biex timmaniġġja l-fatturazzjoni tiegħek.
