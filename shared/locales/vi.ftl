# Vietnamese (vi). Translated from en.ftl.

## Shared by the mails

cart-greeting = Xin chào,
billing-greeting = Xin chào,
button-fallback = Nếu nút không hoạt động, hãy sao chép liên kết này vào trình duyệt của bạn:
cart-quantity = Số lượng: { $quantity }
cart-more-items =
    { $count ->
       *[other] và { $count } sản phẩm khác
    }
cart-total = Tổng giá trị giỏ hàng: { $total }
cart-button = Quay lại giỏ hàng
cart-link-text = Tiếp tục mua sắm từ chỗ bạn đã dừng lại:
cart-promo-code = Nhập mã khuyến mãi { $code } khi thanh toán.
cart-footer-reason = Bạn nhận được email này vì đã đồng ý nhận email từ { $shop }.
cart-footer-unsubscribe = <a>Hủy đăng ký</a> nhận những email này.
cart-footer-unsubscribe-text = Hủy đăng ký nhận những email này:
billing-footer = Email này liên quan đến gói đăng ký { $shop } của bạn. Chúng tôi đã gửi email này đến địa chỉ email được lưu trong tài khoản của bạn.
billing-amount-due = Số tiền cần thanh toán: { $amount }
billing-update-button = Cập nhật phương thức thanh toán
billing-update-text = Cập nhật phương thức thanh toán của bạn tại đây:
retention-offer = Bạn đang cân nhắc hủy gói đăng ký? Trước khi quyết định, <a>hãy xem ưu đãi chúng tôi dành cho bạn</a>.
retention-offer-text = Bạn đang cân nhắc hủy gói đăng ký? Trước khi quyết định, hãy xem ưu đãi chúng tôi dành cho bạn:

## recovery: the first mail about an abandoned cart

recovery-subject = Bạn còn sản phẩm trong giỏ hàng tại { $shop }
recovery-intro = Bạn còn sản phẩm trong giỏ hàng tại { $shop }. Đừng lo, chúng tôi đã lưu lại giỏ hàng để bạn có thể tiếp tục ngay từ chỗ đã dừng.

## recovery-reminder: the second

recovery-reminder-subject = Giỏ hàng của bạn tại { $shop } vẫn đang chờ
recovery-reminder-intro = Xin nhắc bạn: những sản phẩm bạn đã chọn tại { $shop } vẫn còn trong giỏ hàng và đang được lưu lại cho bạn.

## recovery-last-call: the last

recovery-last-call-subject = Lời nhắc cuối: giỏ hàng của bạn tại { $shop }
recovery-last-call-intro = Đây là lời nhắc cuối cùng của chúng tôi về giỏ hàng bạn để lại tại { $shop }. Giỏ hàng vẫn đang được lưu nếu bạn muốn hoàn tất đơn hàng.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Thanh toán của bạn không thành công
billing-payment-failed-subject-amount = Khoản thanh toán { $amount } của bạn không thành công
billing-payment-failed-intro = Chúng tôi không thể trừ tiền qua phương thức thanh toán đã lưu cho gói đăng ký { $shop } của bạn.
billing-payment-failed-next-attempt = Chúng tôi sẽ thử lại vào { $date }. Vui lòng cập nhật phương thức thanh toán trước thời điểm đó để gói đăng ký của bạn không bị gián đoạn.
billing-payment-failed-update = Vui lòng cập nhật phương thức thanh toán để gói đăng ký của bạn không bị gián đoạn.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Nhắc nhở: khoản thanh toán của bạn vẫn chưa hoàn tất
billing-payment-reminder-subject-amount = Nhắc nhở: khoản thanh toán { $amount } của bạn vẫn chưa hoàn tất
billing-payment-reminder-intro = Chúng tôi đã thử trừ tiền lại qua phương thức thanh toán đã lưu cho gói đăng ký { $shop } của bạn, nhưng thanh toán vẫn không thành công.
billing-payment-reminder-next-attempt = Lần thử tiếp theo của chúng tôi sẽ vào { $date }. Vui lòng cập nhật phương thức thanh toán trước thời điểm đó để duy trì gói đăng ký của bạn.
billing-payment-reminder-update = Vui lòng cập nhật phương thức thanh toán để duy trì gói đăng ký của bạn.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Thông báo cuối cùng: thanh toán của bạn không thành công
billing-final-notice-subject-amount = Thông báo cuối cùng: khoản thanh toán { $amount } của bạn không thành công
billing-final-notice-intro = Chúng tôi không thể thu khoản thanh toán cho gói đăng ký { $shop } của bạn. Đó là lần thử tự động cuối cùng: chúng tôi sẽ không trừ tiền qua phương thức thanh toán của bạn nữa.
billing-final-notice-pay = Để duy trì gói đăng ký, vui lòng thanh toán hóa đơn ngay bây giờ.
billing-final-notice-pay-or-update = Để duy trì gói đăng ký, vui lòng thanh toán hóa đơn ngay bây giờ hoặc cập nhật phương thức thanh toán.
billing-final-notice-update = Để duy trì gói đăng ký, vui lòng cập nhật phương thức thanh toán ngay bây giờ.
billing-final-notice-pay-button = Thanh toán hóa đơn
billing-final-notice-or-update = Hoặc <a>cập nhật phương thức thanh toán</a>
billing-final-notice-pay-text = Để duy trì gói đăng ký, vui lòng thanh toán hóa đơn ngay bây giờ:
billing-final-notice-or-update-text = Hoặc cập nhật phương thức thanh toán tại đây:
billing-final-notice-update-text = Để duy trì gói đăng ký, vui lòng cập nhật phương thức thanh toán ngay bây giờ:
billing-final-notice-consequence = Nếu khoản thanh toán không được hoàn tất, gói đăng ký của bạn có thể bị tạm dừng hoặc bị hủy.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Vui lòng xác nhận thanh toán của bạn
billing-payment-action-required-subject-amount = Vui lòng xác nhận khoản thanh toán { $amount } của bạn
billing-payment-action-required-intro = Ngân hàng của bạn yêu cầu bạn xác nhận khoản thanh toán cho gói đăng ký { $shop }. Đây là bước kiểm tra bảo mật bổ sung, chẳng hạn như 3-D Secure, để đảm bảo đúng là bạn thực hiện. Khoản thanh toán chỉ được xử lý sau khi bạn xác nhận.
billing-payment-action-required-button = Xác nhận thanh toán
billing-payment-action-required-text = Xác nhận thanh toán của bạn trên trang thanh toán bảo mật:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Gói đăng ký của bạn đã được hủy
billing-cancellation-confirmation-confirmed = Chúng tôi xác nhận gói đăng ký { $shop } của bạn đã được hủy và sẽ không được gia hạn.
billing-cancellation-confirmation-confirmed-date = Chúng tôi xác nhận gói đăng ký { $shop } của bạn đã được hủy, có hiệu lực từ { $date }, và sẽ không được gia hạn.
billing-cancellation-confirmation-again = Nếu muốn đăng ký lại sau này, bạn có thể thực hiện bất cứ lúc nào.
billing-cancellation-confirmation-button = Đăng ký lại
billing-cancellation-confirmation-text = Nếu muốn đăng ký lại sau này, bạn có thể thực hiện tại đây:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Thẻ của bạn sẽ hết hạn trước kỳ thanh toán tiếp theo
billing-card-expiring-subject-last4 = Thẻ có 4 số cuối { $last4 } của bạn sẽ hết hạn trước kỳ thanh toán tiếp theo
card = thẻ
card-brand = thẻ { $brand }
card-last4 = thẻ có 4 số cuối { $last4 }
card-brand-last4 = thẻ { $brand } có 4 số cuối { $last4 }
billing-card-expiring-expiry = Gói đăng ký { $shop } của bạn đang dùng { $card }, có thời hạn sử dụng đến { $expiry }.
billing-card-expiring-soon = Gói đăng ký { $shop } của bạn đang dùng { $card }, và thẻ này sắp hết hạn.
billing-card-expiring-charge = Khoản thanh toán tiếp theo của bạn đến hạn vào { $date }, sau ngày hết hạn của thẻ, nên không thể trừ tiền qua thẻ này. Vui lòng cập nhật phương thức thanh toán trước thời điểm đó để thanh toán thành công.
billing-card-expiring-charge-amount = Khoản thanh toán tiếp theo { $amount } của bạn đến hạn vào { $date }, sau ngày hết hạn của thẻ, nên không thể trừ tiền qua thẻ này. Vui lòng cập nhật phương thức thanh toán trước thời điểm đó để thanh toán thành công.
billing-card-expiring-update = Vui lòng cập nhật phương thức thanh toán để khoản thanh toán tiếp theo của bạn được thực hiện thành công.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Gói đăng ký của bạn sắp được gia hạn
billing-renewal-reminder-subject-date = Gói đăng ký của bạn sẽ được gia hạn vào { $date }
billing-renewal-reminder-renews = Xin nhắc bạn rằng gói đăng ký { $shop } của bạn sắp được gia hạn.
billing-renewal-reminder-renews-date = Xin nhắc bạn rằng gói đăng ký { $shop } của bạn sẽ được gia hạn vào { $date }.
billing-renewal-reminder-amount = Số tiền sẽ được trừ: { $amount }
billing-renewal-reminder-automatic = Phương thức thanh toán đã lưu sẽ được trừ tiền tự động, vì vậy bạn không cần làm gì để duy trì gói đăng ký. Nếu muốn thay đổi hoặc hủy gói đăng ký, hay cập nhật phương thức thanh toán, vui lòng thực hiện trước khi gói được gia hạn.
billing-renewal-reminder-button = Quản lý gói đăng ký
billing-renewal-reminder-text = Quản lý gói đăng ký của bạn tại đây:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Thời gian dùng thử của bạn sắp kết thúc
billing-trial-ending-subject-date = Thời gian dùng thử của bạn kết thúc vào { $date }
billing-trial-ending-ends = Thời gian dùng thử gói đăng ký { $shop } của bạn sắp kết thúc và bạn chưa lưu phương thức thanh toán nào.
billing-trial-ending-ends-date = Thời gian dùng thử gói đăng ký { $shop } của bạn kết thúc vào { $date } và bạn chưa lưu phương thức thanh toán nào.
billing-trial-ending-add = Để tiếp tục sử dụng gói đăng ký sau thời gian dùng thử, vui lòng thêm phương thức thanh toán trước thời điểm đó. Nếu không, gói đăng ký của bạn có thể bị tạm dừng hoặc bị hủy khi thời gian dùng thử kết thúc.
billing-trial-ending-button = Thêm phương thức thanh toán
billing-trial-ending-text = Thêm phương thức thanh toán tại đây:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Thanh toán của bạn đã thành công
billing-payment-recovered-subject-amount = Khoản thanh toán { $amount } của bạn đã thành công
billing-payment-recovered-received = Chúng tôi đã nhận được khoản thanh toán cho gói đăng ký { $shop } của bạn. Cảm ơn bạn.
billing-payment-recovered-received-amount = Chúng tôi đã nhận được khoản thanh toán { $amount } cho gói đăng ký { $shop } của bạn. Cảm ơn bạn.
billing-payment-recovered-continues = Gói đăng ký của bạn vẫn tiếp tục mà không bị gián đoạn và bạn không cần làm gì thêm. Nếu trước đó bạn đã nhận được email từ chúng tôi về khoản thanh toán này, bạn có thể bỏ qua email đó.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Vui lòng xác nhận thẻ cho gói đăng ký { $shop } của bạn
billing-setup-action-required-intro = Ngân hàng của bạn yêu cầu bạn xác nhận thẻ đã lưu cho gói đăng ký { $shop }. Đây là bước kiểm tra bảo mật bổ sung, chẳng hạn như 3-D Secure, để đảm bảo đúng là bạn thực hiện.
billing-setup-action-required-until = Cho đến khi bạn xác nhận, chúng tôi không thể trừ tiền qua thẻ này cho các kỳ thanh toán tiếp theo của gói đăng ký. Việc này chỉ mất một chút thời gian.
billing-setup-action-required-button = Xác nhận thẻ của bạn
billing-setup-action-required-text = Xác nhận thẻ của bạn trên trang bảo mật của chúng tôi:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Không thể lưu thẻ cho gói đăng ký { $shop } của bạn
billing-setup-payment-method-required-intro = Chúng tôi đã thử lưu thẻ cho gói đăng ký { $shop } của bạn, nhưng ngân hàng của bạn đã từ chối.
billing-setup-payment-method-required-add = Vui lòng thêm thẻ hoặc phương thức thanh toán khác để các kỳ thanh toán tiếp theo của gói đăng ký được thực hiện thành công.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Hủy đăng ký nhận những email này?
unsubscribe-confirm = Bạn sẽ không còn nhận được những email như thế này từ chúng tôi.
unsubscribe-button = Hủy đăng ký
unsubscribe-changed-mind = Bạn đổi ý? Chỉ cần đóng trang này: sẽ không có gì thay đổi cho đến khi bạn nhấn nút.
unsubscribe-done-title = Bạn đã hủy đăng ký
unsubscribe-done = Bạn sẽ không nhận được những email này từ chúng tôi nữa. Bạn không cần làm gì thêm.
unsubscribe-expired-title = Liên kết này đã hết hạn
unsubscribe-expired = Liên kết hủy đăng ký có hiệu lực trong một năm. Vui lòng dùng liên kết trong một email gần đây hơn của chúng tôi, hoặc trả lời một email bất kỳ của chúng tôi và chúng tôi sẽ xóa bạn khỏi danh sách.
unsubscribe-unavailable-title = Vui lòng thử lại
unsubscribe-unavailable = Chúng tôi chưa thể lưu yêu cầu của bạn lúc này. Vui lòng mở lại liên kết sau vài phút.
unsubscribe-invalid-title = Liên kết này không hợp lệ
unsubscribe-invalid = Liên kết có thể đã bị cắt mất một phần khi sao chép. Vui lòng mở lại liên kết từ email, hoặc trả lời email đó và chúng tôi sẽ xóa bạn khỏi danh sách.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Liên kết này đã hết hạn
portal-expired = Để bảo mật cho bạn, liên kết quản lý thanh toán chỉ có hiệu lực trong thời gian giới hạn. Vui lòng dùng liên kết trong email gần đây nhất của chúng tôi, hoặc đăng nhập vào tài khoản để quản lý thanh toán.
portal-invalid-title = Liên kết này không hợp lệ
portal-invalid = Liên kết có thể đã bị cắt mất một phần khi sao chép. Vui lòng mở lại liên kết từ email, hoặc đăng nhập vào tài khoản để quản lý thanh toán.
portal-unknown-customer-title = Chúng tôi không tìm thấy tài khoản của bạn
portal-unknown-customer = Tài khoản gắn với liên kết này không còn tồn tại. Nếu bạn cho rằng đây là nhầm lẫn, vui lòng trả lời email của chúng tôi và chúng tôi sẽ hỗ trợ bạn.
portal-unavailable-title = Vui lòng thử lại sau giây lát
portal-unavailable = Chúng tôi chưa thể mở trang thanh toán của bạn lúc này. Vui lòng mở lại liên kết sau một phút.
portal-other-title = Trang thanh toán hiện không khả dụng
portal-other = Vui lòng đăng nhập vào tài khoản để quản lý thanh toán, hoặc trả lời email của chúng tôi và chúng tôi sẽ hỗ trợ bạn.
portal-dry-run-title = Chạy thử: không có phiên cổng thanh toán nào được tạo
portal-dry-run = STRIPE_SECRET_KEY chưa được thiết lập, nên đây là nội dung sẽ được gửi đến { $endpoint }:
portal-confirmation = Hoàn tất: gói đăng ký của bạn đã được cập nhật. Cảm ơn bạn!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Xác nhận thẻ của bạn
setup-ready = Ngân hàng của bạn yêu cầu bạn xác nhận thẻ đã lưu cho gói đăng ký. Hãy nhấn nút, sau đó làm theo các bước của ngân hàng.
setup-working = Đang chờ ngân hàng của bạn…
setup-succeeded = Thẻ của bạn đã được xác nhận. Cảm ơn bạn! Bạn có thể đóng trang này.
setup-failed = Không thể xác nhận thẻ của bạn. Vui lòng thử lại hoặc thêm thẻ khác từ tài khoản của bạn.
setup-button = Xác nhận thẻ của tôi
setup-nothing-to-do-title = Không cần làm gì thêm
setup-nothing-to-do = Thẻ của bạn không cần thao tác gì thêm: thẻ đã được xác nhận trước đó, hoặc yêu cầu này không còn hiệu lực. Bạn có thể đóng trang này.
setup-expired-title = Liên kết này đã hết hạn
setup-expired = Để bảo mật cho bạn, các liên kết này chỉ có hiệu lực trong thời gian giới hạn. Vui lòng đăng nhập vào tài khoản để quản lý thanh toán.
setup-unavailable-title = Vui lòng thử lại sau giây lát
setup-unavailable = Chúng tôi chưa thể mở trang này lúc này. Vui lòng mở lại liên kết sau một phút.
setup-invalid-title = Liên kết này không hợp lệ
setup-invalid = Liên kết có thể đã bị cắt mất một phần khi sao chép. Vui lòng mở lại liên kết từ email, hoặc đăng nhập vào tài khoản để quản lý thanh toán.
