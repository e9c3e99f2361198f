# Canadian French (fr-CA). Translated from en.ftl.

## Shared by the mails

cart-greeting = Bonjour,
billing-greeting = Bonjour,
button-fallback = Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :
cart-quantity = Quantité : { $quantity }
cart-more-items =
    { $count ->
        [one] et { $count } autre article
       *[other] et { $count } autres articles
    }
cart-total = Total du panier : { $total }
cart-button = Retourner à votre panier
cart-link-text = Reprenez votre magasinage là où vous l’avez laissé :
cart-promo-code = Entrez le code promotionnel { $code } au moment de payer.
cart-footer-reason = Vous recevez ce courriel parce que vous avez accepté de recevoir des courriels de { $shop }.
cart-footer-unsubscribe = Pour ne plus recevoir ces courriels, <a>désabonnez-vous</a>.
cart-footer-unsubscribe-text = Se désabonner de ces courriels :
billing-footer = Ce courriel concerne votre abonnement chez { $shop }. Nous l’avons envoyé à l’adresse courriel associée à votre compte.
billing-amount-due = Montant dû : { $amount }
billing-update-button = Modifier le mode de paiement
billing-update-text = Mettez à jour votre mode de paiement ici :
retention-offer = Vous songez à annuler? Avant de partir, <a>découvrez ce que nous pouvons vous offrir</a>.
retention-offer-text = Vous songez à annuler? Avant de partir, découvrez ce que nous pouvons vous offrir :

## recovery: the first mail about an abandoned cart

recovery-subject = Vous avez laissé quelque chose dans votre panier chez { $shop }
recovery-intro = Vous avez laissé quelque chose dans votre panier chez { $shop }. Ne vous inquiétez pas, nous l’avons conservé pour vous : vous pouvez reprendre votre magasinage là où vous l’avez laissé.

## recovery-reminder: the second

recovery-reminder-subject = Votre panier chez { $shop } vous attend toujours
recovery-reminder-intro = Petit rappel : les articles que vous avez choisis chez { $shop } sont toujours dans votre panier, conservés pour vous.

## recovery-last-call: the last

recovery-last-call-subject = Dernier rappel : votre panier chez { $shop }
recovery-last-call-intro = Ceci est notre dernier rappel au sujet du panier que vous avez laissé chez { $shop }. Il est toujours conservé pour vous, si vous souhaitez terminer votre commande.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Votre paiement a échoué
billing-payment-failed-subject-amount = Votre paiement de { $amount } a échoué
billing-payment-failed-intro = Nous n’avons pas pu prélever le paiement de votre abonnement chez { $shop } sur le mode de paiement enregistré.
billing-payment-failed-next-attempt = Nous réessaierons le { $date }. Veuillez mettre à jour votre mode de paiement d’ici là pour que votre abonnement se poursuive sans interruption.
billing-payment-failed-update = Veuillez mettre à jour votre mode de paiement pour que votre abonnement se poursuive sans interruption.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Rappel : votre paiement est toujours en attente
billing-payment-reminder-subject-amount = Rappel : votre paiement de { $amount } est toujours en attente
billing-payment-reminder-intro = Nous avons tenté de nouveau de prélever le paiement de votre abonnement chez { $shop } sur le mode de paiement enregistré, mais le paiement a encore échoué.
billing-payment-reminder-next-attempt = Notre prochaine tentative aura lieu le { $date }. Veuillez mettre à jour votre mode de paiement d’ici là pour que votre abonnement reste actif.
billing-payment-reminder-update = Veuillez mettre à jour votre mode de paiement pour que votre abonnement reste actif.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Dernier avis : votre paiement a échoué
billing-final-notice-subject-amount = Dernier avis : votre paiement de { $amount } a échoué
billing-final-notice-intro = Nous n’avons pas pu percevoir le paiement de votre abonnement chez { $shop }. Il s’agissait de notre dernière tentative automatique : nous ne tenterons plus de prélever ce paiement sur votre mode de paiement.
billing-final-notice-pay = Pour conserver votre abonnement, veuillez payer la facture dès maintenant.
billing-final-notice-pay-or-update = Pour conserver votre abonnement, veuillez payer la facture dès maintenant ou mettre à jour votre mode de paiement.
billing-final-notice-update = Pour conserver votre abonnement, veuillez mettre à jour votre mode de paiement dès maintenant.
billing-final-notice-pay-button = Payer la facture
billing-final-notice-or-update = Ou <a>mettez à jour votre mode de paiement</a>
billing-final-notice-pay-text = Pour conserver votre abonnement, veuillez payer la facture dès maintenant :
billing-final-notice-or-update-text = Ou mettez à jour votre mode de paiement ici :
billing-final-notice-update-text = Pour conserver votre abonnement, veuillez mettre à jour votre mode de paiement dès maintenant :
billing-final-notice-consequence = Si le paiement n’est pas effectué, votre abonnement pourrait être suspendu ou annulé.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Veuillez confirmer votre paiement
billing-payment-action-required-subject-amount = Veuillez confirmer votre paiement de { $amount }
billing-payment-action-required-intro = Votre banque vous demande de confirmer le paiement de votre abonnement chez { $shop }. Il s’agit d’une vérification de sécurité supplémentaire, comme 3-D Secure, qui permet de s’assurer que c’est bien vous. Le paiement ne pourra pas être effectué tant que vous ne l’aurez pas confirmé.
billing-payment-action-required-button = Confirmer le paiement
billing-payment-action-required-text = Confirmez votre paiement sur la page de paiement sécurisée :

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Votre abonnement a été annulé
billing-cancellation-confirmation-confirmed = Nous vous confirmons l’annulation de votre abonnement chez { $shop }. Il ne sera pas renouvelé.
billing-cancellation-confirmation-confirmed-date = Nous vous confirmons l’annulation de votre abonnement chez { $shop }, en vigueur le { $date }. Il ne sera pas renouvelé.
billing-cancellation-confirmation-again = Si vous souhaitez vous réabonner plus tard, vous pouvez le faire en tout temps.
billing-cancellation-confirmation-button = Se réabonner
billing-cancellation-confirmation-text = Si vous souhaitez vous réabonner plus tard, vous pouvez le faire en tout temps ici :

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Votre carte expire avant votre prochain paiement
billing-card-expiring-subject-last4 = Votre carte se terminant par { $last4 } expire avant votre prochain paiement
card = carte
card-brand = carte { $brand }
card-last4 = carte se terminant par { $last4 }
card-brand-last4 = carte { $brand } se terminant par { $last4 }
billing-card-expiring-expiry = La { $card } enregistrée pour votre abonnement chez { $shop } a comme date d’expiration { $expiry }.
billing-card-expiring-soon = La { $card } enregistrée pour votre abonnement chez { $shop } expirera bientôt.
billing-card-expiring-charge = Votre prochain paiement est prévu le { $date }, après la date d’expiration de la carte : il ne pourra donc pas être porté à cette carte. Veuillez mettre à jour votre mode de paiement d’ici là pour que le paiement soit accepté.
billing-card-expiring-charge-amount = Votre prochain paiement de { $amount } est prévu le { $date }, après la date d’expiration de la carte : il ne pourra donc pas être porté à cette carte. Veuillez mettre à jour votre mode de paiement d’ici là pour que le paiement soit accepté.
billing-card-expiring-update = Veuillez mettre à jour votre mode de paiement pour que votre prochain paiement soit accepté.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Votre abonnement sera renouvelé bientôt
billing-renewal-reminder-subject-date = Votre abonnement sera renouvelé le { $date }
billing-renewal-reminder-renews = Nous vous rappelons que votre abonnement chez { $shop } sera renouvelé bientôt.
billing-renewal-reminder-renews-date = Nous vous rappelons que votre abonnement chez { $shop } sera renouvelé le { $date }.
billing-renewal-reminder-amount = Montant qui sera facturé : { $amount }
billing-renewal-reminder-automatic = Le montant sera prélevé automatiquement sur votre mode de paiement enregistré : vous n’avez rien à faire pour conserver votre abonnement. Si vous souhaitez le modifier ou l’annuler, ou mettre à jour votre mode de paiement, veuillez le faire avant son renouvellement.
billing-renewal-reminder-button = Gérer l’abonnement
billing-renewal-reminder-text = Gérez votre abonnement ici :

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Votre période d’essai se termine bientôt
billing-trial-ending-subject-date = Votre période d’essai se termine le { $date }
billing-trial-ending-ends = La période d’essai de votre abonnement chez { $shop } se termine bientôt, et aucun mode de paiement n’est encore enregistré.
billing-trial-ending-ends-date = La période d’essai de votre abonnement chez { $shop } se termine le { $date }, et aucun mode de paiement n’est encore enregistré.
billing-trial-ending-add = Pour conserver votre abonnement après la période d’essai, veuillez ajouter un mode de paiement d’ici là. Sinon, votre abonnement pourrait être suspendu ou annulé à la fin de la période d’essai.
billing-trial-ending-button = Ajouter un mode de paiement
billing-trial-ending-text = Ajoutez un mode de paiement ici :

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Votre paiement a bien été reçu
billing-payment-recovered-subject-amount = Votre paiement de { $amount } a bien été reçu
billing-payment-recovered-received = Nous avons bien reçu votre paiement pour votre abonnement chez { $shop }. Merci!
billing-payment-recovered-received-amount = Nous avons bien reçu votre paiement de { $amount } pour votre abonnement chez { $shop }. Merci!
billing-payment-recovered-continues = Votre abonnement se poursuit sans interruption, et vous n’avez rien d’autre à faire. Si vous avez déjà reçu un courriel de notre part au sujet de ce paiement, vous pouvez l’ignorer.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Veuillez confirmer votre carte pour votre abonnement chez { $shop }
billing-setup-action-required-intro = Votre banque vous demande de confirmer la carte enregistrée pour votre abonnement chez { $shop }. Il s’agit d’une vérification de sécurité supplémentaire, comme 3-D Secure, qui permet de s’assurer que c’est bien vous.
billing-setup-action-required-until = Tant que vous ne l’aurez pas confirmée, nous ne pourrons pas porter les prochains paiements de votre abonnement à cette carte. Cela ne prend qu’un instant.
billing-setup-action-required-button = Confirmer ma carte
billing-setup-action-required-text = Confirmez votre carte sur notre page sécurisée :

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Votre carte pour votre abonnement chez { $shop } n’a pas pu être enregistrée
billing-setup-payment-method-required-intro = Nous avons essayé d’enregistrer la carte pour votre abonnement chez { $shop }, mais votre banque l’a refusée.
billing-setup-payment-method-required-add = Veuillez ajouter une autre carte ou un autre mode de paiement pour que les prochains paiements de votre abonnement puissent être effectués.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Vous désabonner de ces courriels?
unsubscribe-confirm = Vous ne recevrez plus de courriels comme celui-ci de notre part.
unsubscribe-button = Me désabonner
unsubscribe-changed-mind = Vous avez changé d’idée? Fermez simplement cette page : rien ne change tant que vous n’appuyez pas sur le bouton.
unsubscribe-done-title = Votre désabonnement est confirmé
unsubscribe-done = Vous ne recevrez plus ces courriels de notre part. Vous n’avez rien d’autre à faire.
unsubscribe-expired-title = Ce lien a expiré
unsubscribe-expired = Les liens de désabonnement sont valides pendant un an. Veuillez utiliser le lien d’un courriel plus récent, ou répondez à l’un de nos courriels et nous vous retirerons de la liste.
unsubscribe-unavailable-title = Veuillez réessayer
unsubscribe-unavailable = Nous n’avons pas pu enregistrer votre demande pour le moment. Veuillez rouvrir le lien dans quelques minutes.
unsubscribe-invalid-title = Ce lien n’est pas valide
unsubscribe-invalid = Le lien a peut-être été coupé lors du copier-coller. Veuillez l’ouvrir de nouveau à partir du courriel, ou répondez au courriel et nous vous retirerons de la liste.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Ce lien a expiré
portal-expired = Pour votre sécurité, les liens de facturation sont valides pendant une durée limitée. Veuillez utiliser le lien de notre courriel le plus récent, ou connectez-vous à votre compte pour gérer votre facturation.
portal-invalid-title = Ce lien n’est pas valide
portal-invalid = Le lien a peut-être été coupé lors du copier-coller. Veuillez l’ouvrir de nouveau à partir du courriel, ou connectez-vous à votre compte pour gérer votre facturation.
portal-unknown-customer-title = Nous n’avons pas trouvé votre compte
portal-unknown-customer = Le compte pour lequel ce lien a été créé n’existe plus. Si vous croyez qu’il s’agit d’une erreur, répondez à notre courriel et nous vous aiderons.
portal-unavailable-title = Veuillez réessayer dans un instant
portal-unavailable = Nous n’avons pas pu ouvrir votre page de facturation pour le moment. Veuillez rouvrir le lien dans une minute.
portal-other-title = La page de facturation n’est pas accessible
portal-other = Veuillez vous connecter à votre compte pour gérer votre facturation, ou répondez à notre courriel et nous vous aiderons.
portal-dry-run-title = Simulation : aucune session de portail créée
portal-dry-run = STRIPE_SECRET_KEY n’est pas défini; voici ce qui serait envoyé à { $endpoint } :
portal-confirmation = C’est fait : votre abonnement est à jour. Merci!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confirmez votre carte
setup-ready = Votre banque vous demande de confirmer la carte enregistrée pour votre abonnement. Appuyez sur le bouton, puis suivez les étapes de votre banque.
setup-working = En attente de votre banque…
setup-succeeded = Votre carte est confirmée. Merci! Vous pouvez fermer cette page.
setup-failed = Votre carte n’a pas pu être confirmée. Veuillez réessayer, ou ajoutez une autre carte à partir de votre compte.
setup-button = Confirmer ma carte
setup-nothing-to-do-title = Rien à faire
setup-nothing-to-do = Votre carte ne nécessite plus rien de votre part : elle a déjà été confirmée, ou cette demande n’est plus ouverte. Vous pouvez fermer cette page.
setup-expired-title = Ce lien a expiré
setup-expired = Pour votre sécurité, ces liens sont valides pendant une durée limitée. Veuillez vous connecter à votre compte pour gérer votre facturation.
setup-unavailable-title = Veuillez réessayer dans un instant
setup-unavailable = Nous n’avons pas pu ouvrir cette page pour le moment. Veuillez rouvrir le lien dans une minute.
setup-invalid-title = Ce lien n’est pas valide
setup-invalid = Le lien a peut-être été coupé lors du copier-coller. Veuillez l’ouvrir de nouveau à partir du courriel, ou connectez-vous à votre compte pour gérer votre facturation.
