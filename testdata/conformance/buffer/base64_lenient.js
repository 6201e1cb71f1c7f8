// node's base64 decoding: invalid characters are skipped, '=' ends the data,
// and each UTF-16 code unit counts by its low byte; byteLength estimates.
for (const s of ['aé', 'a!bcd', 'ab!cd', 'abcd!efgh', 'ab cd', 'abc', 'ab=cd', 'ab\ncd', 'abcdé',
  'YWJj ZGVm', 'YW\u0000Jj', 'ab==', 'a==', 'aGVsbG8_-w', '\ud83dYWJj']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'),
    Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
}
