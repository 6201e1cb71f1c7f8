// get/setDefaultAutoSelectFamily and the attempt timeout.
const net = require('net');
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
attempt('set 1', () => net.setDefaultAutoSelectFamily(1));
attempt('set false', () => net.setDefaultAutoSelectFamily(false));
console.log(net.getDefaultAutoSelectFamily());
net.setDefaultAutoSelectFamily(true);
attempt('timeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
attempt('timeout "1"', () => net.setDefaultAutoSelectFamilyAttemptTimeout('1'));
attempt('timeout 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
attempt('timeout 2**31', () => net.setDefaultAutoSelectFamilyAttemptTimeout(2 ** 31));
attempt('timeout 5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(5));
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
attempt('timeout 500', () => net.setDefaultAutoSelectFamilyAttemptTimeout(500));
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
