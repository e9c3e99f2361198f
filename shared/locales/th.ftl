# Thai (th). Translated from en.ftl.

## Shared by the mails

cart-greeting = สวัสดี
billing-greeting = เรียน ลูกค้า
button-fallback = หากปุ่มไม่ทำงาน โปรดคัดลอกลิงก์นี้ไปวางในเบราว์เซอร์:
cart-quantity = จำนวน: { $quantity }
cart-more-items = และสินค้าอีก { $count } รายการ
cart-total = ยอดรวมในตะกร้า: { $total }
cart-button = กลับไปที่ตะกร้าสินค้า
cart-link-text = กลับมาเลือกซื้อต่อจากที่ค้างไว้:
cart-promo-code = โปรดกรอกรหัสโปรโมชัน { $code } ในขั้นตอนชำระเงิน
cart-footer-reason = คุณได้รับอีเมลนี้เนื่องจากคุณยินยอมรับอีเมลจาก { $shop }
cart-footer-unsubscribe = <a>ยกเลิกการรับอีเมล</a>ประเภทนี้
cart-footer-unsubscribe-text = ยกเลิกการรับอีเมลประเภทนี้:
billing-footer = อีเมลนี้เกี่ยวกับการสมัครใช้บริการ { $shop } ของคุณ เราส่งอีเมลนี้ไปยังที่อยู่อีเมลที่ลงทะเบียนไว้ในบัญชีของคุณ
billing-amount-due = ยอดที่ต้องชำระ: { $amount }
billing-update-button = อัปเดตวิธีการชำระเงิน
billing-update-text = อัปเดตวิธีการชำระเงินของคุณได้ที่นี่:
retention-offer = หากคุณกำลังพิจารณายกเลิก ก่อนตัดสินใจ โปรด<a>ดูข้อเสนอที่เรามีให้คุณ</a>
retention-offer-text = หากคุณกำลังพิจารณายกเลิก ก่อนตัดสินใจ โปรดดูข้อเสนอที่เรามีให้คุณ:

## recovery: the first mail about an abandoned cart

recovery-subject = คุณมีสินค้าค้างอยู่ในตะกร้าที่ { $shop }
recovery-intro = คุณมีสินค้าค้างอยู่ในตะกร้าที่ { $shop } ไม่ต้องกังวล เราบันทึกไว้ให้คุณแล้ว คุณจึงกลับมาเลือกซื้อต่อจากที่ค้างไว้ได้ทันที

## recovery-reminder: the second

recovery-reminder-subject = ตะกร้าสินค้าของคุณที่ { $shop } ยังรอคุณอยู่
recovery-reminder-intro = ขอแจ้งเตือนอีกครั้งว่า สินค้าที่คุณเลือกไว้ที่ { $shop } ยังคงอยู่ในตะกร้า โดยเราบันทึกไว้ให้คุณแล้ว

## recovery-last-call: the last

recovery-last-call-subject = แจ้งเตือนครั้งสุดท้าย: ตะกร้าสินค้าของคุณที่ { $shop }
recovery-last-call-intro = นี่คือการแจ้งเตือนครั้งสุดท้ายเกี่ยวกับตะกร้าสินค้าที่คุณทิ้งไว้ที่ { $shop } หากคุณต้องการทำรายการสั่งซื้อให้เสร็จสมบูรณ์ ตะกร้ายังคงบันทึกไว้ให้คุณ

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = การชำระเงินของคุณไม่สำเร็จ
billing-payment-failed-subject-amount = การชำระเงินจำนวน { $amount } ของคุณไม่สำเร็จ
billing-payment-failed-intro = เราไม่สามารถเรียกเก็บเงินจากวิธีการชำระเงินที่บันทึกไว้สำหรับการสมัครใช้บริการ { $shop } ของคุณได้
billing-payment-failed-next-attempt = เราจะเรียกเก็บเงินอีกครั้งในวันที่ { $date } โปรดอัปเดตวิธีการชำระเงินก่อนวันดังกล่าว เพื่อให้การสมัครใช้บริการของคุณดำเนินต่อไปโดยไม่หยุดชะงัก
billing-payment-failed-update = โปรดอัปเดตวิธีการชำระเงิน เพื่อให้การสมัครใช้บริการของคุณดำเนินต่อไปโดยไม่หยุดชะงัก

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = แจ้งเตือน: การชำระเงินของคุณยังค้างอยู่
billing-payment-reminder-subject-amount = แจ้งเตือน: ยอดชำระ { $amount } ของคุณยังค้างอยู่
billing-payment-reminder-intro = เราได้พยายามเรียกเก็บเงินจากวิธีการชำระเงินที่บันทึกไว้สำหรับการสมัครใช้บริการ { $shop } ของคุณอีกครั้ง แต่การชำระเงินยังไม่สำเร็จ
billing-payment-reminder-next-attempt = เราจะเรียกเก็บเงินครั้งถัดไปในวันที่ { $date } โปรดอัปเดตวิธีการชำระเงินก่อนวันดังกล่าว เพื่อให้การสมัครใช้บริการของคุณยังคงใช้งานได้
billing-payment-reminder-update = โปรดอัปเดตวิธีการชำระเงิน เพื่อให้การสมัครใช้บริการของคุณยังคงใช้งานได้

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = แจ้งครั้งสุดท้าย: การชำระเงินของคุณไม่สำเร็จ
billing-final-notice-subject-amount = แจ้งครั้งสุดท้าย: การชำระเงินจำนวน { $amount } ของคุณไม่สำเร็จ
billing-final-notice-intro = เราไม่สามารถเรียกเก็บเงินสำหรับการสมัครใช้บริการ { $shop } ของคุณได้ และนี่เป็นการเรียกเก็บเงินอัตโนมัติครั้งสุดท้าย เราจะไม่เรียกเก็บเงินจากวิธีการชำระเงินของคุณอีก
billing-final-notice-pay = หากต้องการใช้บริการต่อ โปรดชำระใบแจ้งหนี้ตอนนี้
billing-final-notice-pay-or-update = หากต้องการใช้บริการต่อ โปรดชำระใบแจ้งหนี้หรืออัปเดตวิธีการชำระเงินตอนนี้
billing-final-notice-update = หากต้องการใช้บริการต่อ โปรดอัปเดตวิธีการชำระเงินตอนนี้
billing-final-notice-pay-button = ชำระใบแจ้งหนี้
billing-final-notice-or-update = หรือ<a>อัปเดตวิธีการชำระเงิน</a>
billing-final-notice-pay-text = หากต้องการใช้บริการต่อ โปรดชำระใบแจ้งหนี้ตอนนี้:
billing-final-notice-or-update-text = หรืออัปเดตวิธีการชำระเงินได้ที่นี่:
billing-final-notice-update-text = หากต้องการใช้บริการต่อ โปรดอัปเดตวิธีการชำระเงินตอนนี้:
billing-final-notice-consequence = หากไม่มีการชำระเงิน การสมัครใช้บริการของคุณอาจถูกระงับชั่วคราวหรือถูกยกเลิก

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = โปรดยืนยันการชำระเงินของคุณ
billing-payment-action-required-subject-amount = โปรดยืนยันการชำระเงินจำนวน { $amount } ของคุณ
billing-payment-action-required-intro = ธนาคารของคุณขอให้คุณยืนยันการชำระเงินสำหรับการสมัครใช้บริการ { $shop } นี่เป็นการตรวจสอบความปลอดภัยเพิ่มเติม เช่น 3-D Secure เพื่อยืนยันว่าเป็นคุณจริง การชำระเงินจะไม่สำเร็จจนกว่าคุณจะยืนยัน
billing-payment-action-required-button = ยืนยันการชำระเงิน
billing-payment-action-required-text = ยืนยันการชำระเงินของคุณในหน้าชำระเงินที่ปลอดภัย:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = การสมัครใช้บริการของคุณถูกยกเลิกแล้ว
billing-cancellation-confirmation-confirmed = ขอยืนยันว่าการสมัครใช้บริการ { $shop } ของคุณถูกยกเลิกแล้ว และจะไม่มีการต่ออายุ
billing-cancellation-confirmation-confirmed-date = ขอยืนยันว่าการสมัครใช้บริการ { $shop } ของคุณถูกยกเลิกแล้ว โดยมีผลตั้งแต่วันที่ { $date } และจะไม่มีการต่ออายุ
billing-cancellation-confirmation-again = หากคุณต้องการสมัครใช้บริการอีกครั้งในภายหลัง คุณสามารถทำได้ทุกเมื่อ
billing-cancellation-confirmation-button = สมัครอีกครั้ง
billing-cancellation-confirmation-text = หากคุณต้องการสมัครใช้บริการอีกครั้งในภายหลัง สามารถทำได้ที่นี่:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = บัตรของคุณจะหมดอายุก่อนการชำระเงินครั้งถัดไป
billing-card-expiring-subject-last4 = บัตรของคุณที่ลงท้ายด้วย { $last4 } จะหมดอายุก่อนการชำระเงินครั้งถัดไป
card = บัตร
card-brand = บัตร { $brand }
card-last4 = บัตรที่ลงท้ายด้วย { $last4 }
card-brand-last4 = บัตร { $brand } ที่ลงท้ายด้วย { $last4 }
billing-card-expiring-expiry = การสมัครใช้บริการ { $shop } ของคุณใช้{ $card } ซึ่งมีวันหมดอายุ { $expiry }
billing-card-expiring-soon = การสมัครใช้บริการ { $shop } ของคุณใช้{ $card } ซึ่งกำลังจะหมดอายุ
billing-card-expiring-charge = การชำระเงินครั้งถัดไปของคุณครบกำหนดในวันที่ { $date } ซึ่งเลยวันหมดอายุของบัตรแล้ว จึงไม่สามารถเรียกเก็บเงินจากบัตรนี้ได้ โปรดอัปเดตวิธีการชำระเงินก่อนวันดังกล่าว เพื่อให้การชำระเงินสำเร็จ
billing-card-expiring-charge-amount = การชำระเงินครั้งถัดไปจำนวน { $amount } ของคุณครบกำหนดในวันที่ { $date } ซึ่งเลยวันหมดอายุของบัตรแล้ว จึงไม่สามารถเรียกเก็บเงินจากบัตรนี้ได้ โปรดอัปเดตวิธีการชำระเงินก่อนวันดังกล่าว เพื่อให้การชำระเงินสำเร็จ
billing-card-expiring-update = โปรดอัปเดตวิธีการชำระเงิน เพื่อให้การชำระเงินครั้งถัดไปสำเร็จ

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = การสมัครใช้บริการของคุณใกล้ถึงกำหนดต่ออายุ
billing-renewal-reminder-subject-date = การสมัครใช้บริการของคุณจะต่ออายุในวันที่ { $date }
billing-renewal-reminder-renews = ขอแจ้งให้ทราบว่าการสมัครใช้บริการ { $shop } ของคุณใกล้ถึงกำหนดต่ออายุ
billing-renewal-reminder-renews-date = ขอแจ้งให้ทราบว่าการสมัครใช้บริการ { $shop } ของคุณจะต่ออายุในวันที่ { $date }
billing-renewal-reminder-amount = ยอดที่จะเรียกเก็บ: { $amount }
billing-renewal-reminder-automatic = ระบบจะเรียกเก็บเงินจากวิธีการชำระเงินที่บันทึกไว้โดยอัตโนมัติ คุณจึงไม่ต้องดำเนินการใดๆ เพื่อใช้บริการต่อ หากต้องการเปลี่ยนแปลงหรือยกเลิกการสมัครใช้บริการ หรืออัปเดตวิธีการชำระเงิน โปรดดำเนินการก่อนวันต่ออายุ
billing-renewal-reminder-button = จัดการการสมัครใช้บริการ
billing-renewal-reminder-text = จัดการการสมัครใช้บริการของคุณได้ที่นี่:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = ช่วงทดลองใช้ของคุณใกล้สิ้นสุดแล้ว
billing-trial-ending-subject-date = ช่วงทดลองใช้ของคุณจะสิ้นสุดในวันที่ { $date }
billing-trial-ending-ends = ช่วงทดลองใช้สำหรับการสมัครใช้บริการ { $shop } ของคุณใกล้สิ้นสุดแล้ว แต่ยังไม่มีวิธีการชำระเงินที่บันทึกไว้
billing-trial-ending-ends-date = ช่วงทดลองใช้สำหรับการสมัครใช้บริการ { $shop } ของคุณจะสิ้นสุดในวันที่ { $date } แต่ยังไม่มีวิธีการชำระเงินที่บันทึกไว้
billing-trial-ending-add = หากต้องการใช้บริการต่อหลังสิ้นสุดช่วงทดลองใช้ โปรดเพิ่มวิธีการชำระเงินก่อนถึงเวลานั้น มิฉะนั้น การสมัครใช้บริการของคุณอาจถูกระงับชั่วคราวหรือถูกยกเลิกเมื่อช่วงทดลองใช้สิ้นสุดลง
billing-trial-ending-button = เพิ่มวิธีการชำระเงิน
billing-trial-ending-text = เพิ่มวิธีการชำระเงินได้ที่นี่:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = การชำระเงินของคุณสำเร็จแล้ว
billing-payment-recovered-subject-amount = การชำระเงินจำนวน { $amount } ของคุณสำเร็จแล้ว
billing-payment-recovered-received = เราได้รับการชำระเงินสำหรับการสมัครใช้บริการ { $shop } ของคุณแล้ว ขอขอบคุณ
billing-payment-recovered-received-amount = เราได้รับการชำระเงินจำนวน { $amount } สำหรับการสมัครใช้บริการ { $shop } ของคุณแล้ว ขอขอบคุณ
billing-payment-recovered-continues = การสมัครใช้บริการของคุณจะดำเนินต่อไปโดยไม่หยุดชะงัก และคุณไม่ต้องดำเนินการใดๆ เพิ่มเติม หากคุณเคยได้รับอีเมลจากเราเกี่ยวกับการชำระเงินนี้ก่อนหน้านี้ โปรดละเว้นอีเมลดังกล่าว

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = โปรดยืนยันบัตรของคุณสำหรับการสมัครใช้บริการ { $shop }
billing-setup-action-required-intro = ธนาคารของคุณขอให้คุณยืนยันบัตรที่บันทึกไว้สำหรับการสมัครใช้บริการ { $shop } นี่เป็นการตรวจสอบความปลอดภัยเพิ่มเติม เช่น 3-D Secure เพื่อยืนยันว่าเป็นคุณจริง
billing-setup-action-required-until = เราจะไม่สามารถเรียกเก็บค่าบริการงวดถัดไปจากบัตรนี้ได้จนกว่าคุณจะยืนยัน ซึ่งใช้เวลาเพียงครู่เดียว
billing-setup-action-required-button = ยืนยันบัตรของคุณ
billing-setup-action-required-text = ยืนยันบัตรของคุณในหน้าที่ปลอดภัยของเรา:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = ไม่สามารถบันทึกบัตรของคุณสำหรับการสมัครใช้บริการ { $shop } ได้
billing-setup-payment-method-required-intro = เราพยายามบันทึกบัตรสำหรับการสมัครใช้บริการ { $shop } ของคุณ แต่ธนาคารของคุณปฏิเสธ
billing-setup-payment-method-required-add = โปรดเพิ่มบัตรใบอื่นหรือวิธีการชำระเงินอื่น เพื่อให้การชำระค่าบริการงวดถัดไปดำเนินการได้

## The page an unsubscribe link opens

unsubscribe-confirm-title = ยกเลิกการรับอีเมลประเภทนี้ใช่หรือไม่
unsubscribe-confirm = คุณจะไม่ได้รับอีเมลลักษณะนี้จากเราอีก
unsubscribe-button = ยกเลิกการรับอีเมล
unsubscribe-changed-mind = หากเปลี่ยนใจ เพียงปิดหน้านี้ได้เลย จะไม่มีการเปลี่ยนแปลงใดๆ จนกว่าคุณจะกดปุ่ม
unsubscribe-done-title = ยกเลิกการรับอีเมลเรียบร้อยแล้ว
unsubscribe-done = คุณจะไม่ได้รับอีเมลเหล่านี้จากเราอีก และไม่ต้องดำเนินการใดๆ เพิ่มเติม
unsubscribe-expired-title = ลิงก์นี้หมดอายุแล้ว
unsubscribe-expired = ลิงก์ยกเลิกการรับอีเมลใช้งานได้หนึ่งปี โปรดใช้ลิงก์ในอีเมลฉบับที่ใหม่กว่าจากเรา หรือตอบกลับอีเมลฉบับใดก็ได้ของเรา แล้วเราจะนำคุณออกจากรายชื่อผู้รับ
unsubscribe-unavailable-title = โปรดลองอีกครั้ง
unsubscribe-unavailable = เราไม่สามารถบันทึกคำขอของคุณได้ในขณะนี้ โปรดเปิดลิงก์อีกครั้งในอีกไม่กี่นาที
unsubscribe-invalid-title = ลิงก์นี้ไม่ถูกต้อง
unsubscribe-invalid = ลิงก์อาจถูกตัดขาดระหว่างการคัดลอก โปรดเปิดลิงก์อีกครั้งจากอีเมล หรือตอบกลับอีเมลนั้น แล้วเราจะนำคุณออกจากรายชื่อผู้รับ

## The page a portal link opens when it cannot open the portal

portal-expired-title = ลิงก์นี้หมดอายุแล้ว
portal-expired = เพื่อความปลอดภัยของคุณ ลิงก์สำหรับการเรียกเก็บเงินใช้งานได้ในระยะเวลาจำกัด โปรดใช้ลิงก์ในอีเมลฉบับล่าสุดของเรา หรือลงชื่อเข้าใช้บัญชีของคุณเพื่อจัดการการเรียกเก็บเงิน
portal-invalid-title = ลิงก์นี้ไม่ถูกต้อง
portal-invalid = ลิงก์อาจถูกตัดขาดระหว่างการคัดลอก โปรดเปิดลิงก์อีกครั้งจากอีเมล หรือลงชื่อเข้าใช้บัญชีของคุณเพื่อจัดการการเรียกเก็บเงิน
portal-unknown-customer-title = ไม่พบบัญชีของคุณ
portal-unknown-customer = บัญชีที่เชื่อมโยงกับลิงก์นี้ไม่มีอยู่อีกต่อไป หากคุณคิดว่านี่เป็นข้อผิดพลาด โปรดตอบกลับอีเมลของเรา แล้วเรายินดีให้ความช่วยเหลือ
portal-unavailable-title = โปรดลองอีกครั้งในอีกสักครู่
portal-unavailable = เราไม่สามารถเปิดหน้าการเรียกเก็บเงินของคุณได้ในขณะนี้ โปรดเปิดลิงก์อีกครั้งในอีกสักครู่
portal-other-title = หน้าการเรียกเก็บเงินไม่พร้อมใช้งาน
portal-other = โปรดลงชื่อเข้าใช้บัญชีของคุณเพื่อจัดการการเรียกเก็บเงิน หรือตอบกลับอีเมลของเรา แล้วเรายินดีให้ความช่วยเหลือ
portal-dry-run-title = ทดลองรัน: ไม่ได้สร้างเซสชันพอร์ทัล
portal-dry-run = ไม่ได้ตั้งค่า STRIPE_SECRET_KEY ดังนั้นนี่คือข้อมูลที่จะถูกส่งไปยัง { $endpoint }:
portal-confirmation = เรียบร้อยแล้ว การสมัครใช้บริการของคุณได้รับการอัปเดตแล้ว ขอขอบคุณ

## The page where a customer confirms a saved card with their bank

setup-confirm-title = ยืนยันบัตรของคุณ
setup-ready = ธนาคารของคุณขอให้คุณยืนยันบัตรที่บันทึกไว้สำหรับการสมัครใช้บริการ โปรดกดปุ่ม แล้วทำตามขั้นตอนของธนาคาร
setup-working = กำลังรอธนาคารของคุณ…
setup-succeeded = ยืนยันบัตรของคุณเรียบร้อยแล้ว ขอขอบคุณ คุณสามารถปิดหน้านี้ได้
setup-failed = ไม่สามารถยืนยันบัตรของคุณได้ โปรดลองอีกครั้ง หรือเพิ่มบัตรใบอื่นจากบัญชีของคุณ
setup-button = ยืนยันบัตรของฉัน
setup-nothing-to-do-title = ไม่ต้องดำเนินการใดๆ
setup-nothing-to-do = คุณไม่ต้องดำเนินการใดๆ เพิ่มเติมกับบัตรของคุณ เนื่องจากบัตรได้รับการยืนยันแล้ว หรือคำขอนี้สิ้นสุดไปแล้ว คุณสามารถปิดหน้านี้ได้
setup-expired-title = ลิงก์นี้หมดอายุแล้ว
setup-expired = เพื่อความปลอดภัยของคุณ ลิงก์เหล่านี้ใช้งานได้ในระยะเวลาจำกัด โปรดลงชื่อเข้าใช้บัญชีของคุณเพื่อจัดการการเรียกเก็บเงิน
setup-unavailable-title = โปรดลองอีกครั้งในอีกสักครู่
setup-unavailable = เราไม่สามารถเปิดหน้านี้ได้ในขณะนี้ โปรดเปิดลิงก์อีกครั้งในอีกสักครู่
setup-invalid-title = ลิงก์นี้ไม่ถูกต้อง
setup-invalid = ลิงก์อาจถูกตัดขาดระหว่างการคัดลอก โปรดเปิดลิงก์อีกครั้งจากอีเมล หรือลงชื่อเข้าใช้บัญชีของคุณเพื่อจัดการการเรียกเก็บเงิน
