# British English (en-GB). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hi,
billing-greeting = Hello,
button-fallback = If the button doesn't work, copy this link into your browser:
cart-quantity = Quantity: { $quantity }
cart-more-items =
    { $count ->
        [one] and { $count } more item
       *[other] and { $count } more items
    }
cart-total = Basket total: { $total }
cart-button = Return to your basket
cart-link-text = Pick up where you left off:
cart-promo-code = Enter the promo code { $code } at checkout.
cart-footer-reason = You're receiving this email because you agreed to receive emails from { $shop }.
cart-footer-unsubscribe = <a>Unsubscribe</a> from these emails.
cart-footer-unsubscribe-text = Unsubscribe from these emails:
billing-footer = This email is about your { $shop } subscription. We sent it to the email address on file for your account.
billing-amount-due = Amount due: { $amount }
billing-update-button = Update payment method
billing-update-text = Update your payment method here:
retention-offer = Thinking about cancelling? Before you go, <a>see what we can offer you</a>.
retention-offer-text = Thinking about cancelling? Before you go, see what we can offer you:

## recovery: the first mail about an abandoned cart

recovery-subject = You left something in your basket at { $shop }
recovery-intro = You left something in your basket at { $shop }. Don't worry, we've saved it for you, so you can pick up right where you left off.

## recovery-reminder: the second

recovery-reminder-subject = Your basket at { $shop } is still waiting
recovery-reminder-intro = Just a reminder: the items you picked at { $shop } are still in your basket, saved for you.

## recovery-last-call: the last

recovery-last-call-subject = Last reminder: your basket at { $shop }
recovery-last-call-intro = This is our last reminder about the basket you left at { $shop }. It is still saved for you, if you would like to finish your order.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Your payment failed
billing-payment-failed-subject-amount = Your payment of { $amount } failed
billing-payment-failed-intro = We couldn't charge the payment method on file for your { $shop } subscription.
billing-payment-failed-next-attempt = We'll try again on { $date }. Please update your payment method before then so your subscription continues without interruption.
billing-payment-failed-update = Please update your payment method so your subscription continues without interruption.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Reminder: your payment is still due
billing-payment-reminder-subject-amount = Reminder: your payment of { $amount } is still due
billing-payment-reminder-intro = We tried again to charge the payment method on file for your { $shop } subscription, but the payment failed again.
billing-payment-reminder-next-attempt = Our next attempt will be on { $date }. Please update your payment method before then to keep your subscription active.
billing-payment-reminder-update = Please update your payment method to keep your subscription active.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Final notice: your payment failed
billing-final-notice-subject-amount = Final notice: your payment of { $amount } failed
billing-final-notice-intro = We couldn't collect the payment for your { $shop } subscription. That was our last automatic attempt: we won't try to charge your payment method again.
billing-final-notice-pay = To keep your subscription, please pay the invoice now.
billing-final-notice-pay-or-update = To keep your subscription, please pay the invoice now or update your payment method.
billing-final-notice-update = To keep your subscription, please update your payment method now.
billing-final-notice-pay-button = Pay invoice
billing-final-notice-or-update = Or <a>update your payment method</a>
billing-final-notice-pay-text = To keep your subscription, please pay the invoice now:
billing-final-notice-or-update-text = Or update your payment method here:
billing-final-notice-update-text = To keep your subscription, please update your payment method now:
billing-final-notice-consequence = If the payment isn't made, your subscription may be paused or cancelled.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Please confirm your payment
billing-payment-action-required-subject-amount = Please confirm your payment of { $amount }
billing-payment-action-required-intro = Your bank has asked you to confirm the payment for your { $shop } subscription. This is an extra security check, such as 3-D Secure, to make sure it's really you. The payment can't go through until you confirm it.
billing-payment-action-required-button = Confirm payment
billing-payment-action-required-text = Confirm your payment on the secure payment page:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Your subscription has been cancelled
billing-cancellation-confirmation-confirmed = This confirms that your { $shop } subscription has been cancelled. It won't renew.
billing-cancellation-confirmation-confirmed-date = This confirms that your { $shop } subscription has been cancelled, effective { $date }. It won't renew.
billing-cancellation-confirmation-again = If you'd like to subscribe again later, you can do so at any time.
billing-cancellation-confirmation-button = Subscribe again
billing-cancellation-confirmation-text = If you'd like to subscribe again later, you can do so here:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Your card expires before your next payment
billing-card-expiring-subject-last4 = Your card ending in { $last4 } expires before your next payment
card = card
card-brand = { $brand } card
card-last4 = card ending in { $last4 }
card-brand-last4 = { $brand } card ending in { $last4 }
billing-card-expiring-expiry = The { $card } on file for your { $shop } subscription has an expiry date of { $expiry }.
billing-card-expiring-soon = The { $card } on file for your { $shop } subscription is about to expire.
billing-card-expiring-charge = Your next payment is due on { $date }, after the card's expiry date, so it can't be charged to this card. Please update your payment method before then so the payment goes through.
billing-card-expiring-charge-amount = Your next payment of { $amount } is due on { $date }, after the card's expiry date, so it can't be charged to this card. Please update your payment method before then so the payment goes through.
billing-card-expiring-update = Please update your payment method so your next payment goes through.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Your subscription renews soon
billing-renewal-reminder-subject-date = Your subscription renews on { $date }
billing-renewal-reminder-renews = This is a reminder that your { $shop } subscription renews soon.
billing-renewal-reminder-renews-date = This is a reminder that your { $shop } subscription renews on { $date }.
billing-renewal-reminder-amount = Amount to be charged: { $amount }
billing-renewal-reminder-automatic = The payment method on file will be charged automatically, so you don't need to do anything to keep your subscription. If you'd like to change or cancel it, or update your payment method, please do so before it renews.
billing-renewal-reminder-button = Manage subscription
billing-renewal-reminder-text = Manage your subscription here:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Your trial ends soon
billing-trial-ending-subject-date = Your trial ends on { $date }
billing-trial-ending-ends = The trial of your { $shop } subscription ends soon, and there's no payment method on file yet.
billing-trial-ending-ends-date = The trial of your { $shop } subscription ends on { $date }, and there's no payment method on file yet.
billing-trial-ending-add = To keep your subscription after the trial, please add a payment method before then. Otherwise, your subscription may be paused or cancelled when the trial ends.
billing-trial-ending-button = Add payment method
billing-trial-ending-text = Add a payment method here:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Your payment was successful
billing-payment-recovered-subject-amount = Your payment of { $amount } was successful
billing-payment-recovered-received = We've received your payment for your { $shop } subscription. Thank you.
billing-payment-recovered-received-amount = We've received your payment of { $amount } for your { $shop } subscription. Thank you.
billing-payment-recovered-continues = Your subscription continues without interruption, and there's nothing more you need to do. If you received an earlier email from us about this payment, you can disregard it.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Please confirm your card for your { $shop } subscription
billing-setup-action-required-intro = Your bank asks you to confirm the card saved for your { $shop } subscription. This is an extra security check, such as 3-D Secure, to make sure it's really you.
billing-setup-action-required-until = Until you confirm it, we can't charge this card for your subscription's next payments. It only takes a moment.
billing-setup-action-required-button = Confirm your card
billing-setup-action-required-text = Confirm your card on our secure page:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Your card for your { $shop } subscription couldn't be saved
billing-setup-payment-method-required-intro = We tried to save the card for your { $shop } subscription, but your bank declined it.
billing-setup-payment-method-required-add = Please add another card or payment method so your subscription's next payments can go through.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Unsubscribe from these emails?
unsubscribe-confirm = You'll no longer receive emails like this one from us.
unsubscribe-button = Unsubscribe
unsubscribe-changed-mind = Changed your mind? Just close this page: nothing changes until you press the button.
unsubscribe-done-title = You're unsubscribed
unsubscribe-done = You won't receive these emails from us any more. You don't need to do anything else.
unsubscribe-expired-title = This link has expired
unsubscribe-expired = Unsubscribe links work for a year. Please use the link in a more recent email from us, or reply to one of our emails and we'll take you off the list.
unsubscribe-unavailable-title = Please try again
unsubscribe-unavailable = We couldn't save your request just now. Please open the link again in a few minutes.
unsubscribe-invalid-title = This link is not valid
unsubscribe-invalid = The link may have been cut off when it was copied. Please open it again from the email, or reply to the email and we'll take you off the list.

## The page a portal link opens when it cannot open the portal

portal-expired-title = This link has expired
portal-expired = For your security, billing links work for a limited time. Please use the link in our most recent email, or sign in to your account to manage your billing.
portal-invalid-title = This link is not valid
portal-invalid = The link may have been cut off when it was copied. Please open it again from the email, or sign in to your account to manage your billing.
portal-unknown-customer-title = We couldn't find your account
portal-unknown-customer = The account this link was made for no longer exists. If you think this is a mistake, please reply to our email and we'll help.
portal-unavailable-title = Please try again in a moment
portal-unavailable = We couldn't open your billing page just now. Please open the link again in a minute.
portal-other-title = The billing page isn't available
portal-other = Please sign in to your account to manage your billing, or reply to our email and we'll help.
portal-dry-run-title = Dry run: no portal session created
portal-dry-run = STRIPE_SECRET_KEY is not set, so this is what would be sent to { $endpoint }:
portal-confirmation = All done: your subscription is updated. Thank you!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Confirm your card
setup-ready = Your bank asks you to confirm the card saved for your subscription. Press the button, then follow your bank's steps.
setup-working = Waiting for your bank…
setup-succeeded = Your card is confirmed. Thank you! You can close this page.
setup-failed = Your card could not be confirmed. Please try again, or add another card from your account.
setup-button = Confirm my card
setup-nothing-to-do-title = Nothing to do
setup-nothing-to-do = Your card needs nothing more from you: it was confirmed already, or this request is no longer open. You can close this page.
setup-expired-title = This link has expired
setup-expired = For your security, these links work for a limited time. Please sign in to your account to manage your billing.
setup-unavailable-title = Please try again in a moment
setup-unavailable = We couldn't open this page just now. Please open the link again in a minute.
setup-invalid-title = This link is not valid
setup-invalid = The link may have been cut off when it was copied. Please open it again from the email, or sign in to your account to manage your billing.
