# Estonian (et). Translated from en.ftl.

## Shared by the mails

cart-greeting = Tere!
billing-greeting = Tere!
button-fallback = Kui nupp ei tööta, kopeerige see link oma brauserisse:
cart-quantity = Kogus: { $quantity }
cart-more-items =
    { $count ->
        [one] ja veel { $count } toode
       *[other] ja veel { $count } toodet
    }
cart-total = Ostukorvi summa: { $total }
cart-button = Tagasi ostukorvi
cart-link-text = Jätkake sealt, kus pooleli jäite:
cart-promo-code = Sisestage kassas sooduskood { $code }.
cart-footer-reason = Saate selle e-kirja, sest olete nõustunud saama e-kirju poelt { $shop }.
cart-footer-unsubscribe = <a>Loobuge nende e-kirjade saamisest</a>.
cart-footer-unsubscribe-text = Loobuge nende e-kirjade saamisest:
billing-footer = See e-kiri puudutab teie tellimust poes { $shop }. Saatsime selle teie kontoga seotud e-posti aadressile.
billing-amount-due = Tasumisele kuuluv summa: { $amount }
billing-update-button = Uuendage makseviisi
billing-update-text = Uuendage oma makseviisi siin:
retention-offer = Kaalute tellimusest loobumist? Enne lahkumist <a>vaadake, mida saame teile pakkuda</a>.
retention-offer-text = Kaalute tellimusest loobumist? Enne lahkumist vaadake, mida saame teile pakkuda:

## recovery: the first mail about an abandoned cart

recovery-subject = Jätsite midagi ostukorvi poes { $shop }
recovery-intro = Jätsite midagi ostukorvi poes { $shop }. Ärge muretsege, salvestasime selle teie jaoks, nii et saate jätkata täpselt sealt, kus pooleli jäite.

## recovery-reminder: the second

recovery-reminder-subject = Teie ostukorv poes { $shop } ootab endiselt
recovery-reminder-intro = Väike meeldetuletus: tooted, mille valisite poes { $shop }, on endiselt teie ostukorvis ja teie jaoks salvestatud.

## recovery-last-call: the last

recovery-last-call-subject = Viimane meeldetuletus: teie ostukorv poes { $shop }
recovery-last-call-intro = See on meie viimane meeldetuletus ostukorvi kohta, mille jätsite poes { $shop } pooleli. See on endiselt teie jaoks salvestatud, kui soovite oma ostu lõpule viia.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Teie makse ebaõnnestus
billing-payment-failed-subject-amount = Teie makse summas { $amount } ebaõnnestus
billing-payment-failed-intro = Me ei saanud salvestatud makseviisilt makset võtta teie tellimuse eest poes { $shop }.
billing-payment-failed-next-attempt = Proovime uuesti kuupäeval { $date }. Palun uuendage enne seda oma makseviisi, et teie tellimus jätkuks katkestusteta.
billing-payment-failed-update = Palun uuendage oma makseviisi, et teie tellimus jätkuks katkestusteta.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Meeldetuletus: teie makse on endiselt tasumata
billing-payment-reminder-subject-amount = Meeldetuletus: teie makse summas { $amount } on endiselt tasumata
billing-payment-reminder-intro = Proovisime uuesti salvestatud makseviisilt makset võtta teie tellimuse eest poes { $shop }, kuid makse ebaõnnestus taas.
billing-payment-reminder-next-attempt = Järgmise katse teeme kuupäeval { $date }. Palun uuendage enne seda oma makseviisi, et teie tellimus jääks aktiivseks.
billing-payment-reminder-update = Palun uuendage oma makseviisi, et teie tellimus jääks aktiivseks.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Viimane teade: teie makse ebaõnnestus
billing-final-notice-subject-amount = Viimane teade: teie makse summas { $amount } ebaõnnestus
billing-final-notice-intro = Me ei saanud teie tellimuse eest poes { $shop } makset kätte. See oli meie viimane automaatne katse: me ei proovi teie makseviisilt enam makset võtta.
billing-final-notice-pay = Tellimuse säilitamiseks tasuge palun arve kohe.
billing-final-notice-pay-or-update = Tellimuse säilitamiseks tasuge palun arve kohe või uuendage oma makseviisi.
billing-final-notice-update = Tellimuse säilitamiseks uuendage palun kohe oma makseviisi.
billing-final-notice-pay-button = Tasuge arve
billing-final-notice-or-update = Või <a>uuendage oma makseviisi</a>
billing-final-notice-pay-text = Tellimuse säilitamiseks tasuge palun arve kohe:
billing-final-notice-or-update-text = Või uuendage oma makseviisi siin:
billing-final-notice-update-text = Tellimuse säilitamiseks uuendage palun kohe oma makseviisi:
billing-final-notice-consequence = Kui makset ei tehta, võidakse teie tellimus peatada või tühistada.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Palun kinnitage oma makse
billing-payment-action-required-subject-amount = Palun kinnitage oma makse summas { $amount }
billing-payment-action-required-intro = Teie pank palub teil kinnitada makse teie tellimuse eest poes { $shop }. See on täiendav turvakontroll, näiteks 3-D Secure, et veenduda, et tegemist on tõesti teiega. Makset ei saa teostada enne, kui olete selle kinnitanud.
billing-payment-action-required-button = Kinnitage makse
billing-payment-action-required-text = Kinnitage oma makse turvalisel makselehel:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Teie tellimus on tühistatud
billing-cancellation-confirmation-confirmed = Kinnitame, et teie tellimus poes { $shop } on tühistatud. Seda ei pikendata.
billing-cancellation-confirmation-confirmed-date = Kinnitame, et teie tellimus poes { $shop } on tühistatud alates kuupäevast { $date }. Seda ei pikendata.
billing-cancellation-confirmation-again = Kui soovite hiljem uuesti tellida, saate seda teha igal ajal.
billing-cancellation-confirmation-button = Tellige uuesti
billing-cancellation-confirmation-text = Kui soovite hiljem uuesti tellida, saate seda teha siin:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Teie kaart aegub enne järgmist makset
billing-card-expiring-subject-last4 = Teie numbritega { $last4 } lõppev kaart aegub enne järgmist makset
card = kaart
card-brand = { $brand } kaart
card-last4 = numbritega { $last4 } lõppev kaart
card-brand-last4 = numbritega { $last4 } lõppev { $brand } kaart
billing-card-expiring-expiry = Teie tellimuse jaoks poes { $shop } on salvestatud { $card }, mille kehtivusaeg lõpeb { $expiry }.
billing-card-expiring-soon = Teie tellimuse jaoks poes { $shop } on salvestatud { $card }, mille kehtivusaeg lõpeb peagi.
billing-card-expiring-charge = Teie järgmise makse tähtaeg on { $date }, mis on pärast kaardi kehtivusaja lõppu, seega ei saa seda sellelt kaardilt võtta. Palun uuendage enne seda oma makseviisi, et makse õnnestuks.
billing-card-expiring-charge-amount = Teie järgmise makse summas { $amount } tähtaeg on { $date }, mis on pärast kaardi kehtivusaja lõppu, seega ei saa seda sellelt kaardilt võtta. Palun uuendage enne seda oma makseviisi, et makse õnnestuks.
billing-card-expiring-update = Palun uuendage oma makseviisi, et teie järgmine makse õnnestuks.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Teie tellimus pikeneb peagi
billing-renewal-reminder-subject-date = Teie tellimus pikeneb kuupäeval { $date }
billing-renewal-reminder-renews = Tuletame meelde, et teie tellimus poes { $shop } pikeneb peagi.
billing-renewal-reminder-renews-date = Tuletame meelde, et teie tellimus poes { $shop } pikeneb kuupäeval { $date }.
billing-renewal-reminder-amount = Tasumisele tulev summa: { $amount }
billing-renewal-reminder-automatic = Summa võetakse automaatselt teie salvestatud makseviisilt, nii et tellimuse säilitamiseks ei pea te midagi tegema. Kui soovite tellimust muuta või tühistada või oma makseviisi uuendada, tehke seda enne tellimuse pikenemist.
billing-renewal-reminder-button = Hallake tellimust
billing-renewal-reminder-text = Hallake oma tellimust siin:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Teie prooviperiood lõpeb peagi
billing-trial-ending-subject-date = Teie prooviperiood lõpeb kuupäeval { $date }
billing-trial-ending-ends = Teie tellimuse prooviperiood poes { $shop } lõpeb peagi ja makseviisi pole veel lisatud.
billing-trial-ending-ends-date = Teie tellimuse prooviperiood poes { $shop } lõpeb kuupäeval { $date } ja makseviisi pole veel lisatud.
billing-trial-ending-add = Et tellimus jätkuks ka pärast prooviperioodi, lisage palun enne seda makseviis. Vastasel juhul võidakse teie tellimus prooviperioodi lõppedes peatada või tühistada.
billing-trial-ending-button = Lisage makseviis
billing-trial-ending-text = Lisage makseviis siin:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Teie makse õnnestus
billing-payment-recovered-subject-amount = Teie makse summas { $amount } õnnestus
billing-payment-recovered-received = Oleme teie makse tellimuse eest poes { $shop } kätte saanud. Aitäh!
billing-payment-recovered-received-amount = Oleme teie makse summas { $amount } tellimuse eest poes { $shop } kätte saanud. Aitäh!
billing-payment-recovered-continues = Teie tellimus jätkub katkestusteta ja te ei pea midagi rohkem tegema. Kui saite meilt selle makse kohta varem e-kirja, võite selle tähelepanuta jätta.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Palun kinnitage oma kaart tellimuse jaoks poes { $shop }
billing-setup-action-required-intro = Teie pank palub teil kinnitada kaardi, mis on salvestatud teie tellimuse jaoks poes { $shop }. See on täiendav turvakontroll, näiteks 3-D Secure, et veenduda, et tegemist on tõesti teiega.
billing-setup-action-required-until = Kuni te pole kaarti kinnitanud, ei saa me sellelt teie tellimuse järgmisi makseid võtta. See võtab vaid hetke.
billing-setup-action-required-button = Kinnitage oma kaart
billing-setup-action-required-text = Kinnitage oma kaart meie turvalisel lehel:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Teie kaarti tellimuse jaoks poes { $shop } ei õnnestunud salvestada
billing-setup-payment-method-required-intro = Proovisime salvestada kaarti teie tellimuse jaoks poes { $shop }, kuid teie pank keeldus sellest.
billing-setup-payment-method-required-add = Palun lisage teine kaart või makseviis, et teie tellimuse järgmised maksed õnnestuksid.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Kas soovite nende e-kirjade saamisest loobuda?
unsubscribe-confirm = Te ei saa meilt enam selliseid e-kirju.
unsubscribe-button = Loobun
unsubscribe-changed-mind = Mõtlesite ümber? Sulgege lihtsalt see leht: midagi ei muutu enne, kui vajutate nuppu.
unsubscribe-done-title = Olete e-kirjadest loobunud
unsubscribe-done = Te ei saa meilt enam neid e-kirju. Teil pole vaja midagi muud teha.
unsubscribe-expired-title = See link on aegunud
unsubscribe-expired = Loobumislingid kehtivad ühe aasta. Palun kasutage linki mõnes meie hilisemas e-kirjas või vastake mõnele meie e-kirjale ja me eemaldame teid nimekirjast.
unsubscribe-unavailable-title = Palun proovige uuesti
unsubscribe-unavailable = Me ei saanud teie soovi praegu salvestada. Palun avage link mõne minuti pärast uuesti.
unsubscribe-invalid-title = See link ei kehti
unsubscribe-invalid = Link võis kopeerimisel katki minna. Palun avage see uuesti e-kirjast või vastake e-kirjale ja me eemaldame teid nimekirjast.

## The page a portal link opens when it cannot open the portal

portal-expired-title = See link on aegunud
portal-expired = Teie turvalisuse huvides kehtivad arvelduslingid piiratud aja jooksul. Palun kasutage linki meie viimases e-kirjas või logige arvelduse haldamiseks oma kontole sisse.
portal-invalid-title = See link ei kehti
portal-invalid = Link võis kopeerimisel katki minna. Palun avage see uuesti e-kirjast või logige arvelduse haldamiseks oma kontole sisse.
portal-unknown-customer-title = Me ei leidnud teie kontot
portal-unknown-customer = Kontot, mille jaoks see link loodi, enam ei ole. Kui arvate, et tegemist on veaga, vastake palun meie e-kirjale ja me aitame.
portal-unavailable-title = Palun proovige hetke pärast uuesti
portal-unavailable = Me ei saanud teie arvelduslehte praegu avada. Palun avage link minuti pärast uuesti.
portal-other-title = Arveldusleht pole saadaval
portal-other = Palun logige arvelduse haldamiseks oma kontole sisse või vastake meie e-kirjale ja me aitame.
portal-dry-run-title = Proovikäivitus: portaali seanssi ei loodud
portal-dry-run = STRIPE_SECRET_KEY pole määratud, seega saadetaks aadressile { $endpoint } järgmine:
portal-confirmation = Valmis! Teie tellimus on uuendatud. Aitäh!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Kinnitage oma kaart
setup-ready = Teie pank palub teil kinnitada teie tellimuse jaoks salvestatud kaardi. Vajutage nuppu ja järgige seejärel oma panga juhiseid.
setup-working = Ootame teie panga vastust…
setup-succeeded = Teie kaart on kinnitatud. Aitäh! Võite selle lehe sulgeda.
setup-failed = Teie kaarti ei õnnestunud kinnitada. Palun proovige uuesti või lisage oma kontol teine kaart.
setup-button = Kinnitan kaardi
setup-nothing-to-do-title = Midagi pole vaja teha
setup-nothing-to-do = Teie kaart ei vaja teilt enam midagi: see on juba kinnitatud või see taotlus pole enam avatud. Võite selle lehe sulgeda.
setup-expired-title = See link on aegunud
setup-expired = Teie turvalisuse huvides kehtivad need lingid piiratud aja jooksul. Palun logige arvelduse haldamiseks oma kontole sisse.
setup-unavailable-title = Palun proovige hetke pärast uuesti
setup-unavailable = Me ei saanud seda lehte praegu avada. Palun avage link minuti pärast uuesti.
setup-invalid-title = See link ei kehti
setup-invalid = Link võis kopeerimisel katki minna. Palun avage see uuesti e-kirjast või logige arvelduse haldamiseks oma kontole sisse.
