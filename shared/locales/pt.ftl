# European Portuguese (pt). Translated from en.ftl.

## Shared by the mails

cart-greeting = Olá,
billing-greeting = Olá,
button-fallback = Se o botão não funcionar, copie este link para o seu navegador:
cart-quantity = Quantidade: { $quantity }
cart-more-items =
    { $count ->
        [one] e mais { $count } artigo
       *[other] e mais { $count } artigos
    }
cart-total = Total do carrinho: { $total }
cart-button = Voltar ao carrinho
cart-link-text = Continue a sua compra onde ficou:
cart-promo-code = Introduza o código promocional { $code } ao finalizar a compra.
cart-footer-reason = Recebeu este e-mail porque aceitou receber e-mails de { $shop }.
cart-footer-unsubscribe = Se já não quiser receber estes e-mails, pode <a>cancelar a subscrição</a>.
cart-footer-unsubscribe-text = Para cancelar a subscrição destes e-mails:
billing-footer = Este e-mail diz respeito à sua subscrição de { $shop }. Foi enviado para o endereço de e-mail associado à sua conta.
billing-amount-due = Montante a pagar: { $amount }
billing-update-button = Atualizar método de pagamento
billing-update-text = Atualize o seu método de pagamento aqui:
retention-offer = Está a pensar cancelar? Antes de sair, <a>veja o que temos para lhe oferecer</a>.
retention-offer-text = Está a pensar cancelar? Antes de sair, veja o que temos para lhe oferecer:

## recovery: the first mail about an abandoned cart

recovery-subject = Deixou algo no seu carrinho em { $shop }
recovery-intro = Deixou algo no seu carrinho em { $shop }. Não se preocupe: guardámos tudo para que possa continuar exatamente onde ficou.

## recovery-reminder: the second

recovery-reminder-subject = O seu carrinho em { $shop } continua à sua espera
recovery-reminder-intro = Só para lembrar: os artigos que escolheu em { $shop } continuam guardados no seu carrinho.

## recovery-last-call: the last

recovery-last-call-subject = Último lembrete: o seu carrinho em { $shop }
recovery-last-call-intro = Este é o nosso último lembrete sobre o carrinho que deixou em { $shop }. Continua guardado, caso queira concluir a sua encomenda.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Não foi possível processar o seu pagamento
billing-payment-failed-subject-amount = Não foi possível processar o seu pagamento de { $amount }
billing-payment-failed-intro = Não conseguimos efetuar a cobrança no método de pagamento registado para a sua subscrição de { $shop }.
billing-payment-failed-next-attempt = Voltaremos a tentar no dia { $date }. Atualize o seu método de pagamento antes dessa data para que a sua subscrição continue sem interrupções.
billing-payment-failed-update = Atualize o seu método de pagamento para que a sua subscrição continue sem interrupções.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Lembrete: o seu pagamento continua pendente
billing-payment-reminder-subject-amount = Lembrete: o seu pagamento de { $amount } continua pendente
billing-payment-reminder-intro = Tentámos novamente efetuar a cobrança no método de pagamento registado para a sua subscrição de { $shop }, mas o pagamento voltou a falhar.
billing-payment-reminder-next-attempt = A próxima tentativa será no dia { $date }. Atualize o seu método de pagamento antes dessa data para manter a sua subscrição ativa.
billing-payment-reminder-update = Atualize o seu método de pagamento para manter a sua subscrição ativa.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Último aviso: o seu pagamento falhou
billing-final-notice-subject-amount = Último aviso: o seu pagamento de { $amount } falhou
billing-final-notice-intro = Não conseguimos cobrar o pagamento da sua subscrição de { $shop }. Esta foi a nossa última tentativa automática: não voltaremos a tentar cobrar o seu método de pagamento.
billing-final-notice-pay = Para manter a sua subscrição, pague a fatura agora.
billing-final-notice-pay-or-update = Para manter a sua subscrição, pague a fatura agora ou atualize o seu método de pagamento.
billing-final-notice-update = Para manter a sua subscrição, atualize agora o seu método de pagamento.
billing-final-notice-pay-button = Pagar fatura
billing-final-notice-or-update = Ou <a>atualize o seu método de pagamento</a>
billing-final-notice-pay-text = Para manter a sua subscrição, pague a fatura agora:
billing-final-notice-or-update-text = Ou atualize o seu método de pagamento aqui:
billing-final-notice-update-text = Para manter a sua subscrição, atualize agora o seu método de pagamento:
billing-final-notice-consequence = Se o pagamento não for efetuado, a sua subscrição poderá ser suspensa ou cancelada.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Confirme o seu pagamento
billing-payment-action-required-subject-amount = Confirme o seu pagamento de { $amount }
billing-payment-action-required-intro = O seu banco pediu-lhe que confirme o pagamento da sua subscrição de { $shop }. Trata-se de uma verificação de segurança adicional, como o 3-D Secure, para confirmar a sua identidade. O pagamento só poderá ser concluído depois de o confirmar.
billing-payment-action-required-button = Confirmar pagamento
billing-payment-action-required-text = Confirme o seu pagamento na página de pagamento segura:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = A sua subscrição foi cancelada
billing-cancellation-confirmation-confirmed = Confirmamos que a sua subscrição de { $shop } foi cancelada. Não será renovada.
billing-cancellation-confirmation-confirmed-date = Confirmamos que a sua subscrição de { $shop } foi cancelada, com efeito a partir de { $date }. Não será renovada.
billing-cancellation-confirmation-again = Se quiser voltar a subscrever mais tarde, pode fazê-lo a qualquer momento.
billing-cancellation-confirmation-button = Voltar a subscrever
billing-cancellation-confirmation-text = Se quiser voltar a subscrever mais tarde, pode fazê-lo aqui:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = O seu cartão expira antes do próximo pagamento
billing-card-expiring-subject-last4 = O seu cartão terminado em { $last4 } expira antes do próximo pagamento
card = cartão
card-brand = cartão { $brand }
card-last4 = cartão terminado em { $last4 }
card-brand-last4 = cartão { $brand } terminado em { $last4 }
billing-card-expiring-expiry = O { $card } registado para a sua subscrição de { $shop } é válido até { $expiry }.
billing-card-expiring-soon = O { $card } registado para a sua subscrição de { $shop } está prestes a expirar.
billing-card-expiring-charge = O seu próximo pagamento está previsto para o dia { $date }, depois da data de validade do cartão, pelo que não poderá ser cobrado neste cartão. Atualize o seu método de pagamento antes dessa data para que o pagamento seja concluído.
billing-card-expiring-charge-amount = O seu próximo pagamento, de { $amount }, está previsto para o dia { $date }, depois da data de validade do cartão, pelo que não poderá ser cobrado neste cartão. Atualize o seu método de pagamento antes dessa data para que o pagamento seja concluído.
billing-card-expiring-update = Atualize o seu método de pagamento para que o seu próximo pagamento seja concluído.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = A sua subscrição será renovada em breve
billing-renewal-reminder-subject-date = A sua subscrição será renovada no dia { $date }
billing-renewal-reminder-renews = Lembramos que a sua subscrição de { $shop } será renovada em breve.
billing-renewal-reminder-renews-date = Lembramos que a sua subscrição de { $shop } será renovada no dia { $date }.
billing-renewal-reminder-amount = Montante a cobrar: { $amount }
billing-renewal-reminder-automatic = O montante será cobrado automaticamente no método de pagamento registado, pelo que não precisa de fazer nada para manter a sua subscrição. Se quiser alterá-la ou cancelá-la, ou atualizar o seu método de pagamento, faça-o antes da renovação.
billing-renewal-reminder-button = Gerir subscrição
billing-renewal-reminder-text = Faça a gestão da sua subscrição aqui:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = O seu período experimental termina em breve
billing-trial-ending-subject-date = O seu período experimental termina no dia { $date }
billing-trial-ending-ends = O período experimental da sua subscrição de { $shop } termina em breve e ainda não tem nenhum método de pagamento registado.
billing-trial-ending-ends-date = O período experimental da sua subscrição de { $shop } termina no dia { $date } e ainda não tem nenhum método de pagamento registado.
billing-trial-ending-add = Para manter a sua subscrição depois do período experimental, adicione um método de pagamento antes de este terminar. Caso contrário, a sua subscrição poderá ser suspensa ou cancelada no fim do período experimental.
billing-trial-ending-button = Adicionar método de pagamento
billing-trial-ending-text = Adicione um método de pagamento aqui:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = O seu pagamento foi concluído com êxito
billing-payment-recovered-subject-amount = O seu pagamento de { $amount } foi concluído com êxito
billing-payment-recovered-received = Recebemos o seu pagamento relativo à sua subscrição de { $shop }. Obrigado.
billing-payment-recovered-received-amount = Recebemos o seu pagamento de { $amount } relativo à sua subscrição de { $shop }. Obrigado.
billing-payment-recovered-continues = A sua subscrição continua sem interrupções e não precisa de fazer mais nada. Se recebeu um e-mail anterior nosso sobre este pagamento, pode ignorá-lo.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Confirme o seu cartão para a subscrição de { $shop }
billing-setup-action-required-intro = O seu banco pede-lhe que confirme o cartão guardado para a sua subscrição de { $shop }. Trata-se de uma verificação de segurança adicional, como o 3-D Secure, para confirmar a sua identidade.
billing-setup-action-required-until = Enquanto não o confirmar, não poderemos cobrar neste cartão os próximos pagamentos da sua subscrição. Demora apenas um momento.
billing-setup-action-required-button = Confirmar cartão
billing-setup-action-required-text = Confirme o seu cartão na nossa página segura:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Não foi possível guardar o cartão da sua subscrição de { $shop }
billing-setup-payment-method-required-intro = Tentámos guardar o cartão para a sua subscrição de { $shop }, mas o seu banco recusou-o.
billing-setup-payment-method-required-add = Adicione outro cartão ou método de pagamento para que os próximos pagamentos da sua subscrição possam ser efetuados.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Cancelar a subscrição destes e-mails?
unsubscribe-confirm = Deixará de receber e-mails como este da nossa parte.
unsubscribe-button = Cancelar subscrição
unsubscribe-changed-mind = Mudou de ideias? Basta fechar esta página: nada muda até clicar no botão.
unsubscribe-done-title = O seu endereço foi removido da lista
unsubscribe-done = Não voltará a receber estes e-mails da nossa parte. Não precisa de fazer mais nada.
unsubscribe-expired-title = Este link expirou
unsubscribe-expired = Os links para cancelar a subscrição funcionam durante um ano. Utilize o link de um e-mail nosso mais recente ou responda a um dos nossos e-mails e retiraremos o seu endereço da lista.
unsubscribe-unavailable-title = Tente novamente
unsubscribe-unavailable = Não foi possível guardar o seu pedido neste momento. Abra novamente o link dentro de alguns minutos.
unsubscribe-invalid-title = Este link não é válido
unsubscribe-invalid = O link pode ter ficado cortado ao ser copiado. Abra-o novamente a partir do e-mail ou responda ao e-mail e retiraremos o seu endereço da lista.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Este link expirou
portal-expired = Por motivos de segurança, os links de faturação funcionam durante um período limitado. Utilize o link do nosso e-mail mais recente ou inicie sessão na sua conta para gerir a sua faturação.
portal-invalid-title = Este link não é válido
portal-invalid = O link pode ter ficado cortado ao ser copiado. Abra-o novamente a partir do e-mail ou inicie sessão na sua conta para gerir a sua faturação.
portal-unknown-customer-title = Não encontrámos a sua conta
portal-unknown-customer = A conta para a qual este link foi criado já não existe. Se achar que se trata de um erro, responda ao nosso e-mail e teremos todo o gosto em ajudar.
portal-unavailable-title = Tente novamente dentro de momentos
portal-unavailable = Não foi possível abrir a sua página de faturação neste momento. Abra novamente o link dentro de um minuto.
portal-other-title = A página de faturação não está disponível
portal-other = Inicie sessão na sua conta para gerir a sua faturação ou responda ao nosso e-mail e teremos todo o gosto em ajudar.
portal-dry-run-title = Simulação: nenhuma sessão do portal foi criada
portal-dry-run = STRIPE_SECRET_KEY não está definida, por isso isto é o que seria enviado para { $endpoint }:
portal-confirmation = Concluído: a sua subscrição foi atualizada. Obrigado!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confirme o seu cartão
setup-ready = O seu banco pede-lhe que confirme o cartão guardado para a sua subscrição. Clique no botão e siga os passos indicados pelo seu banco.
setup-working = A aguardar o seu banco…
setup-succeeded = O seu cartão foi confirmado. Obrigado! Já pode fechar esta página.
setup-failed = Não foi possível confirmar o seu cartão. Tente novamente ou adicione outro cartão a partir da sua conta.
setup-button = Confirmar o meu cartão
setup-nothing-to-do-title = Nada a fazer
setup-nothing-to-do = O seu cartão não precisa de mais nada: já foi confirmado ou este pedido já não está em aberto. Já pode fechar esta página.
setup-expired-title = Este link expirou
setup-expired = Por motivos de segurança, estes links funcionam durante um período limitado. Inicie sessão na sua conta para gerir a sua faturação.
setup-unavailable-title = Tente novamente dentro de momentos
setup-unavailable = Não foi possível abrir esta página neste momento. Abra novamente o link dentro de um minuto.
setup-invalid-title = Este link não é válido
setup-invalid = O link pode ter ficado cortado ao ser copiado. Abra-o novamente a partir do e-mail ou inicie sessão na sua conta para gerir a sua faturação.
