/** English strings of `<llave-contact-verifier>` (same keys as es-MX). */
export default {
  intro: {
    email: 'We sent a 6-digit code to your email {{destination}}.',
    sms: 'We sent a 6-digit code by text message to {{destination}}.',
  },
  label: 'Verification code',
  help: "Type or paste the code. If you can't find it, check your spam folder.",
  submit: 'Confirm code',
  checking: 'Checking the code…',
  resend: 'Send another code',
  resendIn: 'You can ask for another code in {{time}}.',
  resendStarted: 'You can ask for another code in {{seconds}} seconds.',
  resendReady: 'You can now ask for another code.',
  resent: 'We sent a new code to {{destination}}. Only the latest one works.',
  wrongContact: "That's wrong, let me fix it",
  correct: {
    email: 'Your email address',
    sms: 'Your mobile number',
    help: "We'll send a new code here.",
    submit: 'Send the code here',
  },
  verified: {
    email: 'Done, your email is confirmed.',
    sms: 'Done, your mobile number is confirmed.',
  },
  errors: {
    code_required: 'Type the code we sent you.',
    code_format: 'The code has 6 digits. Check that it is complete.',
    code_invalid_one: "That code isn't right. You have {{count}} try left.",
    code_invalid_other: "That code isn't right. You have {{count}} tries left.",
    too_many_attempts: 'Too many wrong codes. For your security, ask for a new code.',
    resend_too_soon: "You can't ask for another code yet. Wait {{seconds}} seconds.",
    not_found:
      'This verification no longer exists. Start again or call LOCATEL for help: 55 5658 1111.',
    destination_invalid: "Check it: it doesn't look like a valid email or mobile number.",
  },
};
