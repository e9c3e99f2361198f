# Latin American Spanish (es-419). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hola:
billing-greeting = Hola:
button-fallback = Si el botón no funciona, copie este enlace en su navegador:
cart-quantity = Cantidad: { $quantity }
cart-more-items =
    { $count ->
        [one] y { $count } artículo más
       *[other] y { $count } artículos más
    }
cart-total = Total del carrito: { $total }
cart-button = Volver a su carrito
cart-link-text = Retome su compra donde la dejó:
cart-promo-code = Ingrese el código promocional { $code } al finalizar la compra.
cart-footer-reason = Recibe este correo porque aceptó recibir correos electrónicos de { $shop }.
cart-footer-unsubscribe = Si ya no desea recibir estos correos, puede <a>darse de baja</a>.
cart-footer-unsubscribe-text = Darse de baja de estos correos:
billing-footer = Este correo se refiere a su suscripción de { $shop }. Lo enviamos a la dirección de correo electrónico registrada en su cuenta.
billing-amount-due = Monto a pagar: { $amount }
billing-update-button = Actualizar método de pago
billing-update-text = Actualice su método de pago aquí:
retention-offer = ¿Está pensando en cancelar? Antes de irse, <a>vea lo que podemos ofrecerle</a>.
retention-offer-text = ¿Está pensando en cancelar? Antes de irse, vea lo que podemos ofrecerle:

## recovery: the first mail about an abandoned cart

recovery-subject = Dejó algo en su carrito de { $shop }
recovery-intro = Dejó algo en su carrito de { $shop }. No se preocupe: lo guardamos para que pueda retomar su compra justo donde la dejó.

## recovery-reminder: the second

recovery-reminder-subject = Su carrito de { $shop } lo sigue esperando
recovery-reminder-intro = Solo un recordatorio: los artículos que eligió en { $shop } siguen guardados en su carrito.

## recovery-last-call: the last

recovery-last-call-subject = Último recordatorio: su carrito de { $shop }
recovery-last-call-intro = Este es nuestro último recordatorio sobre el carrito que dejó en { $shop }. Sigue guardado por si desea completar su pedido.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = No se pudo procesar su pago
billing-payment-failed-subject-amount = No se pudo procesar su pago de { $amount }
billing-payment-failed-intro = No pudimos realizar el cobro con el método de pago registrado para su suscripción de { $shop }.
billing-payment-failed-next-attempt = Volveremos a intentarlo el { $date }. Actualice su método de pago antes de esa fecha para que su suscripción continúe sin interrupciones.
billing-payment-failed-update = Actualice su método de pago para que su suscripción continúe sin interrupciones.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Recordatorio: su pago sigue pendiente
billing-payment-reminder-subject-amount = Recordatorio: su pago de { $amount } sigue pendiente
billing-payment-reminder-intro = Intentamos de nuevo realizar el cobro con el método de pago registrado para su suscripción de { $shop }, pero el pago volvió a fallar.
billing-payment-reminder-next-attempt = Haremos el próximo intento el { $date }. Actualice su método de pago antes de esa fecha para mantener activa su suscripción.
billing-payment-reminder-update = Actualice su método de pago para mantener activa su suscripción.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Último aviso: no se pudo procesar su pago
billing-final-notice-subject-amount = Último aviso: no se pudo procesar su pago de { $amount }
billing-final-notice-intro = No pudimos procesar el pago de su suscripción de { $shop }. Ese fue nuestro último intento automático: no volveremos a intentar el cobro con su método de pago.
billing-final-notice-pay = Para mantener su suscripción, pague la factura ahora.
billing-final-notice-pay-or-update = Para mantener su suscripción, pague la factura ahora o actualice su método de pago.
billing-final-notice-update = Para mantener su suscripción, actualice su método de pago ahora.
billing-final-notice-pay-button = Pagar factura
billing-final-notice-or-update = O <a>actualice su método de pago</a>
billing-final-notice-pay-text = Para mantener su suscripción, pague la factura ahora:
billing-final-notice-or-update-text = O actualice su método de pago aquí:
billing-final-notice-update-text = Para mantener su suscripción, actualice su método de pago ahora:
billing-final-notice-consequence = Si no se realiza el pago, su suscripción podría pausarse o cancelarse.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Confirme su pago
billing-payment-action-required-subject-amount = Confirme su pago de { $amount }
billing-payment-action-required-intro = Su banco le pide que confirme el pago de su suscripción de { $shop }. Se trata de una verificación de seguridad adicional, como 3-D Secure, para comprobar que realmente es usted. El pago no se podrá completar hasta que lo confirme.
billing-payment-action-required-button = Confirmar pago
billing-payment-action-required-text = Confirme su pago en la página de pago segura:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Su suscripción fue cancelada
billing-cancellation-confirmation-confirmed = Le confirmamos que su suscripción de { $shop } fue cancelada. No se renovará.
billing-cancellation-confirmation-confirmed-date = Le confirmamos que su suscripción de { $shop } fue cancelada, con efecto a partir del { $date }. No se renovará.
billing-cancellation-confirmation-again = Si más adelante desea volver a suscribirse, puede hacerlo en cualquier momento.
billing-cancellation-confirmation-button = Volver a suscribirse
billing-cancellation-confirmation-text = Si más adelante desea volver a suscribirse, puede hacerlo aquí:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Su tarjeta vence antes de su próximo pago
billing-card-expiring-subject-last4 = Su tarjeta terminada en { $last4 } vence antes de su próximo pago
card = tarjeta
card-brand = tarjeta { $brand }
card-last4 = tarjeta terminada en { $last4 }
card-brand-last4 = tarjeta { $brand } terminada en { $last4 }
billing-card-expiring-expiry = La { $card } registrada para su suscripción de { $shop } vence en { $expiry }.
billing-card-expiring-soon = La { $card } registrada para su suscripción de { $shop } está a punto de vencer.
billing-card-expiring-charge = Su próximo pago está previsto para el { $date }, después de la fecha de vencimiento de la tarjeta, por lo que no se podrá cobrar con esta tarjeta. Actualice su método de pago antes de esa fecha para que el pago se realice correctamente.
billing-card-expiring-charge-amount = Su próximo pago de { $amount } está previsto para el { $date }, después de la fecha de vencimiento de la tarjeta, por lo que no se podrá cobrar con esta tarjeta. Actualice su método de pago antes de esa fecha para que el pago se realice correctamente.
billing-card-expiring-update = Actualice su método de pago para que su próximo pago se realice correctamente.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Su suscripción se renovará pronto
billing-renewal-reminder-subject-date = Su suscripción se renovará el { $date }
billing-renewal-reminder-renews = Le recordamos que su suscripción de { $shop } se renovará pronto.
billing-renewal-reminder-renews-date = Le recordamos que su suscripción de { $shop } se renovará el { $date }.
billing-renewal-reminder-amount = Monto a cobrar: { $amount }
billing-renewal-reminder-automatic = El cobro se realizará automáticamente con el método de pago registrado, por lo que no necesita hacer nada para mantener su suscripción. Si desea modificarla o cancelarla, o actualizar su método de pago, hágalo antes de la renovación.
billing-renewal-reminder-button = Administrar suscripción
billing-renewal-reminder-text = Administre su suscripción aquí:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Su período de prueba termina pronto
billing-trial-ending-subject-date = Su período de prueba termina el { $date }
billing-trial-ending-ends = El período de prueba de su suscripción de { $shop } termina pronto y todavía no hay ningún método de pago registrado.
billing-trial-ending-ends-date = El período de prueba de su suscripción de { $shop } termina el { $date } y todavía no hay ningún método de pago registrado.
billing-trial-ending-add = Para mantener su suscripción después del período de prueba, agregue un método de pago antes de que este termine. De lo contrario, su suscripción podría pausarse o cancelarse al finalizar el período de prueba.
billing-trial-ending-button = Agregar método de pago
billing-trial-ending-text = Agregue un método de pago aquí:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Su pago se realizó correctamente
billing-payment-recovered-subject-amount = Su pago de { $amount } se realizó correctamente
billing-payment-recovered-received = Recibimos su pago correspondiente a su suscripción de { $shop }. Muchas gracias.
billing-payment-recovered-received-amount = Recibimos su pago de { $amount } correspondiente a su suscripción de { $shop }. Muchas gracias.
billing-payment-recovered-continues = Su suscripción continúa sin interrupciones y no necesita hacer nada más. Si recibió un correo anterior nuestro sobre este pago, puede ignorarlo.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Confirme su tarjeta para su suscripción de { $shop }
billing-setup-action-required-intro = Su banco le pide que confirme la tarjeta registrada para su suscripción de { $shop }. Es una verificación de seguridad adicional, como 3-D Secure, para asegurarse de que realmente es usted.
billing-setup-action-required-until = Hasta que la confirme, no podremos cobrar los próximos pagos de su suscripción en esta tarjeta. Solo le tomará un momento.
billing-setup-action-required-button = Confirmar tarjeta
billing-setup-action-required-text = Confirme su tarjeta en nuestra página segura:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = No pudimos guardar la tarjeta de su suscripción de { $shop }
billing-setup-payment-method-required-intro = Intentamos guardar la tarjeta de su suscripción de { $shop }, pero su banco la rechazó.
billing-setup-payment-method-required-add = Agregue otra tarjeta u otro método de pago para que los próximos pagos de su suscripción puedan realizarse.

## The page an unsubscribe link opens

unsubscribe-confirm-title = ¿Darse de baja de estos correos?
unsubscribe-confirm = Ya no recibirá correos como este de nuestra parte.
unsubscribe-button = Darme de baja
unsubscribe-changed-mind = ¿Cambió de opinión? Simplemente cierre esta página: nada cambiará hasta que presione el botón.
unsubscribe-done-title = Ya se dio de baja
unsubscribe-done = Ya no recibirá estos correos de nuestra parte. No necesita hacer nada más.
unsubscribe-expired-title = Este enlace expiró
unsubscribe-expired = Los enlaces para darse de baja son válidos durante un año. Use el enlace de un correo más reciente o responda a uno de nuestros correos y eliminaremos su dirección de la lista.
unsubscribe-unavailable-title = Vuelva a intentarlo
unsubscribe-unavailable = No pudimos guardar su solicitud en este momento. Vuelva a abrir el enlace en unos minutos.
unsubscribe-invalid-title = Este enlace no es válido
unsubscribe-invalid = Es posible que el enlace se haya cortado al copiarlo. Vuelva a abrirlo desde el correo o responda al correo y eliminaremos su dirección de la lista.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Este enlace expiró
portal-expired = Por su seguridad, los enlaces de facturación solo son válidos durante un tiempo limitado. Use el enlace de nuestro correo más reciente o inicie sesión en su cuenta para administrar su facturación.
portal-invalid-title = Este enlace no es válido
portal-invalid = Es posible que el enlace se haya cortado al copiarlo. Vuelva a abrirlo desde el correo o inicie sesión en su cuenta para administrar su facturación.
portal-unknown-customer-title = No encontramos su cuenta
portal-unknown-customer = La cuenta para la que se creó este enlace ya no existe. Si cree que se trata de un error, responda a nuestro correo y le ayudaremos.
portal-unavailable-title = Vuelva a intentarlo en un momento
portal-unavailable = No pudimos abrir su página de facturación en este momento. Vuelva a abrir el enlace en un minuto.
portal-other-title = La página de facturación no está disponible
portal-other = Inicie sesión en su cuenta para administrar su facturación o responda a nuestro correo y le ayudaremos.
portal-dry-run-title = Simulación: no se creó ninguna sesión del portal
portal-dry-run = STRIPE_SECRET_KEY no está configurada, así que esto es lo que se enviaría a { $endpoint }:
portal-confirmation = Listo: su suscripción está actualizada. ¡Gracias!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confirme su tarjeta
setup-ready = Su banco le pide que confirme la tarjeta registrada para su suscripción. Presione el botón y siga los pasos de su banco.
setup-working = Esperando a su banco…
setup-succeeded = Su tarjeta está confirmada. ¡Gracias! Puede cerrar esta página.
setup-failed = No se pudo confirmar su tarjeta. Vuelva a intentarlo o agregue otra tarjeta desde su cuenta.
setup-button = Confirmar mi tarjeta
setup-nothing-to-do-title = No hay nada que hacer
setup-nothing-to-do = Su tarjeta no necesita nada más: ya se confirmó o esta solicitud ya no está vigente. Puede cerrar esta página.
setup-expired-title = Este enlace expiró
setup-expired = Por su seguridad, estos enlaces son válidos durante un tiempo limitado. Inicie sesión en su cuenta para administrar su facturación.
setup-unavailable-title = Vuelva a intentarlo en un momento
setup-unavailable = No pudimos abrir esta página en este momento. Vuelva a abrir el enlace en un minuto.
setup-invalid-title = Este enlace no es válido
setup-invalid = Es posible que el enlace se haya cortado al copiarlo. Vuelva a abrirlo desde el correo o inicie sesión en su cuenta para administrar su facturación.
