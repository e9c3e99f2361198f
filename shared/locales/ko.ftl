# Korean (ko). Translated from en.ftl.

## Shared by the mails

cart-greeting = 안녕하세요.
billing-greeting = 고객님, 안녕하세요.
button-fallback = 버튼이 작동하지 않으면 아래 링크를 복사하여 브라우저에 붙여 넣으세요:
cart-quantity = 수량: { $quantity }
cart-more-items = 외 상품 { $count }개
cart-total = 장바구니 합계: { $total }
cart-button = 장바구니로 돌아가기
cart-link-text = 쇼핑하던 곳에서 바로 이어서 진행하세요:
cart-promo-code = 결제 시 다음 프로모션 코드를 입력하세요: { $code }
cart-footer-reason = { $shop }의 이메일 수신에 동의하셨기 때문에 이 이메일을 받으셨습니다.
cart-footer-unsubscribe = 이러한 이메일을 더 이상 원하지 않으시면 <a>수신 거부</a>하세요.
cart-footer-unsubscribe-text = 이러한 이메일의 수신을 거부하려면 아래 링크를 이용하세요:
billing-footer = 이 이메일은 고객님의 { $shop } 구독에 관한 안내로, 계정에 등록된 이메일 주소로 발송되었습니다.
billing-amount-due = 결제할 금액: { $amount }
billing-update-button = 결제 수단 업데이트
billing-update-text = 여기에서 결제 수단을 업데이트하세요:
retention-offer = 구독 해지를 고민 중이신가요? 해지하시기 전에 <a>고객님을 위한 혜택을 확인해 보세요</a>.
retention-offer-text = 구독 해지를 고민 중이신가요? 해지하시기 전에 고객님을 위한 혜택을 확인해 보세요:

## recovery: the first mail about an abandoned cart

recovery-subject = { $shop } 장바구니에 담아 두신 상품이 있습니다
recovery-intro = { $shop } 장바구니에 상품을 담아 두셨습니다. 걱정하지 마세요. 고객님을 위해 저장해 두었으니 쇼핑하던 곳에서 바로 이어서 진행하실 수 있습니다.

## recovery-reminder: the second

recovery-reminder-subject = { $shop } 장바구니가 아직 기다리고 있습니다
recovery-reminder-intro = 다시 한번 알려 드립니다. { $shop }에서 고르신 상품이 고객님의 장바구니에 그대로 저장되어 있습니다.

## recovery-last-call: the last

recovery-last-call-subject = 마지막 알림: { $shop } 장바구니
recovery-last-call-intro = { $shop }에 남겨 두신 장바구니에 대한 마지막 알림입니다. 주문을 완료하실 수 있도록 장바구니는 아직 저장되어 있습니다.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = 결제에 실패했습니다
billing-payment-failed-subject-amount = { $amount } 결제에 실패했습니다
billing-payment-failed-intro = { $shop } 구독에 등록된 결제 수단으로 요금을 청구하지 못했습니다.
billing-payment-failed-next-attempt = { $date }에 다시 결제를 시도하겠습니다. 구독이 중단 없이 유지되도록 그 전에 결제 수단을 업데이트해 주세요.
billing-payment-failed-update = 구독이 중단 없이 유지되도록 결제 수단을 업데이트해 주세요.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = 알림: 아직 결제가 완료되지 않았습니다
billing-payment-reminder-subject-amount = 알림: { $amount } 결제가 아직 완료되지 않았습니다
billing-payment-reminder-intro = { $shop } 구독에 등록된 결제 수단으로 다시 요금 청구를 시도했으나 이번에도 결제에 실패했습니다.
billing-payment-reminder-next-attempt = 다음 결제 시도는 { $date }입니다. 구독을 계속 유지하려면 그 전에 결제 수단을 업데이트해 주세요.
billing-payment-reminder-update = 구독을 계속 유지하려면 결제 수단을 업데이트해 주세요.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = 최종 안내: 결제에 실패했습니다
billing-final-notice-subject-amount = 최종 안내: { $amount } 결제에 실패했습니다
billing-final-notice-intro = { $shop } 구독 요금을 결제받지 못했습니다. 이번이 마지막 자동 결제 시도였으며, 앞으로 등록된 결제 수단으로 다시 청구하지 않습니다.
billing-final-notice-pay = 구독을 유지하려면 지금 인보이스를 결제해 주세요.
billing-final-notice-pay-or-update = 구독을 유지하려면 지금 인보이스를 결제하시거나 결제 수단을 업데이트해 주세요.
billing-final-notice-update = 구독을 유지하려면 지금 결제 수단을 업데이트해 주세요.
billing-final-notice-pay-button = 인보이스 결제
billing-final-notice-or-update = 또는 <a>결제 수단 업데이트</a>
billing-final-notice-pay-text = 구독을 유지하려면 지금 인보이스를 결제해 주세요:
billing-final-notice-or-update-text = 또는 여기에서 결제 수단을 업데이트하세요:
billing-final-notice-update-text = 구독을 유지하려면 지금 결제 수단을 업데이트해 주세요:
billing-final-notice-consequence = 결제가 이루어지지 않으면 구독이 일시 중지되거나 취소될 수 있습니다.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = 결제를 확인해 주세요
billing-payment-action-required-subject-amount = { $amount } 결제를 확인해 주세요
billing-payment-action-required-intro = 카드사에서 { $shop } 구독 결제에 대한 확인을 요청했습니다. 이는 3-D Secure와 같은 추가 보안 절차로, 본인이 맞는지 확인하기 위한 것입니다. 확인하시기 전까지는 결제가 진행되지 않습니다.
billing-payment-action-required-button = 결제 확인
billing-payment-action-required-text = 보안 결제 페이지에서 결제를 확인하세요:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = 구독이 취소되었습니다
billing-cancellation-confirmation-confirmed = { $shop } 구독이 취소되었음을 확인해 드립니다. 구독은 더 이상 갱신되지 않습니다.
billing-cancellation-confirmation-confirmed-date = { $shop } 구독이 { $date }부로 취소되었음을 확인해 드립니다. 구독은 더 이상 갱신되지 않습니다.
billing-cancellation-confirmation-again = 나중에 다시 구독하고 싶으시면 언제든지 다시 구독하실 수 있습니다.
billing-cancellation-confirmation-button = 다시 구독하기
billing-cancellation-confirmation-text = 나중에 다시 구독하시려면 여기에서 하실 수 있습니다:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = 다음 결제일 전에 카드가 만료됩니다
billing-card-expiring-subject-last4 = 끝자리가 { $last4 }인 카드가 다음 결제일 전에 만료됩니다
card = 카드
card-brand = { $brand } 카드
card-last4 = 끝자리가 { $last4 }인 카드
card-brand-last4 = 끝자리가 { $last4 }인 { $brand } 카드
billing-card-expiring-expiry = { $shop } 구독에 등록된 { $card }의 유효기간은 { $expiry }까지입니다.
billing-card-expiring-soon = { $shop } 구독에 등록된 { $card }의 유효기간이 곧 만료됩니다.
billing-card-expiring-charge = 다음 결제는 { $date }에 예정되어 있으며, 이는 카드 유효기간 이후이므로 이 카드로는 결제할 수 없습니다. 결제가 정상적으로 처리되도록 그 전에 결제 수단을 업데이트해 주세요.
billing-card-expiring-charge-amount = 다음 결제({ $amount })는 { $date }에 예정되어 있으며, 이는 카드 유효기간 이후이므로 이 카드로는 결제할 수 없습니다. 결제가 정상적으로 처리되도록 그 전에 결제 수단을 업데이트해 주세요.
billing-card-expiring-update = 다음 결제가 정상적으로 처리되도록 결제 수단을 업데이트해 주세요.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = 구독이 곧 갱신됩니다
billing-renewal-reminder-subject-date = 구독이 { $date }에 갱신됩니다
billing-renewal-reminder-renews = { $shop } 구독이 곧 갱신될 예정임을 알려 드립니다.
billing-renewal-reminder-renews-date = { $shop } 구독이 { $date }에 갱신될 예정임을 알려 드립니다.
billing-renewal-reminder-amount = 청구 예정 금액: { $amount }
billing-renewal-reminder-automatic = 등록된 결제 수단으로 자동 청구되므로, 구독을 유지하기 위해 따로 하실 일은 없습니다. 구독을 변경 또는 취소하시거나 결제 수단을 업데이트하시려면 갱신일 전에 진행해 주세요.
billing-renewal-reminder-button = 구독 관리
billing-renewal-reminder-text = 여기에서 구독을 관리하세요:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = 체험 기간이 곧 종료됩니다
billing-trial-ending-subject-date = 체험 기간이 { $date }에 종료됩니다
billing-trial-ending-ends = { $shop } 구독의 체험 기간이 곧 종료되지만, 아직 등록된 결제 수단이 없습니다.
billing-trial-ending-ends-date = { $shop } 구독의 체험 기간이 { $date }에 종료되지만, 아직 등록된 결제 수단이 없습니다.
billing-trial-ending-add = 체험 기간 이후에도 구독을 유지하려면 그 전에 결제 수단을 추가해 주세요. 추가하지 않으시면 체험 기간이 끝날 때 구독이 일시 중지되거나 취소될 수 있습니다.
billing-trial-ending-button = 결제 수단 추가
billing-trial-ending-text = 여기에서 결제 수단을 추가하세요:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = 결제가 완료되었습니다
billing-payment-recovered-subject-amount = { $amount } 결제가 완료되었습니다
billing-payment-recovered-received = { $shop } 구독 요금이 정상적으로 결제되었습니다. 감사합니다.
billing-payment-recovered-received-amount = { $shop } 구독 요금 { $amount } 결제가 정상적으로 완료되었습니다. 감사합니다.
billing-payment-recovered-continues = 구독은 중단 없이 계속 유지되며, 더 이상 하실 일은 없습니다. 이 결제와 관련하여 이전에 보내 드린 이메일은 무시하셔도 됩니다.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = { $shop } 구독에 사용할 카드를 확인해 주세요
billing-setup-action-required-intro = 카드사에서 { $shop } 구독에 저장된 카드를 확인해 달라고 요청했습니다. 이는 3-D Secure와 같은 추가 보안 절차로, 본인이 맞는지 확인하기 위한 것입니다.
billing-setup-action-required-until = 확인하시기 전까지는 이 카드로 구독의 다음 결제 요금을 청구할 수 없습니다. 잠깐이면 완료됩니다.
billing-setup-action-required-button = 카드 확인하기
billing-setup-action-required-text = 보안 페이지에서 카드를 확인하세요:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = { $shop } 구독에 사용할 카드를 저장하지 못했습니다
billing-setup-payment-method-required-intro = { $shop } 구독에 사용할 카드를 저장하려 했으나 카드사에서 승인을 거절했습니다.
billing-setup-payment-method-required-add = 구독의 다음 결제가 정상적으로 처리되도록 다른 카드나 결제 수단을 추가해 주세요.

## The page an unsubscribe link opens

unsubscribe-confirm-title = 이러한 이메일의 수신을 거부하시겠습니까?
unsubscribe-confirm = 앞으로 저희로부터 이와 같은 이메일을 받지 않게 됩니다.
unsubscribe-button = 수신 거부
unsubscribe-changed-mind = 마음이 바뀌셨나요? 이 페이지를 닫기만 하시면 됩니다. 버튼을 누르기 전에는 아무것도 변경되지 않습니다.
unsubscribe-done-title = 수신 거부가 완료되었습니다
unsubscribe-done = 앞으로 이러한 이메일을 보내 드리지 않습니다. 더 이상 하실 일은 없습니다.
unsubscribe-expired-title = 만료된 링크입니다
unsubscribe-expired = 수신 거부 링크는 1년 동안 유효합니다. 최근에 보내 드린 이메일의 링크를 이용하시거나, 저희 이메일에 회신해 주시면 수신 목록에서 제외해 드리겠습니다.
unsubscribe-unavailable-title = 다시 시도해 주세요
unsubscribe-unavailable = 지금은 요청을 저장하지 못했습니다. 몇 분 후에 링크를 다시 열어 주세요.
unsubscribe-invalid-title = 유효하지 않은 링크입니다
unsubscribe-invalid = 링크를 복사하는 과정에서 일부가 잘렸을 수 있습니다. 이메일에서 링크를 다시 열어 주시거나, 해당 이메일에 회신해 주시면 수신 목록에서 제외해 드리겠습니다.

## The page a portal link opens when it cannot open the portal

portal-expired-title = 만료된 링크입니다
portal-expired = 보안을 위해 결제 관리 링크는 일정 시간 동안만 유효합니다. 가장 최근에 보내 드린 이메일의 링크를 이용하시거나, 계정에 로그인하여 결제 정보를 관리하세요.
portal-invalid-title = 유효하지 않은 링크입니다
portal-invalid = 링크를 복사하는 과정에서 일부가 잘렸을 수 있습니다. 이메일에서 링크를 다시 열어 주시거나, 계정에 로그인하여 결제 정보를 관리하세요.
portal-unknown-customer-title = 계정을 찾을 수 없습니다
portal-unknown-customer = 이 링크에 해당하는 계정이 더 이상 존재하지 않습니다. 오류라고 생각되시면 저희 이메일에 회신해 주세요. 도와드리겠습니다.
portal-unavailable-title = 잠시 후 다시 시도해 주세요
portal-unavailable = 지금은 결제 관리 페이지를 열 수 없습니다. 잠시 후 링크를 다시 열어 주세요.
portal-other-title = 결제 관리 페이지를 이용할 수 없습니다
portal-other = 계정에 로그인하여 결제 정보를 관리하시거나, 저희 이메일에 회신해 주시면 도와드리겠습니다.
portal-dry-run-title = 테스트 실행: 포털 세션이 생성되지 않았습니다
portal-dry-run = STRIPE_SECRET_KEY가 설정되지 않았습니다. { $endpoint }에 전송될 내용은 다음과 같습니다:
portal-confirmation = 모두 완료되었습니다. 구독이 업데이트되었습니다. 감사합니다!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = 카드 확인
setup-ready = 카드사에서 구독에 저장된 카드를 확인해 달라고 요청했습니다. 버튼을 누른 후 카드사의 안내에 따라 진행해 주세요.
setup-working = 카드사의 응답을 기다리는 중…
setup-succeeded = 카드가 확인되었습니다. 감사합니다! 이 페이지를 닫으셔도 됩니다.
setup-failed = 카드를 확인하지 못했습니다. 다시 시도하시거나 계정에서 다른 카드를 추가해 주세요.
setup-button = 카드 확인하기
setup-nothing-to-do-title = 추가로 하실 일이 없습니다
setup-nothing-to-do = 카드와 관련해 더 하실 일은 없습니다. 이미 확인이 완료되었거나 더 이상 유효하지 않은 요청입니다. 이 페이지를 닫으셔도 됩니다.
setup-expired-title = 만료된 링크입니다
setup-expired = 보안을 위해 이 링크는 일정 시간 동안만 유효합니다. 계정에 로그인하여 결제 정보를 관리하세요.
setup-unavailable-title = 잠시 후 다시 시도해 주세요
setup-unavailable = 지금은 이 페이지를 열 수 없습니다. 잠시 후 링크를 다시 열어 주세요.
setup-invalid-title = 유효하지 않은 링크입니다
setup-invalid = 링크를 복사하는 과정에서 일부가 잘렸을 수 있습니다. 이메일에서 링크를 다시 열어 주시거나, 계정에 로그인하여 결제 정보를 관리하세요.
