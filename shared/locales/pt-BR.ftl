# Brazilian Portuguese (pt-BR). Translated from en.ftl.

## Shared by the mails

cart-greeting = Olá,
billing-greeting = Olá,
button-fallback = Se o botão não funcionar, copie este link e cole no seu navegador:
cart-quantity = Quantidade: { $quantity }
cart-more-items =
    { $count ->
        [one] e mais { $count } item
       *[other] e mais { $count } itens
    }
cart-total = Total do carrinho: { $total }
cart-button = Voltar ao carrinho
cart-link-text = Continue de onde você parou:
cart-promo-code = Use o cupom { $code } ao finalizar a compra.
cart-footer-reason = Você está recebendo este e-mail porque aceitou receber e-mails de { $shop }.
cart-footer-unsubscribe = Não quer mais receber estes e-mails? <a>Cancele a inscrição</a>.
cart-footer-unsubscribe-text = Para cancelar a inscrição nestes e-mails:
billing-footer = Este e-mail é sobre a sua assinatura de { $shop }. Ele foi enviado para o endereço de e-mail cadastrado na sua conta.
billing-amount-due = Valor a pagar: { $amount }
billing-update-button = Atualizar forma de pagamento
billing-update-text = Atualize sua forma de pagamento aqui:
retention-offer = Pensando em cancelar? Antes de ir, <a>veja o que podemos oferecer a você</a>.
retention-offer-text = Pensando em cancelar? Antes de ir, veja o que podemos oferecer a você:

## recovery: the first mail about an abandoned cart

recovery-subject = Você deixou algo no seu carrinho em { $shop }
recovery-intro = Você deixou algo no seu carrinho em { $shop }. Não se preocupe: guardamos tudo para você continuar exatamente de onde parou.

## recovery-reminder: the second

recovery-reminder-subject = Seu carrinho em { $shop } ainda está esperando por você
recovery-reminder-intro = Só para lembrar: os itens que você escolheu em { $shop } continuam no seu carrinho, guardados para você.

## recovery-last-call: the last

recovery-last-call-subject = Último lembrete: seu carrinho em { $shop }
recovery-last-call-intro = Este é o nosso último lembrete sobre o carrinho que você deixou em { $shop }. Ele continua guardado, caso você queira finalizar seu pedido.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Não foi possível processar seu pagamento
billing-payment-failed-subject-amount = Não foi possível processar seu pagamento de { $amount }
billing-payment-failed-intro = Não conseguimos fazer a cobrança na forma de pagamento cadastrada para sua assinatura de { $shop }.
billing-payment-failed-next-attempt = Tentaremos novamente em { $date }. Atualize sua forma de pagamento antes dessa data para que sua assinatura continue sem interrupções.
billing-payment-failed-update = Atualize sua forma de pagamento para que sua assinatura continue sem interrupções.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Lembrete: seu pagamento continua pendente
billing-payment-reminder-subject-amount = Lembrete: seu pagamento de { $amount } continua pendente
billing-payment-reminder-intro = Tentamos novamente fazer a cobrança na forma de pagamento cadastrada para sua assinatura de { $shop }, mas o pagamento falhou outra vez.
billing-payment-reminder-next-attempt = Faremos uma nova tentativa em { $date }. Atualize sua forma de pagamento antes dessa data para manter sua assinatura ativa.
billing-payment-reminder-update = Atualize sua forma de pagamento para manter sua assinatura ativa.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Último aviso: não foi possível processar seu pagamento
billing-final-notice-subject-amount = Último aviso: não foi possível processar seu pagamento de { $amount }
billing-final-notice-intro = Não conseguimos receber o pagamento da sua assinatura de { $shop }. Essa foi nossa última tentativa automática: não tentaremos cobrar sua forma de pagamento novamente.
billing-final-notice-pay = Para manter sua assinatura, pague a fatura agora.
billing-final-notice-pay-or-update = Para manter sua assinatura, pague a fatura agora ou atualize sua forma de pagamento.
billing-final-notice-update = Para manter sua assinatura, atualize sua forma de pagamento agora.
billing-final-notice-pay-button = Pagar fatura
billing-final-notice-or-update = Ou <a>atualize sua forma de pagamento</a>
billing-final-notice-pay-text = Para manter sua assinatura, pague a fatura agora:
billing-final-notice-or-update-text = Ou atualize sua forma de pagamento aqui:
billing-final-notice-update-text = Para manter sua assinatura, atualize sua forma de pagamento agora:
billing-final-notice-consequence = Se o pagamento não for feito, sua assinatura poderá ser pausada ou cancelada.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Confirme seu pagamento
billing-payment-action-required-subject-amount = Confirme seu pagamento de { $amount }
billing-payment-action-required-intro = Seu banco pediu que você confirme o pagamento da sua assinatura de { $shop }. É uma verificação extra de segurança, como o 3-D Secure, para confirmar que é realmente você. O pagamento só será concluído depois que você confirmar.
billing-payment-action-required-button = Confirmar pagamento
billing-payment-action-required-text = Confirme seu pagamento na página de pagamento segura:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Sua assinatura foi cancelada
billing-cancellation-confirmation-confirmed = Confirmamos que sua assinatura de { $shop } foi cancelada. Ela não será renovada.
billing-cancellation-confirmation-confirmed-date = Confirmamos que sua assinatura de { $shop } foi cancelada, com efeito a partir de { $date }. Ela não será renovada.
billing-cancellation-confirmation-again = Se quiser assinar novamente no futuro, você pode fazer isso a qualquer momento.
billing-cancellation-confirmation-button = Assinar novamente
billing-cancellation-confirmation-text = Se quiser assinar novamente no futuro, você pode fazer isso aqui:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Seu cartão vence antes do próximo pagamento
billing-card-expiring-subject-last4 = Seu cartão com final { $last4 } vence antes do próximo pagamento
card = cartão
card-brand = cartão { $brand }
card-last4 = cartão com final { $last4 }
card-brand-last4 = cartão { $brand } com final { $last4 }
billing-card-expiring-expiry = O { $card } cadastrado para sua assinatura de { $shop } vence em { $expiry }.
billing-card-expiring-soon = O { $card } cadastrado para sua assinatura de { $shop } está prestes a vencer.
billing-card-expiring-charge = Seu próximo pagamento está previsto para { $date }, depois da data de vencimento do cartão, por isso não poderá ser cobrado nele. Atualize sua forma de pagamento antes dessa data para que o pagamento seja aprovado.
billing-card-expiring-charge-amount = Seu próximo pagamento, de { $amount }, está previsto para { $date }, depois da data de vencimento do cartão, por isso não poderá ser cobrado nele. Atualize sua forma de pagamento antes dessa data para que o pagamento seja aprovado.
billing-card-expiring-update = Atualize sua forma de pagamento para que seu próximo pagamento seja aprovado.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Sua assinatura será renovada em breve
billing-renewal-reminder-subject-date = Sua assinatura será renovada em { $date }
billing-renewal-reminder-renews = Este é um lembrete de que sua assinatura de { $shop } será renovada em breve.
billing-renewal-reminder-renews-date = Este é um lembrete de que sua assinatura de { $shop } será renovada em { $date }.
billing-renewal-reminder-amount = Valor a ser cobrado: { $amount }
billing-renewal-reminder-automatic = A cobrança será feita automaticamente na forma de pagamento cadastrada, então você não precisa fazer nada para manter sua assinatura. Se quiser alterá-la ou cancelá-la, ou atualizar sua forma de pagamento, faça isso antes da renovação.
billing-renewal-reminder-button = Gerenciar assinatura
billing-renewal-reminder-text = Gerencie sua assinatura aqui:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Seu período de teste termina em breve
billing-trial-ending-subject-date = Seu período de teste termina em { $date }
billing-trial-ending-ends = O período de teste da sua assinatura de { $shop } termina em breve, e ainda não há uma forma de pagamento cadastrada.
billing-trial-ending-ends-date = O período de teste da sua assinatura de { $shop } termina em { $date }, e ainda não há uma forma de pagamento cadastrada.
billing-trial-ending-add = Para manter sua assinatura após o período de teste, adicione uma forma de pagamento antes que ele termine. Caso contrário, sua assinatura poderá ser pausada ou cancelada ao fim do período de teste.
billing-trial-ending-button = Adicionar forma de pagamento
billing-trial-ending-text = Adicione uma forma de pagamento aqui:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Seu pagamento foi aprovado
billing-payment-recovered-subject-amount = Seu pagamento de { $amount } foi aprovado
billing-payment-recovered-received = Recebemos seu pagamento referente à sua assinatura de { $shop }. Obrigado!
billing-payment-recovered-received-amount = Recebemos seu pagamento de { $amount } referente à sua assinatura de { $shop }. Obrigado!
billing-payment-recovered-continues = Sua assinatura continua sem interrupções, e você não precisa fazer mais nada. Se você recebeu um e-mail anterior nosso sobre este pagamento, pode desconsiderá-lo.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Confirme seu cartão para a assinatura de { $shop }
billing-setup-action-required-intro = Seu banco pede que você confirme o cartão salvo para sua assinatura de { $shop }. É uma verificação extra de segurança, como o 3-D Secure, para confirmar que é realmente você.
billing-setup-action-required-until = Enquanto você não confirmar, não poderemos cobrar neste cartão os próximos pagamentos da sua assinatura. Leva só um instante.
billing-setup-action-required-button = Confirmar cartão
billing-setup-action-required-text = Confirme seu cartão na nossa página segura:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Não foi possível salvar seu cartão para a assinatura de { $shop }
billing-setup-payment-method-required-intro = Tentamos salvar o cartão para sua assinatura de { $shop }, mas seu banco o recusou.
billing-setup-payment-method-required-add = Adicione outro cartão ou outra forma de pagamento para que os próximos pagamentos da sua assinatura possam ser aprovados.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Cancelar a inscrição nestes e-mails?
unsubscribe-confirm = Você não receberá mais e-mails como este.
unsubscribe-button = Cancelar inscrição
unsubscribe-changed-mind = Mudou de ideia? É só fechar esta página: nada muda até você clicar no botão.
unsubscribe-done-title = Sua inscrição foi cancelada
unsubscribe-done = Você não receberá mais estes e-mails. Não é preciso fazer mais nada.
unsubscribe-expired-title = Este link expirou
unsubscribe-expired = Os links para cancelar a inscrição valem por um ano. Use o link de um e-mail mais recente nosso ou responda a um dos nossos e-mails, e retiraremos você da lista.
unsubscribe-unavailable-title = Tente novamente
unsubscribe-unavailable = Não foi possível salvar sua solicitação agora. Abra o link novamente daqui a alguns minutos.
unsubscribe-invalid-title = Este link não é válido
unsubscribe-invalid = O link pode ter sido cortado ao ser copiado. Abra-o novamente a partir do e-mail ou responda ao e-mail, e retiraremos você da lista.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Este link expirou
portal-expired = Para sua segurança, os links de faturamento funcionam por tempo limitado. Use o link do nosso e-mail mais recente ou entre na sua conta para gerenciar seu faturamento.
portal-invalid-title = Este link não é válido
portal-invalid = O link pode ter sido cortado ao ser copiado. Abra-o novamente a partir do e-mail ou entre na sua conta para gerenciar seu faturamento.
portal-unknown-customer-title = Não encontramos sua conta
portal-unknown-customer = A conta para a qual este link foi criado não existe mais. Se você acha que isso é um erro, responda ao nosso e-mail e vamos ajudar você.
portal-unavailable-title = Tente novamente em instantes
portal-unavailable = Não foi possível abrir sua página de faturamento agora. Abra o link novamente daqui a um minuto.
portal-other-title = A página de faturamento não está disponível
portal-other = Entre na sua conta para gerenciar seu faturamento ou responda ao nosso e-mail e vamos ajudar você.
portal-dry-run-title = Simulação: nenhuma sessão do portal foi criada
portal-dry-run = STRIPE_SECRET_KEY não está definida, então isto é o que seria enviado para { $endpoint }:
portal-confirmation = Pronto: sua assinatura foi atualizada. Obrigado!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confirme seu cartão
setup-ready = Seu banco pede que você confirme o cartão salvo para sua assinatura. Clique no botão e siga as etapas do seu banco.
setup-working = Aguardando seu banco…
setup-succeeded = Seu cartão foi confirmado. Obrigado! Você já pode fechar esta página.
setup-failed = Não foi possível confirmar seu cartão. Tente novamente ou adicione outro cartão na sua conta.
setup-button = Confirmar meu cartão
setup-nothing-to-do-title = Nada a fazer
setup-nothing-to-do = Seu cartão não precisa de mais nada: ele já foi confirmado ou esta solicitação não está mais aberta. Você já pode fechar esta página.
setup-expired-title = Este link expirou
setup-expired = Para sua segurança, estes links funcionam por tempo limitado. Entre na sua conta para gerenciar seu faturamento.
setup-unavailable-title = Tente novamente em instantes
setup-unavailable = Não foi possível abrir esta página agora. Abra o link novamente daqui a um minuto.
setup-invalid-title = Este link não é válido
setup-invalid = O link pode ter sido cortado ao ser copiado. Abra-o novamente a partir do e-mail ou entre na sua conta para gerenciar seu faturamento.
