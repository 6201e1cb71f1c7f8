module.exports = () => 'not a test file';
