/** English strings of `<llave-password-reset>` (same keys as es-MX). */
export default {
  steps: {
    start: 'Recover your password',
    code: 'Enter the code',
    password: 'Create your new password',
    done: 'Your password was changed',
  },
  intro: "Enter your CURP and your account's email or mobile number. We'll send you a code.",
  curpHelp: '18 letters and numbers.',
  contact: "Your account's email or mobile",
  contactHelp: 'The one you registered with Llave CDMX.',
  send: 'Send code',
  sending: 'Sending…',
  sent: 'If the details match an account, we sent a code to {{destination}}.',
  save: 'Save password',
  done: 'Done, you can now sign in with your new password.',
  startOver: 'Start again',
  password: {
    password: 'New password',
    confirm: 'Type the new password again',
  },
  errors: {
    contact: 'Enter an email (name@example.com) or a 10-digit mobile number.',
    expired: 'Too much time passed and the permission to change the password expired. Start again.',
  },
};
